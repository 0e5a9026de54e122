// Read (exports): whether an entity exists, and its kind (to check a selection's centre).
// Parameters: $id (entity id).
// Returns: kind (no row when there is no such entity).
MATCH (n:Entity {id: $id})
RETURN n.kind AS kind
