// Read (exports): the entity nodes with the given ids (one page of a computed selection such as a
// neighbourhood or an ego network; the caller pages the sorted id list).
// Parameters: $ids (list of entity ids).
// Returns: id, kind, props (every stored property), ordered by id; unknown ids are skipped.
UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})
RETURN n.id AS id, n.kind AS kind, properties(n) AS props
ORDER BY id
