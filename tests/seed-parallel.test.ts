// The per-record checks in worker threads (planSeedAsync, used by the loader for big seeds) give
// exactly the plan and the problems, in the same order, that the in-thread path gives.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/config";
import { planSeed, planSeedAsync, SeedValidationError } from "../src/seed/validate";

const FIXTURES = path.join(__dirname, "fixtures");

/** The plan, or the problems and message of the SeedValidationError, of a serial or parallel run. */
async function outcome(run: () => unknown): Promise<unknown> {
  try {
    return { plan: await run() };
  } catch (error) {
    if (!(error instanceof SeedValidationError)) throw error;
    return { problems: error.problems, message: error.message };
  }
}

describe("seed validation in worker threads", () => {
  for (const [name, dir] of [
    ["the curated seed", path.join(PROJECT_ROOT, "seed")],
    ["a seed with several errors", path.join(FIXTURES, "seed-invalid")],
    ["two files for one entity", path.join(FIXTURES, "seed-two-sources")],
  ] as const) {
    it(`gives the same plan or the same problems as in-thread validation: ${name}`, async () => {
      const serial = await outcome(() => planSeed(dir));
      expect(await outcome(() => planSeedAsync(dir, { parallel: true, workers: 2 }))).toEqual(serial);
      expect(await outcome(() => planSeedAsync(dir, { parallel: false }))).toEqual(serial);
    });
  }

  it("reports a missing folder the same way", async () => {
    const dir = path.join(FIXTURES, "no-such-seed");
    expect(await outcome(() => planSeedAsync(dir, { parallel: true }))).toEqual(await outcome(() => planSeed(dir)));
  });
});
