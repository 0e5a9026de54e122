// Schema step: ids of Event nodes are unique (and indexed for lookups by id).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT event_id_unique IF NOT EXISTS
FOR (n:Event) REQUIRE n.id IS UNIQUE
