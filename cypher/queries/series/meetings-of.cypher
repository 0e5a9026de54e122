// Read: a series — the meetings of a committee (or rounds of a dialogue) in order, each with the
// meeting before and after it as the sources link them (FOLLOWS: later → earlier).
// Parameters: $bodyId (the committee institution or dialogue id).
// Returns: event (map), ordinal (integer or null), evidence (MEETING_OF relationship properties),
//          previousId, nextId (ids or null), position (the ordinal, else the event's own ordinal) and
//          dateFrom: with the event's id, the sort key the series is paged by (keyset cursors).
MATCH (e:Event)-[m:MEETING_OF]->(:Entity {id: $bodyId})
RETURN e {.*} AS event,
       m.ordinal AS ordinal,
       properties(m) AS membership,
       head([(e)-[:FOLLOWS]->(p:Event) | p.id]) AS previousId,
       head([(n:Event)-[:FOLLOWS]->(e) | n.id]) AS nextId,
       coalesce(m.ordinal, e.ordinal) AS position,
       e.dateFrom AS dateFrom
ORDER BY position, dateFrom, e.id
