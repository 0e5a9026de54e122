// PROPOSED rewrite of cypher/queries/traces/project-priorities.cypher (bench/PROFILE.md): same
// parameters, rows and columns. The chain is a quantified path pattern that starts at the project and
// checks "no project and no research area in between" on every node as it expands (the original
// expanded every 0..3-hop path into each priority setter, then filtered), so the walk is pruned at
// other projects and at research areas (hubs that hundreds of projects and events ADDRESS).
MATCH (p:Project {id: $projectId})
CALL (p) {
  MATCH path = (p) (()-[:ADDRESSES|SUPPORTS|CONCERNS|AGREED|ATTACHED_TO|MEETING_OF|ORGANISED|PARTICIPATED_IN]-(n WHERE NOT n:Project AND NOT n:ResearchArea)){0,3} (setter)-[sp:SETS_PRIORITY]->(area:ResearchArea)
  WHERE all(i IN range(0, size(nodes(path)) - 2) WHERE NOT nodes(path)[i] IN nodes(path)[(i + 1)..])
  RETURN path, setter, sp, area
  UNION
  MATCH path = (p)-[:ADDRESSES]->(area:ResearchArea)<-[sp:SETS_PRIORITY]-(setter)
  RETURN path, setter, sp, area
}
RETURN area.id AS areaId, sp.tier AS tier, setter.id AS setterId,
       [n IN nodes(path) | n {.*}] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS hops
ORDER BY size(hops), areaId, setterId
