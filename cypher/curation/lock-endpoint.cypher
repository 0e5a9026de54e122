// Write (curation): takes the write lock of a relationship's start entity for the rest of the
// transaction (setting and removing a marker property leaves the entity as it was), so two curated
// changes of relationships from the same entity run one after the other and the second sees the
// first's result: concurrent identical addRelationship calls leave one relationship, not several.
// Parameters: $id (entity id). Returns: locked (true when the entity exists).
OPTIONAL MATCH (e:Entity {id: $id})
SET e.curationLock = true
REMOVE e.curationLock
RETURN e IS NOT NULL AS locked
