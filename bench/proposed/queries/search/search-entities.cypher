// PROPOSED rewrite of cypher/queries/search/search-entities.cypher (bench/PROFILE.md): same
// parameters and columns. Ranks and counts every match as before, but builds the entity maps
// (every property of the node) only for the requested page instead of for every match.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE size($kinds) = 0 OR node.kind IN $kinds
WITH node,
     score + CASE WHEN toLower(node.name) = $exact OR $exact IN [alias IN coalesce(node.aliases, []) | toLower(alias)]
                  THEN 1000.0 ELSE 0.0 END AS score
ORDER BY score DESC, node.name, node.id
WITH collect({node: node, score: score}) AS ranked
RETURN size(ranked) AS total, [hit IN ranked[$skip..($skip + $limit)] | {entity: properties(hit.node), score: hit.score}] AS hits
