// PROPOSED rewrite of cypher/queries/network/institution-links.cypher (bench/PROFILE.md): same
// parameters and columns. Only the EVENT branch changes: the events of institution i (its own, and
// those of the people affiliated with it) are made DISTINCT before walking to the other side, so an
// event attended by 20 people of a hub is expanded once instead of 20 times, and the other side's
// (event, institution) pairs are made DISTINCT before the aggregation.
// Difference: a person affiliated with both i and j now links them through every event they attend
// (the original needed two different participation relationships on the path).
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})
CALL (i) {
  MATCH (i)<-[:AFFILIATED_WITH]-(p:Person)-[:AFFILIATED_WITH]->(j:Institution)
  WHERE 'PERSON' IN $via AND j <> i
  RETURN j, 'PERSON' AS via, p AS activity
  UNION
  MATCH (i)<-[:AFFILIATED_WITH*0..1]-(a)-[:PARTICIPATED_IN|ORGANISED]->(e:Event)
  WHERE 'EVENT' IN $via
    AND ($from IS NULL OR e.dateTo >= $from)
    AND ($to IS NULL OR e.dateFrom <= $to)
  WITH DISTINCT i, e
  MATCH (e)<-[:PARTICIPATED_IN|ORGANISED]-(b)-[:AFFILIATED_WITH*0..1]->(j:Institution)
  WHERE j <> i
  WITH DISTINCT j, e
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
