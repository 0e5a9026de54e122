// Read: events in a date range, ordered by date (undated events last), with their places.
// Parameters: $from, $to ("YYYY-MM-DD" or null); $placeId (null or a place; events held there or in
//   a place inside it); $participantId (null or an entity that took part in or organised the event);
//   $eventTypes (list; empty = all); $skip, $limit.
// Returns: total (matching events), events (list of {event: map, places: list of maps}) for the page.
// Plan: the candidate events come from one of four sources, the others being empty (an index seek
//   with a null bound finds nothing): the participant's own events when $participantId is set; else,
//   with a window, a range seek on the date index of the narrower side (dateTo >= $from or
//   dateFrom <= $to; for a window with both ends, the side nearer the edge of the dated events, read
//   from the two date indexes); else every event (seek over the id index, undated events included).
//   The filters of the original statement then apply to the candidates unchanged.
CALL () {
  // The dated events' first and last day (each one entry of an ordered index scan).
  OPTIONAL MATCH (x:Event) WHERE x.dateFrom IS NOT NULL
  WITH x.dateFrom AS d ORDER BY d LIMIT 1
  RETURN d AS earliest
}
CALL () {
  OPTIONAL MATCH (x:Event) WHERE x.dateTo IS NOT NULL
  WITH x.dateTo AS d ORDER BY d DESC LIMIT 1
  RETURN d AS latest
}
// Which date index narrows the window more (null: no date seek).
WITH CASE
       WHEN $participantId IS NOT NULL OR ($from IS NULL AND $to IS NULL) THEN null
       WHEN $to IS NULL THEN 'dateTo'
       WHEN $from IS NULL THEN 'dateFrom'
       WHEN duration.inDays(date($from), date(latest)).days <= duration.inDays(date(earliest), date($to)).days THEN 'dateTo'
       ELSE 'dateFrom'
     END AS seek
CALL (seek) {
  MATCH (:Entity {id: $participantId})-[:PARTICIPATED_IN|ORGANISED]->(e:Event)
  RETURN e
  UNION
  MATCH (e:Event)
  WHERE e.dateTo >= CASE seek WHEN 'dateTo' THEN $from END
  RETURN e
  UNION
  MATCH (e:Event)
  WHERE e.dateFrom <= CASE seek WHEN 'dateFrom' THEN $to END
  RETURN e
  UNION
  MATCH (e:Event)
  WHERE e.id >= CASE WHEN $participantId IS NULL AND $from IS NULL AND $to IS NULL THEN '' END
  RETURN e
}
WITH e
WHERE ($from IS NULL OR e.dateTo >= $from)
  AND ($to IS NULL OR e.dateFrom <= $to)
  AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
  AND ($placeId IS NULL OR EXISTS { (e)-[:HELD_IN]->(:Place)-[:PART_OF|LOCATED_IN*0..4]->(:Place {id: $placeId}) })
WITH e
ORDER BY e.dateFrom IS NULL, e.dateFrom, e.dateTo, e.name, e.id
WITH collect(e) AS events
RETURN size(events) AS total,
       [e IN events[$skip..($skip + $limit)] | {event: e {.*}, places: [(e)-[:HELD_IN]->(pl:Place) | pl {.*}]}] AS events
