// Write (seed loader, staged mode): creates new entities unpublished — label SeedPending only, so no
// query (they all match :Entity or a kind label) sees them until publish-staged-entities.
// Parameters: $loadId (string); $rows — list of {id: string, props: map}.
// Returns: nothing.
UNWIND $rows AS row
CREATE (n:SeedPending)
SET n = row.props, n.pendingLoad = $loadId
