// Write (seed loader, curation): overwrites the properties of relationships that already exist,
// found by element id (a direct seek: no MERGE lookup that could degrade to a scan).
// Parameters: $rows — list of {elementId: string, props: map}.
// Returns: nothing. Idempotent.
UNWIND $rows AS row
MATCH ()-[r]->()
WHERE elementId(r) = row.elementId
SET r = row.props
