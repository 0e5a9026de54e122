// Bench (bench/incremental.ts, not the product's cypher/): every relationship, one row each and in no
// order, with what admin/graph-snapshot shows of it (type, the ids of its ends, properties and their
// stored types), so two graphs can be compared record by record at any size.
// Read. Parameters: none.
// Returns: type (string), from, to (the end nodes' ids), props (map), types (list of {key, type}, by key).
MATCH (a)-[r]->(b)
RETURN type(r) AS type, a.id AS from, b.id AS to,
       properties(r) AS props,
       COLLECT { UNWIND keys(r) AS k WITH k ORDER BY k RETURN {key: k, type: valueType(r[k])} } AS types
