// Bench floor (not the product's cypher/): full-text search — the question the API's search(text,
// first: 10) answers, written directly as one statement.
// Same rules as the API: names and aliases (index entity_search) rank above topics and summaries
// (index entity_text_search); an entity whose name or an alias equals the whole text (ignoring case)
// first (score + 1000); then by score, name, id. Counted, the first $first kept.
// Parameters: $query (the Lucene query the API builds from the text: luceneQuery); $exact (the text,
//   NFKC-normalised, trimmed, lower-cased); $first (page size).
// Returns: total (every match), page (list of {id, name, kind, score}).
CALL () {
  CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node, score
  RETURN node, 1 AS tier, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('entity_text_search', $query) YIELD node, score
  RETURN node, 0 AS tier, score
}
WITH node, tier, score ORDER BY tier DESC, score DESC
WITH node, head(collect([tier, score])) AS best
WITH node, best[0] AS tier,
     best[1] + CASE WHEN toLower(node.name) = $exact OR $exact IN [a IN coalesce(node.aliases, []) | toLower(a)] THEN 1000.0 ELSE 0.0 END AS score
ORDER BY score >= 1000.0 DESC, tier DESC, score DESC, coalesce(node.name, ''), node.id
WITH collect(node {.id, .name, .kind, score: score}) AS hits
RETURN size(hits) AS total, hits[0..$first] AS page
