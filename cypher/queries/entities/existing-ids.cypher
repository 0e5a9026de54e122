// Read: which of these ids belong to an entity (the existence check behind NOT_FOUND for query
// arguments; run only when a query's own answer cannot tell an unknown id from an empty result).
// Parameters: $ids (list of entity ids).
// Returns: id for each id that exists (one row each; absent ids give no row).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN DISTINCT n.id AS id
