// Read (exports): the relationships leaving the given start nodes (one page of a computed
// selection) whose end node is in the whole selection.
// Parameters: $page (list of start ids), $ids (list: every id of the selection).
// Returns: from (start id), rels (list of {type, to, props}), one row per start node found.
UNWIND $page AS wanted
MATCH (a:Entity {id: wanted})
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $ids
WITH a, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), to: b.id, props: properties(r)} END) AS rels
RETURN a.id AS from, rels
ORDER BY from
