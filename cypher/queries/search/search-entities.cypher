// Read: full-text search over entity names, aliases and acronyms (index entity_search) and over what
// entities are about — topics, aims, summaries (index entity_text_search) — ranked in three tiers: an
// entity whose name or an alias equals the whole search text (ignoring case) first, then matches of
// names and aliases, then matches of topics and summaries only; by score within a tier.
// Parameters: $query (a Lucene query built by the repository from escaped user terms — never raw
//             user text), $exact (the whole search text, lower-cased, compared as a plain value),
//             $kinds (list of entity kinds; empty = all); $afterKey, $beforeKey (sort keys as this
//             statement returns them, or null), $forward (true: the first $limit hits after $afterKey;
//             false: the last $limit hits before $beforeKey, read backwards), $limit (integer: page
//             size + 1); $detail (true: entity maps with every property; false: id, kind and name only).
// Returns: total (all matches), hasOther (whether hits lie on the other side of the cursor), hits (list
//   of {key, entity: map, score: float}) for the requested slice, in rank order (reversed when not
//   $forward); the score is the Lucene score of the best tier plus 1000 for an exact name or alias
//   (order is by tier first, so a topic or summary match never ranks above a name or alias match). The
//   sort key is [not exact, -tier, -score, name, id]: rank order, ascending.
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
WITH node, score, [NOT (score >= 1000.0), -tier, -score, coalesce(node.name, ''), node.id] AS key
ORDER BY key
WITH collect({node: node, score: score, key: key}) AS ranked
WITH ranked, [hit IN ranked WHERE ($afterKey IS NULL OR hit.key > $afterKey) AND ($beforeKey IS NULL OR hit.key < $beforeKey)] AS window
WITH ranked, CASE WHEN $forward THEN window[0..$limit] ELSE reverse(window)[0..$limit] END AS slice
RETURN size(ranked) AS total,
       coalesce(CASE WHEN $forward THEN any(hit IN ranked WHERE hit.key <= $afterKey) ELSE any(hit IN ranked WHERE hit.key >= $beforeKey) END, false) AS hasOther,
       [hit IN slice | {key: hit.key, entity: CASE WHEN $detail THEN properties(hit.node) ELSE {id: hit.node.id, kind: hit.node.kind, name: hit.node.name} END, score: hit.score}] AS hits
