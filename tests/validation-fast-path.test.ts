// The validation fast path (src/domain/validation-fast-path.ts, issue 18) against the libraries it
// stands in for: for every record of the curated seed and the fixtures, and for each of their fields
// replaced by values of every kind (good, bad, odd), toInstance gives what class-transformer's
// plainToInstance gives, and validateFast what class-validator's validateSync gives (uncached, on the
// same instances). Fails when the per-class lookup or the copy disagree with the library in any case,
// e.g. after an upgrade of class-transformer or class-validator.
import fs from "node:fs";
import path from "node:path";
import { plainToInstance } from "class-transformer";
import { getMetadataStorage, validateSync } from "class-validator";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/config";
import { EntityRecord, Evidence, PROPERTY_CLASSES, RELATIONSHIP_PROPERTY_CLASSES, RelationshipRecord, SeedFile, SourceRecord } from "../src/domain/records";
import { VALIDATOR_OPTIONS } from "../src/domain/rules";
import { fallbacks, toInstance, validateFast } from "../src/domain/validation-fast-path";

type Raw = Record<string, unknown>;
type Class = new () => object;

const SEED_DIRS = [path.join(PROJECT_ROOT, "seed"), ...["seed-invalid", "seed-followon", "seed-two-sources", "seed-vocabulary", "seed-small"].map((d) => path.join(__dirname, "fixtures", d))];

function seedFiles(): Raw[] {
  return SEED_DIRS.flatMap((dir) =>
    fs
      .readdirSync(dir)
      .filter((name) => name.endsWith(".json"))
      .flatMap((name) => {
        try {
          return [JSON.parse(fs.readFileSync(path.join(dir, name), "utf8")) as Raw];
        } catch {
          return []; // the fixture that is not JSON
        }
      }),
  );
}

const FILES = seedFiles();
const ENTITIES = FILES.flatMap((f) => (Array.isArray(f.entities) ? (f.entities as unknown[]) : []));
const RELATIONSHIPS = FILES.flatMap((f) => (Array.isArray(f.relationships) ? (f.relationships as unknown[]) : []));

/** Both ways: the instance and the errors (or the exception) must be the same. */
function expectSame(cls: Class, raw: unknown): void {
  const run = (build: (c: Class, r: unknown) => object, validate: (o: object) => unknown) => {
    try {
      const instance = build(cls, raw);
      return { instance, errors: validate(instance) };
    } catch (error) {
      return { thrown: String(error) };
    }
  };
  const reference = run(plainToInstance, (o) => validateSync(o, VALIDATOR_OPTIONS));
  expect(run(toInstance, (o) => validateFast(o, VALIDATOR_OPTIONS)), JSON.stringify(raw)?.slice(0, 300)).toStrictEqual(reference);
  // validateFast on the library's own instances too
  if (reference.instance !== undefined) expect(validateFast(reference.instance, VALIDATOR_OPTIONS)).toStrictEqual(reference.errors);
}

/** The properties class-validator has rules for on `cls`. */
const ruled = (cls: Class) => [...new Set(getMetadataStorage().getTargetValidationMetadatas(cls, undefined as never, false, false, undefined as never).map((m) => m.propertyName))];

const hostile = (json: string) => JSON.parse(json) as unknown;
/** Values of every kind a field may be given: good ones, bad ones, and shapes the copy must hand to the library. */
const PROBES: unknown[] = [
  undefined, null, "", " ", "x", "word", " leading space", "three good words", "三つの言葉で書いた引用", "x".repeat(501), "x".repeat(2001),
  0, -1, 1, 1.5, 3, 10_000, 10_001, Number.NaN, true, false,
  "2014", "2014-05", "2014-05-31", "2014-02-30", "3 May 2014", "not stated", "P3Y", "P", "https://example.org/x", "ftp://x",
  "source:some-slug", "source:Bad Slug", "person:ada", "Person", "Event", "workshop", "participant", "ongoing", "sources/a.txt",
  [], [""], ["a"], ["a", 1], [null], [[]], [{}], [{ quote: "three good words" }], [{ curated: "a reason" }], [{ quote: "two words" }],
  [{ quote: "three good words", colour: 1 }], [{ quote: "three good words", curated: "both" }], [[{ quote: "three good words" }]], ["a quote"],
  {}, { a: 1 }, { date: "a reason" }, { toString: "x" }, hostile('{"__proto__": {"polluted": 1}}'), hostile('{"constructor": "x"}'),
  hostile('{"constructor": null}'), hostile('{"a": {"constructor": 5}}'), Object.create(null) as object, new Date(0), new Set(["a"]), new Map([["a", "b"]]),
  [1, , 3], () => "function", // eslint-disable-line no-sparse-arrays
];

