// Read: full-text search over entity names, aliases and acronyms (index entity_search) and over what
// entities are about — topics, aims, summaries (index entity_text_search) — ranked in three tiers: an
// entity whose name or an alias equals the whole search text (ignoring case) first, then matches of
// names and aliases, then matches of topics and summaries only; by score within a tier.
// Parameters: $query (a Lucene query built by the repository from escaped user terms — never raw
//             user text), $exact (the whole search text, lower-cased, compared as a plain value),
//             $kinds (list of entity kinds; empty = all), $skip, $limit (integers); $detail (true: entity maps
//             with every property; false: id, kind and name only).
// Returns: total (all matches), hits (list of {entity: map, score: float}) for the requested page; the
//   score is the Lucene score of the best tier plus 1000 for an exact name or alias (order is by tier
//   first, so a topic or summary match never ranks above a name or alias match).
// Plan: every match is ranked and counted, but the entity maps (all properties) are built only for
//   the requested page.
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
  RETURN node, 1 AS tier, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_text_search', $query) YIELD node, score
  RETURN node, 0 AS tier, score
}
WITH node, tier, score
WHERE size($kinds) = 0 OR node.kind IN $kinds
ORDER BY tier DESC, score DESC
WITH node, head(collect([tier, score])) AS best
WITH node, best[0] AS tier,
     best[1] + CASE WHEN toLower(node.name) = $exact OR $exact IN [alias IN coalesce(node.aliases, []) | toLower(alias)]
                    THEN 1000.0 ELSE 0.0 END AS score
ORDER BY score >= 1000.0 DESC, tier DESC, score DESC, node.name, node.id
WITH collect({node: node, score: score}) AS ranked
RETURN size(ranked) AS total, [hit IN ranked[$skip..($skip + $limit)] | {entity: CASE WHEN $detail THEN properties(hit.node) ELSE {id: hit.node.id, kind: hit.node.kind, name: hit.node.name} END, score: hit.score}] AS hits
