// Read: full-text search over entity names, aliases and acronyms (index entity_search), ranked.
// Parameters: $query (a Lucene query built by the repository from escaped user terms — never raw
//             user text), $kinds (list of entity kinds; empty = all), $skip, $limit (integers).
// Returns: total (all matches), hits (list of {entity: map, score: float}) for the requested page.
CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
WHERE size($kinds) = 0 OR node.kind IN $kinds
WITH node, score
ORDER BY score DESC, node.name, node.id
WITH collect({entity: node {.*}, score: score}) AS hits
RETURN size(hits) AS total, hits[$skip..($skip + $limit)] AS hits