/** One record with `field` replaced by each probe, and with an extra unknown or hostile key. */
function variants(raw: Raw, fields: string[]): Raw[] {
  const out: Raw[] = [];
  for (const field of fields) for (const probe of PROBES) out.push({ ...raw, [field]: probe });
  for (const extra of ['{"colour": 1}', '{"toString": "x"}', '{"constructor": "x"}', '{"__proto__": {"a": 1}}', '{"hasOwnProperty": 1}']) {
    out.push(Object.assign(hostile(JSON.stringify(raw)) as Raw, hostile(extra)));
  }
  return out;
}

/** A few records of each kind (entities) or type (relationships): the probes multiply them. */
function sample(records: unknown[], by: string, per: number): Raw[] {
  const seen = new Map<unknown, number>();
  return records.filter((r): r is Raw => {
    if (typeof r !== "object" || r === null || Array.isArray(r)) return false;
    const key = (r as Raw)[by];
    seen.set(key, (seen.get(key) ?? 0) + 1);
    return seen.get(key)! <= per;
  });
}

describe("validation fast path: same instances and same errors as class-transformer and class-validator", () => {
  it("every record of the curated seed and the fixtures, as it is", () => {
    for (const raw of ENTITIES) expectSame(EntityRecord, raw);
    for (const raw of RELATIONSHIPS) expectSame(RelationshipRecord, raw);
    for (const file of FILES) expectSame(SeedFile, file);
    for (const raw of ENTITIES as Raw[]) {
      const cls = PROPERTY_CLASSES[raw?.kind as keyof typeof PROPERTY_CLASSES];
      if (cls) expectSame(cls, raw.properties ?? {});
    }
  });

  it("well-formed records never need the libraries", () => {
    const before = { ...fallbacks };
    const good = ENTITIES.slice(0, 300).filter((raw) => validateSync(plainToInstance(EntityRecord, raw), VALIDATOR_OPTIONS).length === 0);
    expect(good.length).toBeGreaterThan(100);
    for (const raw of good) expect(validateFast(toInstance(EntityRecord, raw), VALIDATOR_OPTIONS)).toEqual([]);
    expect(fallbacks).toEqual(before);
  });

  it("entities with each field given every kind of value", () => {
    for (const raw of sample(ENTITIES, "kind", 3)) {
      for (const variant of variants(raw, ruled(EntityRecord))) expectSame(EntityRecord, variant);
      const evidence = Array.isArray(raw.evidence) && typeof raw.evidence[0] === "object" ? (raw.evidence[0] as Raw) : {};
      for (const item of variants(evidence, ruled(Evidence))) expectSame(EntityRecord, { ...raw, evidence: [item] });
      const cls = PROPERTY_CLASSES[raw.kind as keyof typeof PROPERTY_CLASSES];
      if (cls) for (const props of variants((raw.properties as Raw) ?? {}, ruled(cls))) expectSame(cls, props);
    }
  });

  it("relationships with each field given every kind of value", () => {
    for (const raw of sample(RELATIONSHIPS, "type", 2)) {
      for (const variant of variants(raw, ruled(RelationshipRecord))) expectSame(RelationshipRecord, variant);
      const cls = RELATIONSHIP_PROPERTY_CLASSES[raw.type as keyof typeof RELATIONSHIP_PROPERTY_CLASSES];
      if (cls) for (const props of variants((raw.properties as Raw) ?? {}, ruled(cls))) expectSame(cls, props);
    }
  });

  it("seed files and source blocks with each field given every kind of value", () => {
    const file = FILES.find((f) => typeof f.source === "object")!;
    for (const variant of variants(file, ["source", "entities", "relationships"])) expectSame(SeedFile, variant);
    for (const source of variants(file.source as Raw, ruled(SourceRecord))) expectSame(SeedFile, { ...file, source });
    for (const top of PROBES) expectSame(EntityRecord, top);
  });
});
