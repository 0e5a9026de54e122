// Read: events in a date range, ordered by date (undated events last), with their places.
// Parameters: $from, $to ("YYYY-MM-DD" or null); $placeId (null or a place; events held there or in
//   a place inside it); $participantId (null or an entity that took part in or organised the event);
//   $eventTypes (list; empty = all); $afterKey, $beforeKey (sort keys as this statement returns them,
//   or null), $forward (true: the first $limit events after $afterKey; false: the last $limit events
//   before $beforeKey, read backwards), $limit (integer: page size + 1).
// Returns: total (matching events), hasOther (whether matching events lie on the other side of the
//   cursor), events (list of {key, event: map, places: list of maps}) for the slice, in date order
//   (reversed when not $forward); the sort key is [undated, dateFrom, dateTo, name, id].
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
WITH e, [e.dateFrom IS NULL, coalesce(e.dateFrom, ''), coalesce(e.dateTo, ''), coalesce(e.name, ''), e.id] AS key
ORDER BY key
WITH collect({e: e, key: key}) AS events
WITH events, [x IN events WHERE ($afterKey IS NULL OR x.key > $afterKey) AND ($beforeKey IS NULL OR x.key < $beforeKey)] AS window
WITH size(events) AS total,
     coalesce(CASE WHEN $forward THEN any(x IN events WHERE x.key <= $afterKey) ELSE any(x IN events WHERE x.key >= $beforeKey) END, false) AS hasOther,
     CASE WHEN $forward THEN window[0..$limit] ELSE reverse(window)[0..$limit] END AS slice
CALL (slice) {
  UNWIND range(0, size(slice) - 1) AS i
  WITH i, slice[i].e AS e, slice[i].key AS key
  ORDER BY i
  RETURN collect({key: key, event: e {.*}, places: [(e)-[:HELD_IN]->(pl:Place) | pl {.*}]}) AS events
}
RETURN total, hasOther, events
