// Bench floor (not the product's cypher/): the cooperation priorities a project serves, with the
// chains that link them — the question the API's projectPriorities(projectId, first: 100) answers,
// written directly as one statement.
// Same rules as the API: a chain walks from the project up to 3 hops over ADDRESSES, SUPPORTS,
// CONCERNS, AGREED, ATTACHED_TO, MEETING_OF, ORGANISED or PARTICIPATED_IN, in any direction, through
// dialogues, documents and events only, no node twice, to a setter of SETS_PRIORITY (or the project
// ADDRESSES the area itself); a chain that crosses a hop no source states into or out of a dialogue is
// kept only when the project states it ADDRESSES the area or a narrower one (up to 3 levels); per
// (area, setter) only the shortest chains, at most 3; sorted by tier (flagship, ongoing, potential;
// any other first), length, area name, setter id. Counted, the first $first kept.
// Parameters: $projectId; $first (page size).
// Returns: total (chains), page (list of {tier, stated, length, priority: {id, name}, setBy: {id, name},
//   hops: [{type, forward}]}).
MATCH (p:Project {id: $projectId})
CALL (p) {
  MATCH path = (p) (()-[:ADDRESSES|SUPPORTS|CONCERNS|AGREED|ATTACHED_TO|MEETING_OF|ORGANISED|PARTICIPATED_IN]-(:Dialogue|Document|Event)){0,3} (setter)-[sp:SETS_PRIORITY]->(area:ResearchArea)
  WHERE all(i IN range(0, size(nodes(path)) - 2) WHERE NOT nodes(path)[i] IN nodes(path)[(i + 1)..])
  RETURN path, setter, sp, area
  UNION
  MATCH path = (p)-[:ADDRESSES]->(area:ResearchArea)<-[sp:SETS_PRIORITY]-(setter)
  RETURN path, setter, sp, area
}
WITH p, path, setter, sp, area, [n IN nodes(path) WHERE n.kind = 'Dialogue'] AS dialogues
WHERE NOT (any(r IN relationships(path) WHERE coalesce(r.stated, false) <> true AND (startNode(r) IN dialogues OR endNode(r) IN dialogues))
           AND NOT EXISTS { (p)-[:ADDRESSES {stated: true}]->(:ResearchArea)-[:NARROWER_THAN]->{0,3}(area) })
WITH area, setter, length(path) AS length, collect({path: path, tier: sp.tier}) AS chains
ORDER BY length
WITH area, setter, head(collect([length, chains[0..3]])) AS shortest
UNWIND shortest[1] AS chain
WITH area, setter, shortest[0] AS length, chain.tier AS tier, chain.path AS path
ORDER BY CASE tier WHEN 'flagship' THEN 0 WHEN 'ongoing' THEN 1 WHEN 'potential' THEN 2 ELSE -1 END, length, area.name, setter.id
WITH collect({
  tier: tier, length: length, priority: area {.id, .name}, setBy: setter {.id, .name},
  stated: all(r IN relationships(path) WHERE r.stated = true),
  hops: [i IN range(0, length - 1) | {type: type(relationships(path)[i]), forward: startNode(relationships(path)[i]) = nodes(path)[i]}]
}) AS chains
RETURN size(chains) AS total, chains[0..$first] AS page
