// Write (seed loader, staged mode): removes up to $limit unpublished entities of a failed or abandoned
// load, with their relationships (every relationship a staged load wrote touches one of them).
// Parameters: $loadId (string), $limit (integer).
// Returns: discarded (integer) — 0 when nothing is left.
MATCH (n:SeedPending)
WHERE n.pendingLoad = $loadId
WITH n LIMIT $limit
DETACH DELETE n
RETURN count(*) AS discarded
