// Read (exports): the next page of Source nodes (the documents the evidence cites) in id order.
// Parameters: $after (string, "" at first), $limit (integer).
// Returns: id, props (every stored property), ordered by id.
MATCH (s:Source)
WHERE s.id > $after
RETURN s.id AS id, properties(s) AS props
ORDER BY s.id
LIMIT $limit
