// Schema step: ids of Programme nodes are unique (and indexed for lookups by id).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT programme_id_unique IF NOT EXISTS
FOR (n:Programme) REQUIRE n.id IS UNIQUE
