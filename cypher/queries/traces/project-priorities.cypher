// Read: the cooperation priorities a project serves and every chain that links them. A priority is a
// research area that a document or meeting sets (SETS_PRIORITY, with its tier). A chain starts at the
// project and walks up to 3 hops over ADDRESSES, SUPPORTS, CONCERNS, AGREED, ATTACHED_TO, MEETING_OF,
// ORGANISED or PARTICIPATED_IN, through policy dialogues, documents and events only (no person,
// institution, other project or research area in between), to the setter,
// then its SETS_PRIORITY hop; or the project ADDRESSES the area itself.
// Parameters: $projectId;
//   $detail (true: entity maps with every property and every relationship property; false: entity
//   maps of id, kind and name, and of each relationship only `stated`, `key` and `inferred` (a quote with an
//   inference) — for clients that ask for no more).
// Returns: areaId, tier, setterId, addressed (ids of the areas a source says the project addresses,
//   and their broader areas), nodes (entity maps, project first, area last), hops ({type, from, to, props}).
// Plan: the chain is a quantified path pattern with the "dialogues, documents and events only" rule
//   on each node it reaches, so the walk from the project is pruned as it expands (instead of every
//   SETS_PRIORITY of the graph joined to a 0..3-hop expansion filtered afterwards).
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
       COLLECT { MATCH (p)-[ad:ADDRESSES WHERE ad.stated]->(:ResearchArea)-[:NARROWER_THAN]->{0,3}(a:ResearchArea) RETURN DISTINCT a.id } AS addressed,
       [n IN nodes(path) | CASE WHEN $detail THEN n {.*} ELSE n {.id, .kind, .name} END] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: CASE WHEN $detail THEN properties(r) ELSE r {.stated, .key, inferred: any(x IN coalesce(r.evidenceInferred, []) WHERE x <> '')} END}] AS hops
ORDER BY size(hops), areaId, setterId
