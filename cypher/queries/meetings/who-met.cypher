// Read: the people a person met, with the meetings as evidence. Two people met when both took part
// (in any role but "contact") in the same meeting-type event, or when a source states they met (MET).
// Parameters: $personId; $otherId (null = everyone, else only that person); $meetingTypes (event
//   types that count as meetings); $eventTypes (list; empty = all meeting types; non-empty excludes
//   stated MET facts, which have no event); $from, $to ("YYYY-MM-DD" or null: the time window, compared
//   with the first/last day each date covers); $placeId (null, or a place: the event was held there or
//   in a place inside it); $afterKey, $beforeKey (sort keys [name, id] of people as this statement
//   returns them, or null), $forward (true: the first $limit people after $afterKey; false: the last
//   $limit before $beforeKey, read backwards), $limit (integer: page size + 1); $detail (true: person, event and place
//   maps with every property, and the evidence; false: maps of id, kind and name only, no evidence —
//   for clients that ask for nothing more).
// Returns: total (number of people met), hasOther (whether people met lie on the other side of the
//   cursor), encounters (list of {key: the sort key [name, id], person: map, meetings: list of
//   {kind, key (a stated meeting's relationship key), event, places, subjectRoles, otherRoles, date,
//   evidence}}) for the slice, people by name (reversed when not $forward).
// Plan: one walk finds every person met, keeping only references (event and both participation
//   relationships, or the MET relationship) per person; people are sorted and paged; the maps (person,
//   event, places, roles, evidence) are built only for the people on the page. A person who met
//   thousands of people costs one walk, not thousands of event and place maps.
MATCH (p:Person {id: $personId})
CALL (p) {
  MATCH (p)-[r1:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(other:Person)
  WHERE other <> p
    AND r1.role <> 'contact' AND r2.role <> 'contact'
    AND ($otherId IS NULL OR other.id = $otherId)
    AND e.eventType IN $meetingTypes
    AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
    AND ($from IS NULL OR e.dateTo >= $from)
    AND ($to IS NULL OR e.dateFrom <= $to)
    AND ($placeId IS NULL OR EXISTS { (e)-[:HELD_IN]->(:Place)-[:PART_OF|LOCATED_IN*0..4]->(:Place {id: $placeId}) })
  RETURN other, [e, r1, r2] AS hit
  UNION ALL
  MATCH (p)-[m:MET]-(other:Person)
  WHERE ($otherId IS NULL OR other.id = $otherId)
    AND size($eventTypes) = 0 AND $placeId IS NULL
    AND ($from IS NULL OR m.dateTo >= $from)
    AND ($to IS NULL OR m.dateFrom <= $to)
  RETURN other, [m] AS hit
}
WITH other, collect(hit) AS hits
WITH other, hits, [coalesce(other.name, ''), other.id] AS key
ORDER BY key
WITH collect([other, hits, key]) AS everyone
WITH everyone, [x IN everyone WHERE ($afterKey IS NULL OR x[2] > $afterKey) AND ($beforeKey IS NULL OR x[2] < $beforeKey)] AS window
WITH size(everyone) AS total,
     coalesce(CASE WHEN $forward THEN any(x IN everyone WHERE x[2] <= $afterKey) ELSE any(x IN everyone WHERE x[2] >= $beforeKey) END, false) AS hasOther,
     CASE WHEN $forward THEN window[0..$limit] ELSE reverse(window)[0..$limit] END AS page
CALL (page) {
  UNWIND range(0, size(page) - 1) AS i
  WITH i, page[i][0] AS other, page[i][1] AS hits, page[i][2] AS key
  CALL (hits) {
    UNWIND hits AS hit
    WITH hit WHERE size(hit) = 3
    WITH hit[0] AS e, collect(DISTINCT hit[1]) AS mine, collect(DISTINCT hit[2]) AS theirs
    RETURN {
      kind: 'EVENT',
      event: CASE WHEN $detail THEN e {.*} ELSE e {.id, .kind, .name} END,
      places: [(e)-[:HELD_IN]->(pl:Place) | CASE WHEN $detail THEN pl {.*} ELSE pl {.id, .kind, .name} END],
      subjectRoles: [r IN mine | r.role],
      otherRoles: [r IN theirs | r.role],
      date: e.date,
      dateFrom: e.dateFrom,
      evidence: CASE WHEN $detail THEN [r IN mine + theirs | properties(r)] ELSE [] END
    } AS meeting
    UNION ALL
    UNWIND hits AS hit
    WITH hit[0] AS m WHERE size(hit) = 1
    RETURN {
      kind: 'STATED', key: m.key, event: null, places: [], subjectRoles: [], otherRoles: [],
      date: m.date, dateFrom: m.dateFrom, evidence: CASE WHEN $detail THEN [properties(m)] ELSE [] END
    } AS meeting
  }
  WITH i, other, key, collect(meeting) AS meetings
  ORDER BY i
  RETURN collect({key: key, person: CASE WHEN $detail THEN other {.*} ELSE other {.id, .kind, .name} END, meetings: meetings}) AS encounters
}
RETURN total, hasOther, encounters
