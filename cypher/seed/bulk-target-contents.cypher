// Read (bulk import): what the database holds besides the schema's bookkeeping, by label — the bulk
// import replaces the whole database, so it refuses one that holds anything (seed, curated edits).
// Parameters: none.
// Returns: label (string), nodes (integer); no rows when the database is empty.
MATCH (n)
WHERE NOT n:SchemaMigration
UNWIND labels(n) AS label
RETURN label, count(*) AS nodes
ORDER BY label
