// Schema step: ids of Person nodes are unique (and indexed for lookups by id).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT person_id_unique IF NOT EXISTS
FOR (n:Person) REQUIRE n.id IS UNIQUE
