// tests/client/generated/ is the committed output of GraphQL Code Generator for the example
// operations (README "Using it from code"): this fails when schema.graphql or
// tests/client/operations.graphql changed and `npm run codegen` was not run.
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { GENERATED_DIR, generateClient } from "./client/codegen";

it("tests/client/generated matches a fresh codegen run", async () => {
  const fresh = await generateClient();
  const committed = fs.existsSync(GENERATED_DIR) ? fs.readdirSync(GENERATED_DIR).sort() : [];
  expect(committed, "tests/client/generated holds other files than codegen writes").toEqual(Object.keys(fresh).sort());
  for (const [name, text] of Object.entries(fresh)) {
    const file = path.join(GENERATED_DIR, name);
    expect(fs.readFileSync(file, "utf8"), `tests/client/generated/${name} is stale: run \`npm run codegen\` and commit it`).toBe(text);
  }
});
