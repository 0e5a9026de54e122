// Schema step: ids of Source nodes are unique (and indexed for lookups by id).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT source_id_unique IF NOT EXISTS
FOR (n:Source) REQUIRE n.id IS UNIQUE
