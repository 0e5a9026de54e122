// Read (seed loader): every keyed relationship already in the graph, with its element id, so the
// loader can update those the seed still has, create only the new ones, and delete the seed's
// relationships the seed no longer has.
// Parameters: none. Returns: key (string), elementId (string), origin ("seed" or "curation").
MATCH ()-[r]->()
WHERE r.key IS NOT NULL
RETURN r.key AS key, elementId(r) AS elementId, r.origin AS origin
