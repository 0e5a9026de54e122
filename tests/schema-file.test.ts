// schema.graphql is the committed snapshot of the API: this fails when the type-graphql code changed
// and `npm run schema` was not run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { buildGraphQLSchema, SCHEMA_FILE } from "../src/graphql/schema";

it("schema.graphql matches the schema built from the code", async () => {
  const fresh = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "schema-")), "schema.graphql");
  await buildGraphQLSchema({ emitTo: fresh });
  const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, "utf8") : "(missing)";
  expect(committed, "schema.graphql is stale: run `npm run schema` and commit it").toBe(fs.readFileSync(fresh, "utf8"));
});
