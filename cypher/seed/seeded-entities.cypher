// Read (seed loader): every entity and source node the seed loader wrote earlier, to find those the
// seed no longer contains.
// Parameters: none. Returns: id (string).
MATCH (n)
WHERE (n:Entity OR n:Source) AND n.origin = 'seed'
RETURN n.id AS id
