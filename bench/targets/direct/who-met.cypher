// Bench floor (not the product's cypher/): who met the person in a time window — the question the
// API's whoMet(personId, from, to, first: 20) answers, written directly as one statement.
// Same rules as the API: two people met when both took part (in any role but "contact") in the same
// meeting-type event whose dates overlap the window, or when a source states they met (MET) within it;
// people sorted by name then id, counted, the first $first kept, each with the meetings' events, dates,
// places and both sides' roles.
// Parameters: $personId; $from, $to (first and last day of the window, "YYYY-MM-DD", as toWindow makes
//   them; required); $meetingTypes (the event types that count as meetings); $first (page size).
// Returns: total (people met), page (list of {id, name, meetings: [{event: {id, name}, date, places,
//   mine, theirs}]}).
MATCH (p:Person {id: $personId})
CALL (p) {
  MATCH (p)-[r1:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(o:Person)
  WHERE o <> p AND r1.role <> 'contact' AND r2.role <> 'contact'
    AND e.eventType IN $meetingTypes AND e.dateTo >= $from AND e.dateFrom <= $to
  WITH o, e, collect(DISTINCT r1) AS mine, collect(DISTINCT r2) AS theirs
  RETURN o, {event: e {.id, .name}, date: e.date, places: [(e)-[:HELD_IN]->(pl:Place) | pl.name],
             mine: [r IN mine | r.role], theirs: [r IN theirs | r.role]} AS meeting
  UNION ALL
  MATCH (p)-[m:MET]-(o:Person)
  WHERE m.dateTo >= $from AND m.dateFrom <= $to
  RETURN o, {event: null, date: m.date, places: [], mine: [], theirs: []} AS meeting
}
WITH o, collect(meeting) AS meetings
ORDER BY coalesce(o.name, ''), o.id
WITH collect(o {.id, .name, meetings: meetings}) AS people
RETURN size(people) AS total, people[0..$first] AS page
