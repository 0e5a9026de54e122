// Read: how big the graph is — node counts per entity kind and relationship counts per type.
// Parameters: none.
// Returns: labels (list of {name, count}), relationshipTypes (list of {name, count}),
//          nodeCount, relationshipCount (integers). Internal bookkeeping labels (SchemaMigration, CurationEdit) are left out.
CALL () {
  MATCH (n)
  WHERE NOT n:SchemaMigration AND NOT n:CurationEdit
  UNWIND labels(n) AS label
  WITH label, count(*) AS count
  WHERE label <> 'Entity'
  RETURN collect({name: label, count: count}) AS labels
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count
  RETURN collect({name: type, count: count}) AS relationshipTypes, sum(count) AS relationshipCount
}
CALL () {
  MATCH (n) WHERE NOT n:SchemaMigration AND NOT n:CurationEdit
  RETURN count(n) AS nodeCount
}
RETURN labels, relationshipTypes, nodeCount, relationshipCount
