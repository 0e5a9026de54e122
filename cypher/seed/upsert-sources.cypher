// Write (seed loader): creates or overwrites Source nodes, one per seed source block.
// Parameters: $rows — list of {id: string, props: map} (props holds every property, id included).
// Returns: nothing. Idempotent: the same rows leave the same nodes and properties.
UNWIND $rows AS row
MERGE (s:Source {id: row.id})
SET s = row.props
