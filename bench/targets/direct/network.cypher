// Bench floor (not the product's cypher/): the institutions linked to one institution, $depth (1 or 2)
// levels deep, with edges weighted by shared activities — the question the API's
// institutionNetwork(institutionId, depth) answers with its defaults (every kind of link, no time
// window, maxNodes 200, first 1000 edges), written directly as one statement.
// Same rules as the API: i and j are linked by a person affiliated with both (PERSON); an event both
// took part in or organised, themselves or through a person affiliated with them, "contact" roles
// never count (EVENT: each event i reaches is found once, then its other side, so one person
// affiliated with both links them); a project both are partners in (PROJECT); a document both are
// parties to (AGREEMENT); PART_OF either way (HIERARCHY). An edge's weight is the number of distinct
// shared activities (a person, event, project or document; a HIERARCHY link counts once).
// Breadth-first as the API walks it: level 1 = the neighbours by id, at most $maxNodes - 1; level 2
// (only when level 1 left room) = the new neighbours of level 1, in the order of their first link
// (lowest level-1 id, then own id), up to $maxNodes in all; truncated when some were left out or the
// cap stopped the walk. Edges: every link from an institution of a level below $depth to one kept.
// Parameters: $institutionId; $depth (1 or 2); $maxNodes (200); $maxEdges (1000).
// Returns: truncated, nodes (list of {id, name, depth}), totalEdges, edges (first $maxEdges by weight
//   descending, then ids: list of {source, target, weight, via}; source < target).
MATCH (c:Institution {id: $institutionId})
OPTIONAL CALL (c) {
  MATCH (c)<-[:AFFILIATED_WITH]-(x:Person)-[:AFFILIATED_WITH]->(j:Institution)
  RETURN j, 'PERSON' AS via, x.id AS act
  UNION
  MATCH (c)<-[:AFFILIATED_WITH*0..1]-()-[r:PARTICIPATED_IN|ORGANISED]->(x:Event)
  WHERE coalesce(r.role, '') <> 'contact'
  WITH DISTINCT x
  MATCH (x)<-[r:PARTICIPATED_IN|ORGANISED]-()-[:AFFILIATED_WITH*0..1]->(j:Institution)
  WHERE coalesce(r.role, '') <> 'contact'
  RETURN j, 'EVENT' AS via, x.id AS act
  UNION
  MATCH (c)-[:PARTNER_IN]->(x:Project)<-[:PARTNER_IN]-(j:Institution)
  RETURN j, 'PROJECT' AS via, x.id AS act
  UNION
  MATCH (c)-[:PARTY_TO]->(x:Document)<-[:PARTY_TO]-(j:Institution)
  RETURN j, 'AGREEMENT' AS via, x.id AS act
  UNION
  MATCH (c)-[:PART_OF]-(j:Institution)
  RETURN j, 'HIERARCHY' AS via, '' AS act
}
WITH c, j, collect(DISTINCT [via, act]) AS acts
WHERE j IS NULL OR j <> c
ORDER BY j.id
WITH c, collect(CASE WHEN j IS NOT NULL THEN {j: j, acts: acts} END) AS level1
WITH c, level1[0..$maxNodes - 1] AS kept, size(level1) > $maxNodes - 1 AS cut1
// Level 2: the links of every level-1 institution (as level 1, from each of them).
OPTIONAL CALL (c, kept) {
  WITH kept WHERE $depth >= 2 AND size(kept) + 1 < $maxNodes
  UNWIND kept AS k
  WITH k.j AS i
  CALL (i) {
    MATCH (i)<-[:AFFILIATED_WITH]-(x:Person)-[:AFFILIATED_WITH]->(j:Institution)
    RETURN j, 'PERSON' AS via, x.id AS act
    UNION
    MATCH (i)<-[:AFFILIATED_WITH*0..1]-()-[r:PARTICIPATED_IN|ORGANISED]->(x:Event)
    WHERE coalesce(r.role, '') <> 'contact'
    WITH DISTINCT x
    MATCH (x)<-[r:PARTICIPATED_IN|ORGANISED]-()-[:AFFILIATED_WITH*0..1]->(j:Institution)
    WHERE coalesce(r.role, '') <> 'contact'
    RETURN j, 'EVENT' AS via, x.id AS act
    UNION
    MATCH (i)-[:PARTNER_IN]->(x:Project)<-[:PARTNER_IN]-(j:Institution)
    RETURN j, 'PROJECT' AS via, x.id AS act
    UNION
    MATCH (i)-[:PARTY_TO]->(x:Document)<-[:PARTY_TO]-(j:Institution)
    RETURN j, 'AGREEMENT' AS via, x.id AS act
    UNION
    MATCH (i)-[:PART_OF]-(j:Institution)
    RETURN j, 'HIERARCHY' AS via, '' AS act
  }
  WITH i, j, collect(DISTINCT [via, act]) AS acts
  WHERE j <> i
  RETURN collect({f: i.id, j: j, acts: acts}) AS level2
}
WITH c, kept, cut1, coalesce(level2, []) AS level2, [c.id] + [k IN kept | k.j.id] AS known
// The new institutions of level 2, in the order of their first link; as many as the cap allows.
CALL (level2, known) {
  UNWIND level2 AS l
  WITH l WHERE NOT l.j.id IN known
  WITH l.j AS j, min(l.f) AS first
  ORDER BY first, j.id
  RETURN collect(j) AS fresh
}
WITH c, kept, level2, known, fresh[0..$maxNodes - size(known)] AS added,
     cut1 OR ($depth >= 2 AND size(kept) + 1 >= $maxNodes) OR size(fresh) > $maxNodes - size(known) AS truncated
WITH c, truncated, known + [j IN added | j.id] AS ids,
     [{id: c.id, name: c.name, depth: 0}] + [k IN kept | {id: k.j.id, name: k.j.name, depth: 1}] + [j IN added | {id: j.id, name: j.name, depth: 2}] AS nodes,
     [k IN kept | {a: c.id, b: k.j.id, acts: k.acts}] + [l IN level2 | {a: l.f, b: l.j.id, acts: l.acts}] AS links
CALL (links, ids) {
  UNWIND links AS l
  WITH l WHERE l.b IN ids
  WITH CASE WHEN l.a < l.b THEN l.a ELSE l.b END AS source, CASE WHEN l.a < l.b THEN l.b ELSE l.a END AS target, l.acts AS acts
  WITH source, target, head(collect(acts)) AS acts
  ORDER BY size(acts) DESC, source, target
  WITH collect({source: source, target: target, weight: size(acts), via: reduce(v = [], a IN acts | CASE WHEN a[0] IN v THEN v ELSE v + a[0] END)}) AS edges
  RETURN edges
}
RETURN truncated, nodes, size(edges) AS totalEdges, edges[0..$maxEdges] AS edges
