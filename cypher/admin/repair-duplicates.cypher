// Admin (integrity repair, `npm run check -- --repair`): keeps one relationship of each group that
// shares start, end and key (the first created: lowest element id) and deletes the others.
// Parameters: none. Returns: deleted (relationships deleted).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE r.key IS NOT NULL
WITH a, b, r.key AS key, r ORDER BY elementId(r)
WITH a, b, key, collect(r) AS rels
WHERE size(rels) > 1
UNWIND tail(rels) AS extra
DELETE extra
RETURN count(extra) AS deleted
