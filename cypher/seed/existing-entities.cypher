// Read (seed loader): every entity and source node in the graph, with what the loader needs to diff
// the seed against it: who wrote it and the fingerprint of what the seed last wrote.
// Parameters: none.
// Returns: id (string), label ("Entity" or "Source"), origin ("seed" or "curation"),
//          seedHash (string, or null when the node was not written by the seed or was edited since).
MATCH (n:Entity)
RETURN n.id AS id, 'Entity' AS label, n.origin AS origin, n.seedHash AS seedHash
UNION ALL
MATCH (n:Source)
RETURN n.id AS id, 'Source' AS label, n.origin AS origin, n.seedHash AS seedHash
