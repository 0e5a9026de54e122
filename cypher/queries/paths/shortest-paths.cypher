// Read: the shortest path(s) between two entities, ignoring direction, at most $maxHops long (the
// pattern's own bound, 6, is the hard cap), optionally only over some relationship types and only
// through entities whose dates overlap a time window.
// Parameters: $fromId, $toId (entity ids, different); $maxHops (1..6); $types (relationship types;
//   empty = all); $from, $to ("YYYY-MM-DD" or null); $limit (how many equally short paths at most).
// Returns: nodes (list of entity maps, in walk order), hops (list of {type, from, to, props}).
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH path = allShortestPaths((a)-[*..6]-(b))
WHERE length(path) <= $maxHops
  AND all(r IN relationships(path) WHERE size($types) = 0 OR type(r) IN $types)
  AND all(n IN nodes(path) WHERE ($from IS NULL OR n.dateTo IS NULL OR n.dateTo >= $from)
                             AND ($to IS NULL OR n.dateFrom IS NULL OR n.dateFrom <= $to))
WITH path
LIMIT $limit
RETURN [n IN nodes(path) | n {.*}] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS hops
