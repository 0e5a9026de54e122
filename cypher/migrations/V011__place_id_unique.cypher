// Schema step: ids of Place nodes are unique (and indexed for lookups by id).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT place_id_unique IF NOT EXISTS
FOR (n:Place) REQUIRE n.id IS UNIQUE
