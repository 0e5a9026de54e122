// Read: how many relationships each of a batch of entities has (DataLoader for Entity.degree: the
// "N more" of a capped expansion), optionally only some types and one direction. Counts the same
// relationships as relations-of (the other end an Entity), so degree equals relations' totalCount.
// Parameters: $requests (list of {id: entity id, direction: "BOTH" | "OUTGOING" | "INCOMING"}),
//             $types (list of relationship types; empty = all).
// Returns: one row per request whose entity exists — index (the request's position in $requests),
//          degree (integer).
UNWIND range(0, size($requests) - 1) AS index
WITH index, $requests[index] AS request
MATCH (n:Entity {id: request.id})
RETURN index, COUNT {
  MATCH (n)-[r]-(:Entity)
  WHERE (size($types) = 0 OR type(r) IN $types)
    AND (request.direction = 'BOTH' OR (startNode(r) = n) = (request.direction = 'OUTGOING'))
} AS degree
