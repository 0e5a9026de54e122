import { createRequire } from "node:module";
import { defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // type-graphql and @apollo/server load graphql's CommonJS build; tests must use the same copy.
    alias: { graphql: require.resolve("graphql") },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/setup.ts"],
    // One Neo4j is shared by every test file; files run one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ["default", "./tests/support/summary-reporter.ts"],
  },
});
