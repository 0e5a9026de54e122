// Read: entities by id (batched lookups for node(id), typed lookups and DataLoader).
// Parameters: $ids (list of entity ids).
// Returns: entity (map of all node properties) for each id that exists.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS entity
