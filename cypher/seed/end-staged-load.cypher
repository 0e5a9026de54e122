// Write (seed loader, staged mode): releases the seed-load lock of one load (after publishing, inside
// the final transaction, or after cleaning up a failed load).
// Parameters: $loadId (string).
// Returns: released (integer, 0 or 1).
OPTIONAL MATCH (l:SeedLoad {lock: 'seed', loadId: $loadId})
DELETE l
RETURN count(l) AS released
