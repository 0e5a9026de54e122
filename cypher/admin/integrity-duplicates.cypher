// Admin (integrity check): relationships that share their identity — same start, end and key — which
// the graph must hold once (left behind by concurrent curated adds before they were serialised).
// Parameters: $limit (most groups to return). Returns: from, to, key, count (relationships with that identity).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.key IS NOT NULL
WITH a, b, r.key AS key, count(r) AS count
WHERE count > 1
RETURN a.id AS from, b.id AS to, key, count
ORDER BY key
LIMIT $limit
