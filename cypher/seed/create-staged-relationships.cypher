// Write (seed loader, staged mode): creates new relationships between two unpublished entities of this
// load (relationships with a published end wait for the final transaction, so that no traversal from
// a published entity can reach an unpublished one).
// Parameters: $loadId (string); $rows — list of {type: string (vocabulary type), from: string,
//             to: string (entity ids), props: map}.
// Returns: created (integer) — must equal size($rows).
UNWIND $rows AS row
MATCH (a:SeedPending {id: row.from})
WHERE a.pendingLoad = $loadId
MATCH (b:SeedPending {id: row.to})
WHERE b.pendingLoad = $loadId
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(r) AS created
