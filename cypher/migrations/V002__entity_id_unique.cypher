// Schema step: every entity node (label Entity, whatever its kind) has a unique id.
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT entity_id_unique IF NOT EXISTS
FOR (n:Entity) REQUIRE n.id IS UNIQUE
