// Read: every source document, ordered by date then id.
// Parameters: none. Returns: source (map of Source properties).
MATCH (s:Source)
RETURN s {.*} AS source
ORDER BY s.date, s.id
