// Applies the schema steps in cypher/migrations (V001__…, in order) that the database has not seen.
// Each step is idempotent (IF NOT EXISTS) and recorded with a checksum; an applied step whose file was
// edited afterwards is refused, because migrations are append-only.
import { createHash } from "node:crypto";
import path from "node:path";
import { log } from "../logger";
import { cypherFolder } from "./cypher-files";
import type { Database } from "./database";

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

export async function applyMigrations(db: Database): Promise<MigrationReport> {
  const steps = cypherFolder("migrations");
  const done = new Map((await db.read("admin/applied-migrations")).map((row) => [String(row.version), String(row.checksum)]));
  const applied: string[] = [];
  for (const step of steps) {
    const file = path.basename(step.file);
    const version = file.split("__")[0]!;
    const checksum = createHash("sha256").update(step.text).digest("hex");
    const previous = done.get(version);
    if (previous !== undefined) {
      if (previous !== checksum) {
        throw new Error(`migration ${file} was edited after it was applied; add a new migration instead`);
      }
      continue;
    }
    await db.write(step.name);
    await db.write("admin/record-migration", { version, name: file, checksum });
    applied.push(file);
  }
  if (applied.length > 0) {
    await db.write("admin/await-indexes", { seconds: 120 });
    log.info("schema migrations applied", { count: applied.length, latest: applied[applied.length - 1] });
  } else {
    log.info("schema up to date", { migrations: steps.length });
  }
  return { applied, alreadyApplied: steps.length - applied.length };
}
