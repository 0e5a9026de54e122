// The type checks of `npm test`: tsc finds no error in the service and tests (tsconfig.json) nor in
// the web app (web/tsconfig.json). They run as this file, beside the other test files, rather than
// before the whole run: vitest compiles without checking types (esbuild), so this is the run's only
// type gate, and a type error is a failed test whose message is tsc's output. One project after the
// other (each is mostly one core's work; the other core runs another test file). The same checks
// side by side: `npm run typecheck` (src/cli/typecheck.cjs).
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const { check, PROJECTS } = require("../src/cli/typecheck.cjs") as {
  check(name: string, project: string): Promise<{ code: number; output: string }>;
  PROJECTS: { name: string; project: string }[];
};

describe("type checks", () => {
  for (const { name, project } of PROJECTS) {
    it(`tsc -p ${project} finds no type error`, async () => {
      const { code, output } = await check(name, project);
      expect(output, `tsc -p ${project} reported:\n${output}`).toBe("");
      expect(code).toBe(0);
    }, 180_000);
  }
});
