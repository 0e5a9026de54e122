// Read (seed loader): every relationship the seed loader wrote earlier, to find those the seed no
// longer contains.
// Parameters: none. Returns: key (string), elementId (string).
MATCH ()-[r]->()
WHERE r.origin = 'seed'
RETURN r.key AS key, elementId(r) AS elementId
