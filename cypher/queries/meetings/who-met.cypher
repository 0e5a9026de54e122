// Read: the people a person met, with the meetings as evidence. Two people met when both took part
// (in any role but "contact") in the same meeting-type event, or when a source states they met (MET).
// Parameters: $personId; $otherId (null = everyone, else only that person); $meetingTypes (event
//   types that count as meetings); $eventTypes (list; empty = all meeting types; non-empty excludes
//   stated MET facts, which have no event); $from, $to ("YYYY-MM-DD" or null: the time window, compared
//   with the first/last day each date covers); $placeId (null, or a place: the event was held there or
//   in a place inside it); $skip, $limit (page of people).
// Returns: total (number of people met), encounters (list of {person: map, meetings: list of
//   {kind, event, places, subjectRoles, otherRoles, date, evidence}}) for the page, people by name.
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
  WITH other, e, collect(DISTINCT r1) AS mine, collect(DISTINCT r2) AS theirs
  RETURN other, {
    kind: 'EVENT',
    event: e {.*},
    places: [(e)-[:HELD_IN]->(pl:Place) | pl {.*}],
    subjectRoles: [r IN mine | r.role],
    otherRoles: [r IN theirs | r.role],
    date: e.date,
    dateFrom: e.dateFrom,
    evidence: [r IN mine + theirs | properties(r)]
  } AS meeting
  UNION
  MATCH (p)-[m:MET]-(other:Person)
  WHERE ($otherId IS NULL OR other.id = $otherId)
    AND size($eventTypes) = 0 AND $placeId IS NULL
    AND ($from IS NULL OR m.dateTo >= $from)
    AND ($to IS NULL OR m.dateFrom <= $to)
  RETURN other, {
    kind: 'STATED', event: null, places: [], subjectRoles: [], otherRoles: [],
    date: m.date, dateFrom: m.dateFrom, evidence: [properties(m)]
  } AS meeting
}
WITH other, collect(meeting) AS meetings
ORDER BY other.name, other.id
WITH collect({person: other {.*}, meetings: meetings}) AS encounters
RETURN size(encounters) AS total, encounters[$skip..($skip + $limit)] AS encounters
