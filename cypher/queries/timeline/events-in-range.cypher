// Read: events in a date range, ordered by date (undated events last), with their places.
// Parameters: $from, $to ("YYYY-MM-DD" or null); $placeId (null or a place; events held there or in
//   a place inside it); $participantId (null or an entity that took part in or organised the event);
//   $eventTypes (list; empty = all); $skip, $limit.
// Returns: total (matching events), events (list of {event: map, places: list of maps}) for the page.
MATCH (e:Event)
WHERE ($from IS NULL OR e.dateTo >= $from)
  AND ($to IS NULL OR e.dateFrom <= $to)
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
  AND ($placeId IS NULL OR EXISTS { (e)-[:HELD_IN]->(:Place)-[:PART_OF|LOCATED_IN*0..4]->(:Place {id: $placeId}) })
  AND ($participantId IS NULL OR EXISTS { (e)<-[:PARTICIPATED_IN|ORGANISED]-(:Entity {id: $participantId}) })
WITH e
ORDER BY e.dateFrom IS NULL, e.dateFrom, e.dateTo, e.name, e.id
WITH collect(e) AS events
RETURN size(events) AS total,
       [e IN events[$skip..($skip + $limit)] | {event: e {.*}, places: [(e)-[:HELD_IN]->(pl:Place) | pl {.*}]}] AS events
