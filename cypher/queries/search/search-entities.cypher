// Read: full-text search over entity names, aliases and acronyms (index entity_search), ranked.
// An entity whose name or an alias equals the whole search text (ignoring case) ranks first.
// Parameters: $query (a Lucene query built by the repository from escaped user terms — never raw
//             user text), $exact (the whole search text, lower-cased, compared as a plain value),
//             $kinds (list of entity kinds; empty = all), $skip, $limit (integers); $detail (true: entity maps
//             with every property; false: id, kind and name only).
// Returns: total (all matches), hits (list of {entity: map, score: float}) for the requested page.
// Plan: every match is ranked and counted, but the entity maps (all properties) are built only for
//   the requested page.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE size($kinds) = 0 OR node.kind IN $kinds
WITH node,
     score + CASE WHEN toLower(node.name) = $exact OR $exact IN [alias IN coalesce(node.aliases, []) | toLower(alias)]
                  THEN 1000.0 ELSE 0.0 END AS score
ORDER BY score DESC, node.name, node.id
WITH collect({node: node, score: score}) AS ranked
RETURN size(ranked) AS total, [hit IN ranked[$skip..($skip + $limit)] | {entity: CASE WHEN $detail THEN properties(hit.node) ELSE {id: hit.node.id, kind: hit.node.kind, name: hit.node.name} END, score: hit.score}] AS hits
