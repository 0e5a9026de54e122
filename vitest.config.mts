import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

const require = createRequire(import.meta.url);

// One Neo4j is shared by the files that read the curated seed; the global setup starts it and loads
// the seed once. The files that write get a second Neo4j of their own (tests/support/writers-setup.ts).
// Files run in two groups, one after the other:
// 1. Two workers at a time (2 cores; three, measured on a loaded machine, timed out more), from two projects:
//    - "read-only": files that only read the curated seed (they check its fingerprint, never reload
//      it), files that do not touch the shared Neo4j, and files that start (embedded-neo4j) or
//      freeze, stop and kill (lost-database) only a Neo4j of their own.
//    - "writers": files that wipe, write or reload the graph. They run on the writers' Neo4j, one at
//      a time (each owns that whole graph while it runs; tests/support/writers-lock.ts), beside the
//      read-only files.
// 2. "serial": every other file, one at a time, after group 1 — the load test that needs the machine
//    to itself (robustness: 1,000 requests at concurrency 32, where the server's 5 s queue limit
//    would refuse requests if other files competed for the 2 cores). A new test file lands here
//    unless listed below.
// With an external Neo4j (NEO4J_URI set) there is no second one: the writers run one at a time on
// the shared Neo4j in group 2, after the read-only files (as before).
const READ_ONLY = [
  "access-log.e2e",
  "api.e2e",
  "apollo-client.e2e",
  "browser-setup",
  "bulk-import",
  "cli",
  "client-codegen",
  "code-shape",
  "compiled-execution.e2e",
  "config",
  "connections.e2e",
  "cors.e2e",
  "cypher-files",
  "embedded-neo4j",
  "explorer-api.e2e",
  "explorer.e2e",
  "export.e2e",
  "hostile-requests.e2e",
  "identity.e2e",
  "keyset",
  "limits.e2e",
  "lost-database",
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
  "startup-errors",
  "typecheck",
  "validation-fast-path",
  "views.e2e",
  "web-server.e2e",
].map((name) => `tests/${name}.test.ts`);

const WRITERS = [
  "bench-incremental",
  "counts-order-search.e2e",
  "curation-integrity.e2e",
  "curation.e2e",
  "evidence-kinds.e2e",
  "import-projects",
  "keyset-paging.e2e",
  "network-evidence.e2e",
  "seed-hardening",
  "seed-loader",
  "server.e2e",
  "sources-merge",
  "traces-honesty.e2e",
  "vocabulary.e2e",
].map((name) => `tests/${name}.test.ts`);

const SEPARATE_WRITERS_NEO4J = !process.env.NEO4J_URI;
const PARALLEL_WORKERS = 2;

// Order of the files: vitest's own (group by group; in a group, the longest last time first, or the
// largest file when there is no earlier run), except that the files known to be long start first, so
// that a group does not end with one worker still running a long file while the others wait; and in
// group 1 the writers are spread between the read-only files (two read-only files, then one writer,
// then one of each), so that mostly one worker runs a writer while the others read, rather than
// several workers waiting for the writers' lock.
const LONG_FIRST = ["robustness.e2e", "lost-database", "explorer.e2e", "cli", "bulk-import", "views.e2e", "neo4j-admin-import", "seed-loader", "typecheck", "api.e2e", "production-mode"];

class LongFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const position = new Map(sorted.map((spec, i) => [spec, i]));
    const group = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
    const rank = (spec: TestSpecification) => {
      const index = LONG_FIRST.findIndex((name) => spec.moduleId.replaceAll("\\", "/").endsWith(`/tests/${name}.test.ts`));
      return index < 0 ? LONG_FIRST.length : index;
    };
    const ordered = [...sorted].sort((a, b) => group(a) - group(b) || rank(a) - rank(b) || position.get(a)! - position.get(b)!);
    const result: TestSpecification[] = [];
    for (const order of [...new Set(ordered.map(group))]) {
      const inGroup = ordered.filter((spec) => group(spec) === order);
      const writers = inGroup.filter((spec) => spec.project.name === "writers");
      const others = inGroup.filter((spec) => spec.project.name !== "writers");
      if (writers.length === 0 || others.length === 0) {
        result.push(...inGroup);
        continue;
      }
      result.push(...others.splice(0, PARALLEL_WORKERS - 1));
      while (writers.length || others.length) {
        if (writers.length) result.push(writers.shift()!);
        if (others.length) result.push(others.shift()!);
      }
    }
    return result;
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
        test: { ...shared.test, name: "read-only", include: READ_ONLY, sequence: { groupOrder: 1 }, maxWorkers: PARALLEL_WORKERS, isolate: false },
      },
      {
        ...shared,
        test: SEPARATE_WRITERS_NEO4J
          ? {
              ...shared.test,
              name: "writers",
              include: WRITERS,
              globalSetup: ["tests/support/writers-setup.ts"],
              setupFiles: [...shared.test.setupFiles, "tests/support/writers-lock.ts"],
              sequence: { groupOrder: 1 },
              maxWorkers: PARALLEL_WORKERS,
              isolate: false,
            }
          : { ...shared.test, name: "writers", include: WRITERS, sequence: { groupOrder: 2 }, fileParallelism: false, maxWorkers: 1 },
      },
      {
        ...shared,
        test: {
          ...shared.test,
          name: "serial",
          include: ["tests/**/*.test.ts"],
          exclude: [...READ_ONLY, ...WRITERS],
          sequence: { groupOrder: 2 },
          fileParallelism: false,
          maxWorkers: 1,
        },
      },
    ],
  },
});
