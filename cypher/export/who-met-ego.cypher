// Read (exports): a person's who-met ego network: the person, the people they met and the meetings
// that link them — co-participation in a meeting-type event in any role but contact (the same rule
// as queries/meetings/who-met), or a stated MET — optionally within a time window.
// Parameters: $personId, $meetingTypes (list of event types), $from, $to ("YYYY-MM-DD" or null).
// Returns: found (false when no such person), ids (the selection's entity ids).
OPTIONAL MATCH (p:Person {id: $personId})
OPTIONAL CALL (p) {
  MATCH (p)-[r1:PARTICIPATED_IN]->(e:Event)<-[r2:PARTICIPATED_IN]-(o:Person)
  WHERE o <> p AND coalesce(r1.role, '') <> 'contact' AND coalesce(r2.role, '') <> 'contact'
    AND e.eventType IN $meetingTypes
    AND ($from IS NULL OR (e.dateFrom <= $to AND coalesce(e.dateTo, '9999-12-31') >= $from))
  RETURN [e.id, o.id] AS pair
  UNION
  MATCH (p)-[m:MET]-(o:Person)
  WHERE $from IS NULL OR m.dateFrom IS NULL OR (m.dateFrom <= $to AND coalesce(m.dateTo, '9999-12-31') >= $from)
  RETURN [o.id] AS pair
}
WITH p, collect(pair) AS pairs
RETURN p IS NOT NULL AS found,
       CASE WHEN p IS NULL THEN [] ELSE [p.id] + reduce(acc = [], x IN pairs | acc + x) END AS ids
