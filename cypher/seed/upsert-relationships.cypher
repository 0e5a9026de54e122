// Write (seed loader): creates or overwrites relationships between entities, identified by their key
// (from|TYPE|to|role-or-title). Properties are replaced as a whole.
// Parameters: $rows — list of {key: string, type: string (relationship type), from: string (entity id),
//             to: string (entity id), props: map}.
// Returns: nothing. Idempotent. Endpoints are guaranteed to exist by validation and the same transaction.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r = row.props
