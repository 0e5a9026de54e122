// Read: the relationships of a batch of entities (DataLoader for Entity.relations and the typed
// relation fields), optionally only some relationship types, in one direction, and one keyset page of
// each.
// Parameters: $requests (list of {id: entity id, direction: "BOTH" | "OUTGOING" | "INCOMING",
//   afterKey, beforeKey: sort keys as this statement returns them, or null; forward: true for the first
//   `limit` relationships after afterKey, false for the last `limit` before beforeKey, read backwards;
//   limit: integer (page size + 1), or null for all}), $types (list of relationship types; empty = all).
// Returns: one row per relationship on the requested page — index (the request's position in
//   $requests), total (how many relationships match, before paging), hasOther (whether matching
//   relationships lie on the other side of the cursor), position (in the page, which is in key order,
//   or reverse key order when not forward), key (the sort key: [type, the other entity's name, its id,
//   the relationship's stored key]), type, outgoing (boolean: the relationship starts at the entity),
//   props (relationship properties), other (map of the other entity's properties) — and, for a request
//   whose page is empty, one row with index, total and hasOther only (type null). No row for an unknown
//   entity. Rows are not sorted (a sort here would hold each request's whole list per row): the
//   repository places them by index and position.
// Plan: per entity, every matching relationship is sorted by key and counted; the maps are built only
//   for the requested page.
UNWIND range(0, size($requests) - 1) AS index
WITH index, $requests[index] AS request
MATCH (n:Entity {id: request.id})
CALL (n, request) {
  MATCH (n)-[r]-(m:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND (request.direction = 'BOTH' OR (startNode(r) = n) = (request.direction = 'OUTGOING'))
  WITH r, m, [type(r), coalesce(m.name, ''), m.id, coalesce(r.key, elementId(r))] AS key
  ORDER BY key
  WITH collect({r: r, m: m, key: key}) AS matched
  WITH matched, [x IN matched WHERE (request.afterKey IS NULL OR x.key > request.afterKey) AND (request.beforeKey IS NULL OR x.key < request.beforeKey)] AS window
  RETURN size(matched) AS total,
         CASE WHEN request.forward THEN window[0..coalesce(request.limit, size(window))] ELSE reverse(window)[0..request.limit] END AS page,
         coalesce(CASE WHEN request.forward THEN any(x IN matched WHERE x.key <= request.afterKey) ELSE any(x IN matched WHERE x.key >= request.beforeKey) END, false) AS hasOther
}
UNWIND CASE WHEN size(page) = 0 THEN [null] ELSE range(0, size(page) - 1) END AS position
WITH index, total, hasOther, n, position, page[position] AS x
RETURN index, total, hasOther, position, x.key AS key, type(x.r) AS type, startNode(x.r) = n AS outgoing, properties(x.r) AS props, properties(x.m) AS other
