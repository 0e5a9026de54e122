// Read (curation): the edit log in the order the edits were made.
// Parameters: none. Returns: id, op, payload (JSON text), actor, at.
MATCH (e:CurationEdit)
RETURN e.id AS id, e.op AS op, e.payload AS payload, e.actor AS actor, toString(e.at) AS at
ORDER BY e.at, e.id
