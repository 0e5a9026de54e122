// Write (seed loader, curation): creates relationships the graph does not have yet (the caller has
// checked their keys against existing-relationships in the same transaction).
// Parameters: $rows — list of {type: string (relationship type from the vocabulary), from: string,
//             to: string (entity ids), props: map (key included)}.
// Returns: nothing. Endpoints are guaranteed to exist by validation and the same transaction.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
