// Schema step: ids of Institution nodes are unique (and indexed for lookups by id).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT institution_id_unique IF NOT EXISTS
FOR (n:Institution) REQUIRE n.id IS UNIQUE
