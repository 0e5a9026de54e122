// The integrity check of a database already in use: finds what the rules forbid but an older version
// could have let in — relationships stored more than once with the same identity (concurrent curated
// adds), ordinals out of range (which break every read of them) — and, asked to, repairs them.
// Run at start-up (warnings only) and by `npm run check` (`-- --repair` to fix).
import type { Database } from "../neo4j/database";
import { MAX_ORDINAL } from "../domain/records";

export interface IntegrityReport {
  duplicates: Array<{ from: string; to: string; key: string; count: number }>;
  outOfRange: Array<{ target: string; property: string; value: string }>;
}

/** Most findings of each kind listed (the check says when there may be more). */
export const INTEGRITY_LIST_LIMIT = 100;

export async function checkIntegrity(db: Database): Promise<IntegrityReport> {
  const duplicates = await db.read("admin/integrity-duplicates", { limit: INTEGRITY_LIST_LIMIT });
  const outOfRange = await db.read("admin/integrity-out-of-range", { maxOrdinal: MAX_ORDINAL, limit: INTEGRITY_LIST_LIMIT });
  return {
    duplicates: duplicates.map((row) => ({ from: String(row.from), to: String(row.to), key: String(row.key), count: Number(row.count) })),
    outOfRange: outOfRange.map((row) => ({ target: String(row.target), property: String(row.property), value: String(row.value) })),
  };
}

/** Keeps one relationship of each duplicate group and removes out-of-range ordinals, in one transaction. */
export async function repairIntegrity(db: Database): Promise<{ duplicatesDeleted: number; valuesRemoved: number }> {
  return db.inTransaction(
    async (tx) => {
      const [duplicates] = await tx.run("admin/repair-duplicates");
      const [values] = await tx.run("admin/repair-out-of-range", { maxOrdinal: MAX_ORDINAL });
      return { duplicatesDeleted: Number(duplicates?.deleted ?? 0), valuesRemoved: Number(values?.removed ?? 0) };
    },
    { name: "admin/repair-integrity", timeoutMs: 0 },
  );
}

/** One line per finding, for logs and the CLI. */
export function describeIntegrity(report: IntegrityReport): string[] {
  return [
    ...report.duplicates.map((d) => `duplicate relationship ${d.key} (${d.from} → ${d.to}) stored ${d.count} times`),
    ...report.outOfRange.map((o) => `${o.property} ${o.value} of ${o.target} is out of range (1 to ${MAX_ORDINAL})`),
  ];
}
