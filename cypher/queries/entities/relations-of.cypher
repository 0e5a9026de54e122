// Read: the relationships of a batch of entities (DataLoader for Entity.relations and the typed
// relation fields), optionally only some relationship types.
// Parameters: $ids (list of entity ids), $types (list of relationship types; empty = all).
// Returns: id (the entity asked for), type, outgoing (boolean: the relationship starts at that
//          entity), props (relationship properties), other (map of the other entity's properties).
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(m:Entity)
WHERE size($types) = 0 OR type(r) IN $types
RETURN id, type(r) AS type, startNode(r) = n AS outgoing, properties(r) AS props, m {.*} AS other
ORDER BY id, type, other.name, other.id
