// Schema step: at most one staged seed load at a time. A staged load holds a (:SeedLoad {lock: 'seed'})
// node from its start until it is published or cleaned up; a second one cannot create its own.
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT seed_load_lock_unique IF NOT EXISTS
FOR (l:SeedLoad) REQUIRE l.lock IS UNIQUE
