// Read: for a frontier of institutions, the institutions each is connected to and through what:
//   PERSON    — the same person is affiliated with both;
//   EVENT     — both took part in (or organised) the same event, directly or through a person
//               affiliated with them;
//   PROJECT   — both are partners in the same project;
//   AGREEMENT — both are parties to the same agreement or document;
//   HIERARCHY — one is part of the other.
// Parameters: $ids (frontier institution ids); $via (list of the kinds above to use); $from, $to
//   ("YYYY-MM-DD" or null: only events, and dated activities, overlapping the window).
// Returns: fromId, to (map of the other institution), via, activities (list of {id, name, kind, date}).
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})
CALL (i) {
  MATCH (i)<-[:AFFILIATED_WITH]-(p:Person)-[:AFFILIATED_WITH]->(j:Institution)
  WHERE 'PERSON' IN $via AND j <> i
  RETURN j, 'PERSON' AS via, p AS activity
  UNION
  MATCH (i)<-[:AFFILIATED_WITH*0..1]-(a)-[:PARTICIPATED_IN|ORGANISED]->(e:Event)<-[:PARTICIPATED_IN|ORGANISED]-(b)-[:AFFILIATED_WITH*0..1]->(j:Institution)
  WHERE 'EVENT' IN $via AND j <> i
    AND ($from IS NULL OR e.dateTo >= $from)
    AND ($to IS NULL OR e.dateFrom <= $to)
  RETURN j, 'EVENT' AS via, e AS activity
  UNION
  MATCH (i)-[:PARTNER_IN]->(pr:Project)<-[:PARTNER_IN]-(j:Institution)
  WHERE 'PROJECT' IN $via AND j <> i
    AND ($from IS NULL OR pr.dateTo IS NULL OR pr.dateTo >= $from)
    AND ($to IS NULL OR pr.dateFrom IS NULL OR pr.dateFrom <= $to)
  RETURN j, 'PROJECT' AS via, pr AS activity
  UNION
  MATCH (i)-[:PARTY_TO]->(d:Document)<-[:PARTY_TO]-(j:Institution)
  WHERE 'AGREEMENT' IN $via AND j <> i
  RETURN j, 'AGREEMENT' AS via, d AS activity
  UNION
  MATCH (i)-[:PART_OF]-(j:Institution)
  WHERE 'HIERARCHY' IN $via
  RETURN j, 'HIERARCHY' AS via, null AS activity
}
WITH i, j, via, collect(DISTINCT activity) AS activities
RETURN i.id AS fromId, j {.*} AS to, via,
       [a IN activities | a {.id, .name, .kind, .date}] AS activities
ORDER BY fromId, to.id, via
