// Read: for a frontier of institutions, the institutions each is connected to and through what:
//   PERSON    — the same person is affiliated with both;
//   EVENT     — both took part in (or organised) the same event, directly or through a person
//               affiliated with them (one person affiliated with both links them too); as in
//               who-met, a "contact" named for an event never links;
//   PROJECT   — both are partners in the same project;
//   AGREEMENT — both are parties to the same agreement or document;
//   HIERARCHY — one is part of the other.
// Parameters: $ids (frontier institution ids); $via (list of the kinds above to use); $from, $to
//   ("YYYY-MM-DD" or null: the time window; dated events, projects and documents outside it are left
//   out; undated ones are kept and returned with dated = false, for the caller to keep apart);
//   what to ship (booleans): $detail (`to` with every property; else id, kind and name), $activities
//   (each activity's name, kind and date; else id and dated), $stated (each activity's `stated` when
//   its links are not shipped; else null), $evidence (each activity's links; else []).
// Returns: fromId, to (map of the other institution), via, activities (list of {activity: map of id,
//   name, kind, date, startDate, inferredDateFields, inferredDateReasons (which dates a curator
//   inferred, and why), dated; stated: true when every relationship that makes the link is stated
//   (with $evidence the caller reads it from the links);
//   links: the relationships that make the link, each as a map of stated and the evidence lists}).
UNWIND $ids AS iid
MATCH (i:Institution {id: iid})
CALL (i) {
  MATCH (i)<-[r1:AFFILIATED_WITH]-(p:Person)-[r2:AFFILIATED_WITH]->(j:Institution)
  WHERE 'PERSON' IN $via AND j <> i
  RETURN j, 'PERSON' AS via, p AS activity, [r1, r2] AS links
  UNION ALL
  // EVENT in two steps: first each event i takes part in (itself or through its people) once, with
  // i's side of the links; then the event's other side. One MATCH over both sides cannot use a
  // participation twice, so a person affiliated with i and j who was j's only way to the event could
  // not stand on both sides, and the event was lost (issue 18); walking from every participation of
  // i's people also repeated the event's expansion once per participation.
  MATCH (i)<-[ai:AFFILIATED_WITH*0..1]-()-[ra:PARTICIPATED_IN|ORGANISED]->(e:Event)
  WHERE 'EVENT' IN $via AND coalesce(ra.role, '') <> 'contact'
    AND ($from IS NULL OR e.dateTo IS NULL OR e.dateTo >= $from)
    AND ($to IS NULL OR e.dateFrom IS NULL OR e.dateFrom <= $to)
  WITH i, e, collect(ai + [ra]) AS mine
  MATCH (e)<-[rb:PARTICIPATED_IN|ORGANISED]-(b)-[bj:AFFILIATED_WITH*0..1]->(j:Institution)
  WHERE j <> i AND coalesce(rb.role, '') <> 'contact'
  WITH e, mine, j, collect(bj + [rb]) AS theirs
  RETURN j, 'EVENT' AS via, e AS activity, reduce(both = [], chain IN mine + theirs | both + chain) AS links
  UNION ALL
  MATCH (i)-[r1:PARTNER_IN]->(pr:Project)<-[r2:PARTNER_IN]-(j:Institution)
  WHERE 'PROJECT' IN $via AND j <> i
    AND ($from IS NULL OR pr.dateTo IS NULL OR pr.dateTo >= $from)
    AND ($to IS NULL OR pr.dateFrom IS NULL OR pr.dateFrom <= $to)
  RETURN j, 'PROJECT' AS via, pr AS activity, [r1, r2] AS links
  UNION ALL
  MATCH (i)-[r1:PARTY_TO]->(d:Document)<-[r2:PARTY_TO]-(j:Institution)
  WHERE 'AGREEMENT' IN $via AND j <> i
    AND ($from IS NULL OR d.dateTo IS NULL OR d.dateTo >= $from)
    AND ($to IS NULL OR d.dateFrom IS NULL OR d.dateFrom <= $to)
  RETURN j, 'AGREEMENT' AS via, d AS activity, [r1, r2] AS links
  UNION ALL
  MATCH (i)-[r:PART_OF]-(j:Institution)
  WHERE 'HIERARCHY' IN $via
  RETURN j, 'HIERARCHY' AS via, null AS activity, [r] AS links
}
UNWIND links AS link
WITH i, j, via, activity, collect(DISTINCT link) AS links
WITH i, j, via, collect({
  activity: CASE WHEN activity IS NULL THEN null
                 WHEN $activities THEN activity {.id, .name, .kind, .date, .startDate, .inferredDateFields, .inferredDateReasons, dated: activity.dateFrom IS NOT NULL}
                 ELSE activity {.id, dated: activity.dateFrom IS NOT NULL} END,
  stated: CASE WHEN $stated AND NOT $evidence THEN size(links) > 0 AND all(r IN links WHERE r.stated = true) END,
  links: CASE WHEN $evidence THEN [r IN links | r {.stated, .evidenceSources, .evidenceQuotes, .evidenceInferred, .evidenceCurated}] ELSE [] END
}) AS activities
RETURN i.id AS fromId, CASE WHEN $detail THEN j {.*} ELSE j {.id, .kind, .name} END AS to, via, activities
ORDER BY fromId, to.id, via
