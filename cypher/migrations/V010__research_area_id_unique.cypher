// Schema step: ids of ResearchArea nodes are unique (and indexed for lookups by id).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT research_area_id_unique IF NOT EXISTS
FOR (n:ResearchArea) REQUIRE n.id IS UNIQUE
