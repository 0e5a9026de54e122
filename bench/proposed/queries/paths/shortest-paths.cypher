// PROPOSED rewrite of cypher/queries/paths/shortest-paths.cypher (bench/PROFILE.md): same parameters,
// columns and answer. `length(path) <= $maxHops` moves from the shortest-path MATCH's WHERE to the
// next WITH. In the MATCH's WHERE it is a predicate on the whole path that the breadth-first search
// cannot check as it goes, so when the shortest path is longer than $maxHops Neo4j falls back to an
// exhaustive search of every path up to 6 hops (at 1M relationships: over 2 minutes for a pair whose
// shortest path is 5 hops). Filtering the shortest paths afterwards gives the same answer — no path
// can be shorter than the shortest — without the fallback.
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH path = allShortestPaths((a)-[*..6]-(b))
WHERE all(r IN relationships(path) WHERE size($types) = 0 OR type(r) IN $types)
  AND all(n IN nodes(path) WHERE ($from IS NULL OR n.dateTo IS NULL OR n.dateTo >= $from)
                             AND ($to IS NULL OR n.dateFrom IS NULL OR n.dateFrom <= $to))
WITH path
WHERE length(path) <= $maxHops
LIMIT $limit
RETURN [n IN nodes(path) | n {.*}] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS hops
