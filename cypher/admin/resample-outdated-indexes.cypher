// Admin (write, schema statistics): asks Neo4j to resample every index whose statistics are outdated
// (more updates since the last sample than db.index_sampling.update_percentage, 5% of its size by
// default), e.g. right after a load into an empty store, whose statistics still describe no data.
// Neo4j schedules the sampling and returns at once; admin/index-statistics shows when it is done.
// Parameters: none. Returns: nothing.
CALL db.resampleOutdatedIndexes()
