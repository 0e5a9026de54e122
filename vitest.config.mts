import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const require = createRequire(import.meta.url);

// One Neo4j is shared by every test file; the global setup starts it and loads the curated seed once.
// Files run in two groups, one after the other:
// 1. "read-only": files that only read the curated seed (they check its fingerprint, never reload it),
//    files that do not touch the shared Neo4j, and two that start (embedded-neo4j) or freeze
//    (frozen-database) only a Neo4j of their own. They run in parallel, two at a time (2 cores).
// 2. "serial": every other file — it wipes, writes or reloads the shared graph, presents wrong
//    credentials to it, restarts and kills its own Neo4j under load with deadlines to meet
//    (lost-database), or is a load test that needs the machine to itself (robustness: 10,000 requests
//    at concurrency 32, where the server's 5 s queue limit refuses requests when other files compete
//    for the 2 cores) — one after another, after group 1. A new test file lands here unless listed below.
const READ_ONLY = [
  "api.e2e",
  "apollo-client.e2e",
  "browser-setup",
  "cli",
  "client-codegen",
  "code-shape",
  "config",
  "connections.e2e",
  "cors.e2e",
  "cypher-files",
  "embedded-neo4j",
  "explorer-api.e2e",
  "explorer.e2e",
  "export.e2e",
  "frozen-database",
  "identity.e2e",
  "keyset",
  "limits.e2e",
  "neo4j-admin-import",
  "not-found.e2e",
  "production-mode",
  "record-2011-2025.e2e",
  "record-more-2011-2026-a.e2e",
  "record-more-2011-2026-b.e2e",
  "schema-file",
  "schema-lint",
  "schema-walk",
  "seed-parallel",
  "seed-validation-messages",
  "selection",
  "shutdown",
  "source-date-not-stated",
  "views.e2e",
  "web-server.e2e",
].map((name) => `tests/${name}.test.ts`);

// Order of the files: vitest's own (group by group; in a group, the longest last time first, or the
// largest file when there is no earlier run), except that the files known to be long start first, so
// that a group does not end with one worker still running a long file while the others wait.
const LONG_FIRST = ["robustness.e2e", "lost-database", "explorer.e2e", "cli", "views.e2e", "embedded-neo4j", "frozen-database", "api.e2e"];

class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((spec, i) => [spec, i]));
    const group = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
    const rank = (spec: TestSpecification) => {
      const index = LONG_FIRST.findIndex((name) => spec.moduleId.replaceAll("\\", "/").endsWith(`/tests/${name}.test.ts`));
      return index < 0 ? LONG_FIRST.length : index;
    };
    return [...sorted].sort((a, b) => group(a) - group(b) || rank(a) - rank(b) || position.get(a)! - position.get(b)!);
  }
}

const shared = {
  resolve: {
    // type-graphql and @apollo/server load graphql's CommonJS build; tests must use the same copy.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    setupFiles: ["tests/support/setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
};

export default defineConfig({
  ...shared,
  test: {
    ...shared.test,
    globalSetup: ["tests/support/global-setup.ts"],
    sequence: { sequencer: LongFirstSequencer },
    reporters: ["default", "./tests/support/summary-reporter.ts"],
    projects: [
      {
        ...shared,
        test: { ...shared.test, name: "read-only", include: READ_ONLY, sequence: { groupOrder: 1 }, maxWorkers: 2 },
      },
      {
        ...shared,
        test: {
          ...shared.test,
          name: "serial",
          include: ["tests/**/*.test.ts"],
          exclude: READ_ONLY,
          sequence: { groupOrder: 2 },
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
