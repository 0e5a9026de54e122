// Write (bulk import, after neo4j-admin; auto-commit, it commits in batches itself): gives back the lists
// the import tool cannot carry — an empty list and a list of one empty string both arrive as no value —
// from the two marker lists the import wrote on a node (the names of those properties), then removes
// the markers.
// Parameters: none.
// Returns: restored (integer) — nodes that had markers.
MATCH (n)
WHERE (n:Entity OR n:Source) AND (n.bulkEmptyLists IS NOT NULL OR n.bulkBlankLists IS NOT NULL)
CALL (n) {
  FOREACH (key IN coalesce(n.bulkEmptyLists, []) | SET n[key] = [])
  FOREACH (key IN coalesce(n.bulkBlankLists, []) | SET n[key] = [''])
  REMOVE n.bulkEmptyLists, n.bulkBlankLists
} IN TRANSACTIONS OF 20000 ROWS
RETURN count(n) AS restored
