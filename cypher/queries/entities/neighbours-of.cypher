// Read: the distinct neighbours of a batch of entities (DataLoader for Entity.neighbours: a capped
// expansion in the explorer's network view), each with every relationship that links the two,
// optionally only some relationship types, one direction and some kinds of neighbour; one keyset page
// each.
// Parameters: $requests (list of {id: entity id, direction: "BOTH" | "OUTGOING" | "INCOMING",
//   afterKey, beforeKey: sort keys as this statement returns them, or null; forward: true for the first
//   `limit` neighbours after afterKey, false for the last `limit` before beforeKey, read backwards;
//   limit: integer (page size + 1)}), $types (list of relationship types; empty = all), $kinds (list of
//   entity kinds the neighbour must have; empty = all).
// Returns: one row per neighbour on the requested page — index (the request's position in $requests),
//   total (how many distinct neighbours match, before paging), hasOther (whether matching neighbours lie
//   on the other side of the cursor), position (in the page, which is in key order, or reverse key
//   order when not forward), key (the sort key: [the neighbour's name, its id]), entity (map of the
//   neighbour's properties), relations (list of {type, outgoing: the relationship starts at the asked
//   entity, props}, by type) — and, for a request whose page is empty, one row with index, total and
//   hasOther only (entity null). No row for an unknown entity. Rows are not sorted: the repository
//   places them by index and position.
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
  WITH m, rels, [coalesce(m.name, ''), m.id] AS key
  ORDER BY key
  WITH collect({m: m, rels: rels, key: key}) AS matched
  WITH matched, [x IN matched WHERE (request.afterKey IS NULL OR x.key > request.afterKey) AND (request.beforeKey IS NULL OR x.key < request.beforeKey)] AS window
  RETURN size(matched) AS total,
         CASE WHEN request.forward THEN window[0..request.limit] ELSE reverse(window)[0..request.limit] END AS page,
         coalesce(CASE WHEN request.forward THEN any(x IN matched WHERE x.key <= request.afterKey) ELSE any(x IN matched WHERE x.key >= request.beforeKey) END, false) AS hasOther
}
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE range(0, size(page) - 1) END AS position
WITH index, total, hasOther, n, position, page[position] AS x
RETURN index, total, hasOther, position, x.key AS key,
       CASE WHEN x IS NULL THEN null ELSE properties(x.m) END AS entity,
       [r IN coalesce(x.rels, []) | {type: type(r), outgoing: startNode(r) = n, props: properties(r)}] AS relations
