// PROPOSED rewrite of cypher/queries/meetings/who-met.cypher (bench/PROFILE.md): same parameters,
// columns and answer. Finds the people met first (ids only), sorts and pages them, and builds the
// meeting maps (the event with all its properties, its places, both people's roles and evidence)
// only for the people on the requested page. The original builds them for every meeting of every
// person met before keeping one page: for an active person that is thousands of event and place
// maps per request, of which 20 people's are returned.
CALL () {
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
    RETURN other
    UNION
    MATCH (p)-[m:MET]-(other:Person)
    WHERE ($otherId IS NULL OR other.id = $otherId)
      AND size($eventTypes) = 0 AND $placeId IS NULL
      AND ($from IS NULL OR m.dateTo >= $from)
      AND ($to IS NULL OR m.dateFrom <= $to)
    RETURN other
  }
  RETURN other
}
WITH other
ORDER BY other.name, other.id
WITH collect(other) AS everyone
MATCH (p:Person {id: $personId})
CALL (p, everyone) {
  UNWIND everyone[$skip..($skip + $limit)] AS other
  CALL (p, other) {
    MATCH (p)-[r1:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(other)
    WHERE r1.role <> 'contact' AND r2.role <> 'contact'
      AND e.eventType IN $meetingTypes
      AND (size($eventTypes) = 0 OR e.eventType IN $eventTypes)
      AND ($from IS NULL OR e.dateTo >= $from)
      AND ($to IS NULL OR e.dateFrom <= $to)
      AND ($placeId IS NULL OR EXISTS { (e)-[:HELD_IN]->(:Place)-[:PART_OF|LOCATED_IN*0..4]->(:Place {id: $placeId}) })
    WITH e, collect(DISTINCT r1) AS mine, collect(DISTINCT r2) AS theirs
    RETURN {
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
    MATCH (p)-[m:MET]-(other)
    WHERE size($eventTypes) = 0 AND $placeId IS NULL
      AND ($from IS NULL OR m.dateTo >= $from)
      AND ($to IS NULL OR m.dateFrom <= $to)
    RETURN {
      kind: 'STATED', event: null, places: [], subjectRoles: [], otherRoles: [],
      date: m.date, dateFrom: m.dateFrom, evidence: [properties(m)]
    } AS meeting
  }
  WITH other, collect(meeting) AS meetings
  ORDER BY other.name, other.id
  RETURN collect({person: other {.*}, meetings: meetings}) AS encounters
}
RETURN size(everyone) AS total, encounters
