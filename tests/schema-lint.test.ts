// The API contract, checked twice over the schema built from the code (the SDL `npm run schema`
// writes to schema.graphql):
// - graphql-schema-linter with the project's configuration (tests/support/graphql-schema-linter.config.js) reports
//   nothing: descriptions, naming, no unreachable types, Relay connections;
// - independently of the linter, a walk over the introspection result finds a description on every
//   type, field, argument, enum value, input field and directive (missingDescriptions, in
//   support/schema-walk.ts, which tests/schema-walk.test.ts runs over the running server's schema too).
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { buildSchema as buildSchemaFromSdl, type GraphQLSchema } from "graphql";
import { configuration, validator } from "graphql-schema-linter";
import { beforeAll, describe, expect, it } from "vitest";
import { buildGraphQLSchema } from "../src/graphql/schema";
import { missingDescriptions } from "./support/schema-walk";

const LINTER_CONFIG = path.resolve(__dirname, "support", "graphql-schema-linter.config.js");

/** Rules the API must keep on (issue 12): descriptions, enum and naming conventions, no unreachable types. */
const REQUIRED_RULES = [
  "types-have-descriptions",
  "fields-have-descriptions",
  "arguments-have-descriptions",
  "enum-values-have-descriptions",
  "input-object-values-have-descriptions",
  "enum-values-all-caps",
  "types-are-capitalized",
  "fields-are-camel-cased",
  "input-object-values-are-camel-cased",
  "defined-types-are-used",
];

// The linter reads its configuration as CommonJS (cosmiconfig); the test reads the same file.
const linterOptions = createRequire(__filename)(LINTER_CONFIG) as { rules: string[]; rulesOptions?: Record<string, unknown> };

/** The linter's messages for an SDL text, as `line:column message (rule)`; configuration problems too. */
function lint(sdl: string, file = "schema.graphql"): string[] {
  const schema = { definition: sdl, sourceMap: { getOriginalPathForLine: () => file } };
  const config = new configuration.Configuration(schema, { rules: linterOptions.rules, rulesOptions: linterOptions.rulesOptions ?? {} });
  const issues = config.validate().map((issue) => `linter configuration (${issue.field}): ${issue.message}`);
  const errors = validator.validateSchemaDefinition(schema, config.getRules(), config).map((error) => {
    const at = error.locations?.[0];
    return `${file}:${at ? `${at.line}:${at.column}` : "?"} ${error.message} (${error.ruleName})`;
  });
  return [...issues, ...errors];
}

describe("schema lint", () => {
  let schema: GraphQLSchema;
  let sdl: string;

  beforeAll(async () => {
    const emitted = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-lint-")), "schema.graphql");
    schema = await buildGraphQLSchema({ emitTo: emitted });
    sdl = fs.readFileSync(emitted, "utf8");
  });

  it("the linter configuration keeps the required rules on", () => {
    expect(REQUIRED_RULES.filter((rule) => !linterOptions.rules.includes(rule)), `rules missing from ${LINTER_CONFIG}`).toEqual([]);
  });

  it("graphql-schema-linter reports no errors on the emitted schema", () => {
    expect(lint(sdl)).toEqual([]);
  });

  it("every type, field, argument, enum value and input field has a description (introspection)", () => {
    expect(missingDescriptions(schema)).toEqual([]);
  });

  // The two checks above pass only if they can fail: the same code on a schema that breaks the rules.
  it("both checks report a schema without descriptions", () => {
    const bad = "type Query { list(first: Int): [item] }\ntype item { Kind: thing_kind }\nenum thing_kind { a }\ninput Unused { Field: Int }\n";
    const messages = lint(bad, "bad.graphql").join("\n");
    for (const rule of REQUIRED_RULES) {
      expect(messages).toContain(`(${rule})`);
    }
    expect(missingDescriptions(buildSchemaFromSdl(bad)).sort()).toEqual([
      "type Query",
      "field Query.list",
      "argument Query.list(first)",
      "type item",
      "field item.Kind",
      "type Unused",
      "input field Unused.Field",
      "type thing_kind",
      "enum value thing_kind.a",
    ].sort());
  });
});
