// Read: the relationships of a batch of entities (DataLoader for Entity.relations and the typed
// relation fields), optionally only some relationship types, in one direction, and one page of each.
// Parameters: $requests (list of {id: entity id, direction: "BOTH" | "OUTGOING" | "INCOMING",
//   skip: integer, limit: integer or null for all}), $types (list of relationship types; empty = all).
// Returns: one row per relationship on the requested page — index (the request's position in
//   $requests), total (how many relationships match, before paging), position (in the page, which is
//   in order of type, the other entity's name, its id), type, outgoing (boolean: the relationship
//   starts at the entity), props (relationship properties), other (map of the other entity's
//   properties) — and, for a request whose page is empty, one row with index and total only (type
//   null). No row for an unknown entity. Rows are not sorted (a sort here would hold each request's
//   whole list per row): the repository places them by index and position.
// Plan: per entity, every matching relationship is sorted (type, other name, other id) and counted;
//   the maps are built only for the requested page.
UNWIND range(0, size($requests) - 1) AS index
WITH index, $requests[index] AS request
MATCH (n:Entity {id: request.id})
CALL (n, request) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND (request.direction = 'BOTH' OR (startNode(r) = n) = (request.direction = 'OUTGOING'))
  WITH r, m
  ORDER BY type(r), m.name, m.id
  WITH collect({r: r, m: m}) AS matched
  RETURN size(matched) AS total, matched[request.skip..coalesce(request.skip + request.limit, size(matched))] AS page
}
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE range(0, size(page) - 1) END AS position
WITH index, total, n, position, page[position] AS x
RETURN index, total, position, type(x.r) AS type, startNode(x.r) = n AS outgoing, properties(x.r) AS props, properties(x.m) AS other
