// Read: the shortest path(s) between two entities, ignoring direction, at most $maxHops long (the
// pattern's own bound, 6, is the hard cap), optionally only over some relationship types and only
// through entities whose dates overlap a time window.
// Parameters: $fromId, $toId (entity ids, different); $maxHops (1..6); $types (relationship types;
//   empty = all); $from, $to ("YYYY-MM-DD" or null); $limit (how many equally short paths at most);
//   $detail (true: entity maps with every property and every relationship property; false: entity
//   maps of id, kind and name, and of each relationship only `stated`, `key` and `inferred` — for clients that ask for no more).
// Returns: nodes (list of entity maps, in walk order), hops (list of {type, from, to, props}; without
//   $detail props are only those three).
// Equally short paths come in a stable order (by the ids along the path), so the same question
// always gets the same answer whatever order the store holds the relationships in.
// Plan: the type and date rules stay in the shortest-path WHERE (checked during the breadth-first
//   search); the length check comes after it. In that WHERE, a predicate on the whole path's length
//   makes Neo4j plan an exhaustive search of every path up to 6 hops whenever the shortest path is
//   longer than $maxHops (minutes at 1M relationships). Same answer: no path is shorter than the shortest.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH path = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(path) WHERE size($types) = 0 OR type(r) IN $types)
  AND all(n IN nodes(path) WHERE ($from IS NULL OR n.dateTo IS NULL OR n.dateTo >= $from)
                             AND ($to IS NULL OR n.dateFrom IS NULL OR n.dateFrom <= $to))
WITH path
WHERE length(path) <= $maxHops
WITH path
ORDER BY [n IN nodes(path) | n.id]
LIMIT $limit
RETURN [n IN nodes(path) | CASE WHEN $detail THEN n {.*} ELSE n {.id, .kind, .name} END] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: CASE WHEN $detail THEN properties(r) ELSE r {.stated, .key, inferred: any(x IN coalesce(r.evidenceInferred, []) WHERE x <> '')} END}] AS hops
