// Write (curation): deletes one relationship between two entities by its key.
// Parameters: $from, $to (entity ids), $key. Returns: deleted (number of relationships deleted, 0 or 1).
OPTIONAL MATCH (:Entity {id: $from})-[r {key: $key}]->(:Entity {id: $to})
DELETE r
RETURN count(r) AS deleted
