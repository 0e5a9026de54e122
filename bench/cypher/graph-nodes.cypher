// Bench (bench/incremental.ts, not the product's cypher/): every node but the schema migrations, one
// row each and in no order, with what admin/graph-snapshot shows of it, so two graphs can be compared
// record by record at any size (the snapshot is one row of the whole graph: minutes to decode at 100k).
// Read. Parameters: none.
// Returns: labels (sorted list of strings), props (map), types (list of {key, type}, by key).
MATCH (n)
WHERE NOT n:SchemaMigration
RETURN COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l } AS labels,
       properties(n) AS props,
       COLLECT { UNWIND keys(n) AS k WITH k ORDER BY k RETURN {key: k, type: valueType(n[k])} } AS types
