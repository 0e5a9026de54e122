// Admin (read, schema statistics): the statistics the planner has for each index, from the counts
// store ('GRAPH COUNTS' section of db.stats.retrieve), and whether each is outdated by Neo4j's own
// rule: more updates since the last sample than 5% of the sampled size
// (db.index_sampling.update_percentage, default 5). Full-text indexes are not listed there.
// Parameters: none.
// Returns: labels, relationshipTypes (lists; null for the other kind; empty for a token lookup index),
//   properties (list), type (RANGE, TEXT, LOOKUP …), size (entries at the last sample), updates
//   (changes since then), outdated (boolean).
CALL db.stats.retrieve('GRAPH COUNTS') YIELD data
UNWIND data.indexes AS index
RETURN index.labels AS labels,
       index.relationshipTypes AS relationshipTypes,
       index.properties AS properties,
       index.indexType AS type,
       index.totalSize AS size,
       index.updatesSinceEstimation AS updates,
       index.updatesSinceEstimation > round(0.05 * index.totalSize) AS outdated
