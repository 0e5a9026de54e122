// Read (curation): one relationship between two entities by its key, with its properties.
// Parameters: $from, $to (entity ids), $key (from|TYPE|to|discriminator).
// Returns: props (map) when it exists.
MATCH (:Entity {id: $from})-[r {key: $key}]->(:Entity {id: $to})
RETURN properties(r) AS props
