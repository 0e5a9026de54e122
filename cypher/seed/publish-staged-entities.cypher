// Write (seed loader, staged mode, inside the final transaction): makes this load's unpublished
// entities visible — label Entity plus their kind, the id constraints checked now.
// Parameters: $loadId (string); $rows — list of {id: string, kind: string (label)}.
// Returns: published (integer) — must equal size($rows).
UNWIND $rows AS row
MATCH (n:SeedPending {id: row.id})
WHERE n.pendingLoad = $loadId
SET n:Entity:$(row.kind)
REMOVE n:SeedPending, n.pendingLoad
RETURN count(n) AS published
