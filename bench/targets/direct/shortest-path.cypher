// Bench floor (not the product's cypher/): how two entities are connected — the question the API's
// howConnected(fromId, toId, maxHops: 4, limit: 5) answers, written directly as one statement.
// Same rules as the API: every shortest path of at most 4 hops over any relationship, ignoring
// direction (the bound is part of the pattern: Cypher takes no parameter there), the first $limit
// by the ids along the path.
// Parameters: $fromId, $toId (entity ids); $limit (how many equally short paths at most).
// Returns: one row per path: nodes (list of {id, name}), hops (list of {type, forward}).
MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
MATCH path = allShortestPaths((a)-[*..4]-(b))
WITH path ORDER BY [n IN nodes(path) | n.id] LIMIT $limit
RETURN [n IN nodes(path) | n {.id, .name}] AS nodes,
       [i IN range(0, length(path) - 1) | {type: type(relationships(path)[i]), forward: startNode(relationships(path)[i]) = nodes(path)[i]}] AS hops
