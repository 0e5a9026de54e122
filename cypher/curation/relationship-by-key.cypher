// Read (curation): one relationship between two entities by its key, with its properties and
// element id.
// Parameters: $from, $to (entity ids), $key (from|TYPE|to|discriminator).
// Returns: props (map) and elementId when it exists.
MATCH (:Entity {id: $from})-[r {key: $key}]->(:Entity {id: $to})
RETURN properties(r) AS props, elementId(r) AS elementId
