// Write (seed loader): deletes relationships removed from the seed.
// Parameters: $elementIds — list of relationship element ids (from existing-relationships).
// Returns: nothing.
UNWIND $elementIds AS elementId
MATCH ()-[r]->()
WHERE elementId(r) = elementId
DELETE r
