// Admin (tests and tooling): the whole graph as comparable data — every node with its labels and
// properties, every relationship with its type, endpoints and properties, in a stable order. Used to
// prove that a failed load or a refused mutation changed nothing.
// Each record also lists its properties' stored types in key order (valueType: a whole FLOAT and an
// INTEGER read back alike through the driver).
// Parameters: none. Returns: nodes (list of {labels, props, types}), relationships (list of {type, from,
// to, props, types}); types is a list of {key, type}.
CALL () {
  MATCH (n)
  WHERE NOT n:SchemaMigration
  WITH n ORDER BY n.id, elementId(n)
  RETURN collect({
    labels: COLLECT { UNWIND labels(n) AS l RETURN l ORDER BY l },
    props: properties(n),
    types: COLLECT { UNWIND keys(n) AS k WITH k ORDER BY k RETURN {key: k, type: valueType(n[k])} }
  }) AS nodes
}
CALL () {
  MATCH (a)-[r]->(b)
  WITH a, r, b ORDER BY a.id, type(r), b.id, r.key
  RETURN collect({
    type: type(r), from: a.id, to: b.id, props: properties(r),
    types: COLLECT { UNWIND keys(r) AS k WITH k ORDER BY k RETURN {key: k, type: valueType(r[k])} }
  }) AS relationships
}
RETURN nodes, relationships
