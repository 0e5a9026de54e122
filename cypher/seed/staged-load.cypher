// Read (seed loader, staged mode): the staged load holding the lock, if any, and how much it left
// written but unpublished.
// Parameters: none.
// Returns: zero or one row: loadId, owner, startedAt, heartbeatAt (strings), pendingEntities (integer).
MATCH (l:SeedLoad {lock: 'seed'})
RETURN l.loadId AS loadId, l.owner AS owner, l.startedAt AS startedAt, l.heartbeatAt AS heartbeatAt,
       COUNT { MATCH (n:SeedPending) WHERE n.pendingLoad = l.loadId } AS pendingEntities
