// Write (bulk import, after neo4j-admin; auto-commit, it commits in batches itself): gives back the lists
// the import tool cannot carry — an empty list and a list of one empty string both arrive as no value —
// from the two marker lists the import wrote on a relationship (the names of those properties), then
// removes the markers.
// Parameters: none.
// Returns: restored (integer) — relationships that had markers.
MATCH ()-[r]->()
WHERE r.bulkEmptyLists IS NOT NULL OR r.bulkBlankLists IS NOT NULL
CALL (r) {
  FOREACH (key IN coalesce(r.bulkEmptyLists, []) | SET r[key] = [])
  FOREACH (key IN coalesce(r.bulkBlankLists, []) | SET r[key] = [''])
  REMOVE r.bulkEmptyLists, r.bulkBlankLists
} IN TRANSACTIONS OF 20000 ROWS
RETURN count(r) AS restored
