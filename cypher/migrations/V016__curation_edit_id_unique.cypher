// Schema step: every curation edit (the log of curated changes made through the API) has a unique id.
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT curation_edit_id_unique IF NOT EXISTS
FOR (e:CurationEdit) REQUIRE e.id IS UNIQUE
