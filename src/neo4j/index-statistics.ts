// Index statistics after a load. Neo4j plans queries from sampled index statistics; right after a load
// into an empty store they still describe no data (every index "outdated"), and a planner that thinks
// an index is empty can pick a scan of it over a selective seek (issue 18: 19k database reads instead of
// about 100 for one range query). Neo4j resamples outdated indexes in the background, minutes later;
// a load that wrote anything asks for it at once and waits (bounded) until it is done.
import { log } from "../logger";
import type { Database } from "./database";

export interface IndexStatistic {
  /** ":Event(dateFrom)", "[:PARTICIPATED_IN](role)"; token lookup indexes as ":<any label>" / "[:<any type>]". */
  index: string;
  type: string;
  /** Entries at the last sample. */
  size: number;
  /** Changes since the last sample. */
  updates: number;
  /** More updates than Neo4j's resampling threshold (5% of the size by default). */
  outdated: boolean;
}

export interface ResampleReport {
  /** Indexes outdated when the load finished. */
  outdatedBefore: string[];
  /** Indexes still outdated when the wait ended (empty unless the sampling took longer than `waitMs`). */
  outdatedAfter: string[];
  ms: number;
}

/** The planner's statistics of every index (full-text indexes excepted; Neo4j does not list them). */
export async function indexStatistics(db: Database): Promise<IndexStatistic[]> {
  const rows = await db.read("admin/index-statistics");
  return rows
    .map((row) => {
      const properties = (row.properties as string[] | null) ?? [];
      const types = row.relationshipTypes as string[] | null;
      const labels = (row.labels as string[] | null) ?? [];
      const target = types ? `[:${types.join("|") || "<any type>"}]` : `:${labels.join(":") || "<any label>"}`;
      return {
        index: properties.length ? `${target}(${properties.join(", ")})` : target,
        type: String(row.type),
        size: Number(row.size),
        updates: Number(row.updates),
        outdated: row.outdated === true,
      };
    })
    .sort((a, b) => a.index.localeCompare(b.index));
}

const outdated = async (db: Database) => (await indexStatistics(db)).filter((s) => s.outdated).map((s) => s.index);

/**
 * Asks Neo4j to resample every outdated index and waits until none is outdated, at most `waitMs`
 * (then logs a warning naming them; Neo4j still finishes in the background). Never throws: statistics
 * are an optimisation, and a Neo4j that refuses the procedures (a user without the privilege) only
 * gets a warning.
 */
export async function resampleOutdatedIndexes(db: Database, waitMs = 30_000, pollMs = 100): Promise<ResampleReport | null> {
  const started = Date.now();
  try {
    const outdatedBefore = await outdated(db);
    let outdatedAfter = outdatedBefore;
    if (outdatedBefore.length > 0) {
      await db.write("admin/resample-outdated-indexes");
      while ((outdatedAfter = await outdated(db)).length > 0 && Date.now() - started < waitMs) {
        await new Promise((resolve) => setTimeout(resolve, pollMs));
      }
    }
    const report = { outdatedBefore, outdatedAfter, ms: Date.now() - started };
    if (outdatedAfter.length > 0) {
      log.warn("index statistics still outdated; Neo4j resamples them in the background", { indexes: outdatedAfter.join(" "), waitedMs: report.ms });
    } else if (outdatedBefore.length > 0) {
      log.info("index statistics resampled", { indexes: outdatedBefore.length, ms: report.ms });
    }
    return report;
  } catch (error) {
    log.warn("could not resample the index statistics", { error: error instanceof Error ? error.message : String(error) });
    return null;
  }
}
