// Write (curation): appends one curated change to the edit log, which is replayed after every seed
// load so curated changes survive re-loads and restarts.
// Parameters: $id (uuid), $actor (API key name), $op (upsertEntity | addRelationship | removeRelationship),
//             $payload (the validated input as JSON text).
// Returns: at (the edit's timestamp, ISO text).
CREATE (e:CurationEdit {id: $id, actor: $actor, op: $op, payload: $payload, at: datetime()})
RETURN toString(e.at) AS at
