// Validation errors that lead the curator to the mistake (issue 15): a record with one bad field is
// still known by its id to the checks across records (no follow-on errors), and a quote that differs
// from the source shows where the first difference is, next to the closest source line.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { planSeed, quoteMismatch, SeedValidationError } from "../src/seed/validate";

const FIXTURE = path.join(__dirname, "fixtures", "seed-followon");

function problems() {
  try {
    planSeed(FIXTURE);
  } catch (error) {
    if (error instanceof SeedValidationError) return error.problems;
    throw error;
  }
  throw new Error("the fixture should be rejected");
}

describe("seed validation messages", () => {
  it("an unknown property is one problem: the record is still known by its id (no follow-on endpoint errors)", () => {
    const found = problems().map((p) => `${p.record} › ${p.field} › ${p.rule}`);
    expect(found).toEqual([
      "entities[0] (event:compiler-forum) › properties.colour › whitelistValidation",
      "entities[3] (place:lyon) › evidence[0].quote › quoteInSource",
    ]);
  });

  it("a quote with a hyphen for an en dash says where it differs, with the closest source line", () => {
    const mismatch = problems().find((p) => p.rule === "quoteInSource")!;
    expect(mismatch.message).toContain("sources/text.txt");
    expect(mismatch.message).toContain("first differs at character 7");
    expect(mismatch.message).toContain('the quote has "-Japan Compiler Forum was held in Lyon."');
    expect(mismatch.message).toContain('where the source has "–Japan Compiler Forum was held in Lyon.');
    expect(mismatch.message).toContain('closest source line 2: "The EU–Japan Compiler Forum was held in Lyon."');
  });

  it("a long quote differing near its end is not cut off before the difference", () => {
    const text = "Intro line.\nThe joint vision includes increasing cooperation in health/medical research, environment, energy and high–energy physics.\n";
    const message = quoteMismatch(
      "The joint vision includes increasing cooperation in health/medical research, environment, energy and high-energy physics.",
      text.replace(/\s+/g, " ").trim(),
      text,
    );
    expect(message).toContain("first differs at character 106");
    expect(message).toContain('the quote has "-energy physics."');
    expect(message).toContain("closest source line 2");
  });

  it("when not even the first words match, points at the line sharing most words", () => {
    const text = "Alpha beta gamma.\nDelta epsilon zeta eta theta.\n";
    const message = quoteMismatch("Zeta and theta and epsilon", text.replace(/\s+/g, " ").trim(), text);
    expect(message).toContain("not even its first words");
    expect(message).toContain('closest source line 2: "Delta epsilon zeta eta theta."');
  });
});
