// Read: the distinct neighbours of a batch of entities (DataLoader for Entity.neighbours: a capped
// expansion in the explorer's network view), each with every relationship that links the two,
// optionally only some relationship types, one direction and some kinds of neighbour; one page each.
// Parameters: $requests (list of {id: entity id, direction: "BOTH" | "OUTGOING" | "INCOMING",
//   skip: integer, limit: integer}), $types (list of relationship types; empty = all), $kinds (list of
//   entity kinds the neighbour must have; empty = all).
// Returns: one row per neighbour on the requested page — index (the request's position in $requests),
//   total (how many distinct neighbours match, before paging), position (in the page, which is in
//   order of the neighbour's name, then id), entity (map of the neighbour's properties), relations
//   (list of {type, outgoing: the relationship starts at the asked entity, props}, by type) — and, for
//   a request whose page is empty, one row with index and total only (entity null). No row for an
//   unknown entity. Rows are not sorted: the repository places them by index and position.
UNWIND range(0, size($requests) - 1) AS index
WITH index, $requests[index] AS request
MATCH (n:Entity {id: request.id})
CALL (n, request) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND (size($kinds) = 0 OR m.kind IN $kinds)
    AND (request.direction = 'BOTH' OR (startNode(r) = n) = (request.direction = 'OUTGOING'))
  WITH m, r ORDER BY type(r)
  WITH m, collect(r) AS rels
  ORDER BY m.name, m.id
  WITH collect({m: m, rels: rels}) AS matched
  RETURN size(matched) AS total, matched[request.skip..(request.skip + request.limit)] AS page
}
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE range(0, size(page) - 1) END AS position
WITH index, total, n, position, page[position] AS x
RETURN index, total, position,
       CASE WHEN x IS NULL THEN null ELSE properties(x.m) END AS entity,
       [r IN coalesce(x.rels, []) | {type: type(r), outgoing: startNode(r) = n, props: properties(r)}] AS relations
