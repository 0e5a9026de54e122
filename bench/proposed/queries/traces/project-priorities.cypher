// PROPOSED rewrite of cypher/queries/traces/project-priorities.cypher (bench/PROFILE.md): same
// parameters, rows and columns. The chain is a quantified path pattern that starts at the project and
// checks "only dialogues, documents and events in between" on every node as it expands, so the walk
// is pruned at people, institutions, other projects and research areas. The original is planned the
// other way round: every SETS_PRIORITY relationship of the whole graph (NodeByLabelScan of
// ResearchArea, Expand to the setters), then a 0..3-hop VarLengthExpand(Into) from the project to
// each setter, filtered afterwards — its cost grows with the number of priority setters in the graph,
// not with the project's neighbourhood.
MATCH (p:Project {id: $projectId})
CALL (p) {
  MATCH path = (p) (()-[:ADDRESSES|SUPPORTS|CONCERNS|AGREED|ATTACHED_TO|MEETING_OF|ORGANISED|PARTICIPATED_IN]-(n WHERE n:Dialogue OR n:Document OR n:Event)){0,3} (setter)-[sp:SETS_PRIORITY]->(area:ResearchArea)
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
