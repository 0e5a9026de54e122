// Read: the reverse trace — for a research area that is a cooperation priority, the projects and
// events that trace to it, each with its chain (same hop rules as project-priorities, walked from
// the priority's setter outwards through dialogues, documents and events only; a project or event may
// also ADDRESS the area itself).
// Parameters: $areaId; $targetKinds (list of "Project"/"Event"; empty = both);
//   $detail (true: entity maps with every property and every relationship property; false: entity
//   maps of id, kind and name, and of each relationship only `stated`, `key` and `inferred` (a quote with an
//   inference) — for clients that ask for no more).
// Returns: targetId, areaId, tier, setterId, addressed (ids of the areas a source says the target
//   addresses, and their broader areas), nodes (entity maps, target first, area last), hops ({type, from, to, props}).
// Plan: the chain is a quantified path pattern with the "dialogues, documents and events only" rule
//   on each node it reaches, walked from the bound setter, so the walk is pruned as it expands.
MATCH (area:ResearchArea {id: $areaId})<-[sp:SETS_PRIORITY]-(setter)
CALL (area, sp, setter) {
  MATCH path = (target) (()-[:ADDRESSES|SUPPORTS|CONCERNS|AGREED|ATTACHED_TO|MEETING_OF|ORGANISED|PARTICIPATED_IN]-(n WHERE n:Dialogue OR n:Document OR n:Event)){0,3} (setter)-[sp]->(area)
  WHERE (target:Project OR target:Event)
    AND all(i IN range(0, size(nodes(path)) - 2) WHERE NOT nodes(path)[i] IN nodes(path)[(i + 1)..])
  RETURN target, path
  UNION
  MATCH path = (target)-[:ADDRESSES]->(area)<-[sp]-(setter)
  WHERE target:Project OR target:Event
  RETURN target, path
}
WITH target, sp, setter, path, area
WHERE size($targetKinds) = 0 OR target.kind IN $targetKinds
RETURN target.id AS targetId, area.id AS areaId, sp.tier AS tier, setter.id AS setterId,
       COLLECT { MATCH (target)-[ad:ADDRESSES WHERE ad.stated]->(:ResearchArea)-[:NARROWER_THAN]->{0,3}(a:ResearchArea) RETURN DISTINCT a.id } AS addressed,
       [n IN nodes(path) | CASE WHEN $detail THEN n {.*} ELSE n {.id, .kind, .name} END] AS nodes,
       [r IN relationships(path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: CASE WHEN $detail THEN properties(r) ELSE r {.stated, .key, inferred: any(x IN coalesce(r.evidenceInferred, []) WHERE x <> '')} END}] AS hops
ORDER BY size(hops), targetId, setterId
