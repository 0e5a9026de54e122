// Schema step: entities written by a staged seed load carry only the label SeedPending until the load
// publishes them; relationships to them are created by looking them up by id through this index.
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE INDEX seed_pending_id IF NOT EXISTS FOR (n:SeedPending) ON (n.id)
