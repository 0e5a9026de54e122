// Schema step: ids of Dialogue nodes are unique (and indexed for lookups by id).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT dialogue_id_unique IF NOT EXISTS
FOR (n:Dialogue) REQUIRE n.id IS UNIQUE
