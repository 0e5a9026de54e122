// Read (exports): the entities one hop (either direction, any type) from a frontier of entities.
// Parameters: $ids (list of entity ids).
// Returns: id (one row per distinct neighbour).
UNWIND $ids AS wanted
MATCH (:Entity {id: wanted})--(m:Entity)
RETURN DISTINCT m.id AS id
