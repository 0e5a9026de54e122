// Write (seed loader, staged mode): records that the staged load is still alive (another process
// only cleans up a load whose heartbeat has stopped).
// Parameters: $loadId (string), $at (string, ISO timestamp).
// Returns: held (boolean) — false when the lock is no longer this load's.
OPTIONAL MATCH (l:SeedLoad {lock: 'seed', loadId: $loadId})
SET l.heartbeatAt = $at
RETURN l IS NOT NULL AS held
