// Loading the graph: the seed (src/seed/loader.ts), then the curated edit log replayed on top in the
// load's last transaction, so re-loading makes the graph equal to the seed plus the curated edits and
// a failure of either rolls the whole load back. Start-up, `npm run seed`, the tests and the benchmark
// load through here; the seed loader itself knows nothing of curation.
import type { Database } from "../neo4j/database";
import { bulkLoadSeed, type BulkLoadOptions, type BulkLoadResult, type BulkTarget } from "../seed/bulk-import";
import { loadSeed, type LoadOptions, type LoadReport } from "../seed/loader";
import { loadSourceTexts } from "../seed/validate";
import { CurationService } from "./curation.service";

/** Validates and loads the seed files of `dir`, then replays the curated edits (see LoadReport.curatedEdits). */
export function loadSeedDirectory(db: Database, dir: string, options: LoadOptions = {}): Promise<LoadReport> {
  const curation = new CurationService(db, loadSourceTexts(dir));
  return loadSeed(db, dir, (tx) => curation.replay(tx), options);
}

/**
 * The bulk path for a first load into the empty embedded database (src/seed/bulk-import.ts), with the
 * same replay of the curated edits as loadSeedDirectory (none, in an empty database).
 */
export function bulkLoadSeedDirectory(target: BulkTarget, dir: string, options: BulkLoadOptions = {}): Promise<BulkLoadResult> {
  return bulkLoadSeed(target, dir, (db) => {
    const curation = new CurationService(db, loadSourceTexts(dir));
    return (tx) => curation.replay(tx);
  }, options);
}
