// Write (seed loader): deletes entity and source nodes removed from the seed, with any relationship
// still attached to them.
// Parameters: $ids — list of node ids (entity or source ids).
// Returns: nothing.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Source {id: id}) RETURN n
}
DETACH DELETE n
