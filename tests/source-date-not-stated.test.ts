// A page that gives no date: the seed says "date": "not stated", and the source is stored with no date
// and `dateNotStated` (issue 16: "loaded as a source with its url, publisher and date (or 'not stated')").
// Any other text that is not a date is still rejected. The real seed's undated sheets are read back
// through the API in record-more-2011-2026-b.e2e.test.ts.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { planSeed, SeedValidationError } from "../src/seed/validate";

const dirs: string[] = [];
function seedWithDate(date: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "seed-date-"));
  dirs.push(dir);
  fs.mkdirSync(path.join(dir, "sources"));
  fs.writeFileSync(path.join(dir, "sources", "page.md"), "The Lyon forum took place.\n");
  const file = {
    source: { id: "source:page", title: "A page", publisher: "Someone", date, url: "https://example.org/page", file: "sources/page.md" },
    entities: [{ id: "event:lyon-forum", kind: "Event", name: "Lyon forum", evidence: [{ quote: "The Lyon forum took place." }] }],
    relationships: [],
  };
  fs.writeFileSync(path.join(dir, "page.json"), JSON.stringify(file));
  return dir;
}

afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a source whose page gives no date ("not stated")', () => {
  it("is valid, stored without a date and marked dateNotStated", () => {
    const plan = planSeed(seedWithDate("not stated"));
    expect(plan.sources).toHaveLength(1);
    expect(plan.sources[0]!.props.date).toBeUndefined();
    expect(plan.sources[0]!.props.dateNotStated).toBe(true);
  });

  it("a dated source carries its date and no dateNotStated mark", () => {
    const props = planSeed(seedWithDate("2023-10")).sources[0]!.props;
    expect(props.date).toBe("2023-10");
    expect(props.dateNotStated).toBeUndefined();
  });

  it("any other text in place of a date is rejected, naming the field and the accepted forms", () => {
    let problems: { record: string; field: string; message: string }[] = [];
    try {
      planSeed(seedWithDate("unknown"));
    } catch (error) {
      if (!(error instanceof SeedValidationError)) throw error;
      problems = error.problems;
    }
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toBe("source.date");
    expect(problems[0]!.message).toContain('"not stated"');
  });
});
