// Read (seed loader): every keyed relationship already in the graph, with its element id, so the
// loader can leave unchanged ones alone, update changed ones by element id, create only the new ones,
// and delete the seed's relationships the seed no longer has.
// Parameters: none.
// Returns: key (string), elementId (string), origin ("seed" or "curation"),
//          seedHash (string, or null when not written by the seed or edited since).
MATCH ()-[r]->()
WHERE r.key IS NOT NULL
RETURN r.key AS key, elementId(r) AS elementId, r.origin AS origin, r.seedHash AS seedHash
