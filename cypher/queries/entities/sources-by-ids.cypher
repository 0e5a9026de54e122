// Read: source documents by id (batched, for evidence.source).
// Parameters: $ids (list of source ids).
// Returns: source (map of all Source node properties) for each id that exists.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s {.*} AS source
