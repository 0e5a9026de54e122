// Write (seed loader, staged mode): takes the seed-load lock. Fails with a constraint violation when
// another staged load holds it (constraint seed_load_lock_unique).
// Parameters: $loadId (string, new for every load), $owner (string, the loading process),
//             $startedAt (string, ISO timestamp).
// Returns: nothing.
CREATE (:SeedLoad {lock: 'seed', loadId: $loadId, owner: $owner, startedAt: $startedAt, heartbeatAt: $startedAt})
