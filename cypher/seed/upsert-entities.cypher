// Write (seed loader): creates or overwrites entity nodes. Every entity has the label Entity plus its
// kind's label; a kind changed in the seed moves the node to the new label. Properties are replaced
// as a whole, so a property removed from the seed disappears from the node.
// Parameters: $rows — list of {id: string, kind: string (label), props: map}.
// Returns: nothing. Idempotent.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
WITH n, row, [label IN labels(n) WHERE label <> 'Entity' AND label <> row.kind] AS stale
REMOVE n:$(stale)
SET n:$(row.kind)
SET n = row.props
