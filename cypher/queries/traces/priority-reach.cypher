// Read: the reverse trace — for a research area that is a cooperation priority, the projects and
// events that trace to it, each with its chain (same hop rules as project-priorities, walked from
// the priority's setter outwards through dialogues, documents and events only; a project or event may
// also ADDRESS the area itself), filtered, cut to the shortest chains and paged by sort key.
// The rules (as project-priorities):
//   - fan-out: a chain with a hop no source states (stated is not true) touching a policy dialogue is
//     kept only when a source says the origin ADDRESSES the area or a narrower one (0..3 NARROWER_THAN);
//   - filters: $tiers, $setBy, $statedOnly (every hop stated), $targetKinds;
//   - per (origin, area, setter) only the shortest chains, at most 3 (with more than 3 equally short,
//     the first 3 by their relationships' keys).
// Parameters: $areaId; $targetKinds (list of "Project"/"Event"; empty = both); $tiers (list; empty =
//   all); $setBy (a document or event id, or null); $statedOnly (boolean); $afterKey, $beforeKey (sort
//   keys of traces as the API's cursors hold them, or null); $forward (true: the first traces after
//   $afterKey; false: the last before $beforeKey, read backwards); $limit (integer: page size + 1);
//   $detail (true: entity maps with every property and every relationship property; false: entity
//   maps of id, kind and name, and of each relationship only `stated`, `key` and `inferred` (a quote
//   with an inference) — for clients that ask for no more).
// Returns: total (traces after the rules and filters); before (traces whose key is before the group of
//   $afterKey: 0 without it), beyond (traces whose key is after $beforeKey: 0 without it); bounds (the
//   traces of the cursors' groups, slim: {key, nodes, hops}); traces (the slice: {key, tier, areaId,
//   setterId, nodes (origin first), hops ({type, from, to, props})}, in paging direction).
// Keys: a trace's sort key is [tier rank, chain length, priority name, setter id, origin id, trace id]
//   where the trace id ends with a digest of its hops that only the repository computes. This statement
//   keys by the group [tier rank, length, name, setter id, origin id, "trace:<origin>|<area>|<setter>|"]
//   (at most 3 traces each; outside a cursor's group the group key orders as the full key does). The
//   cursors' own groups are ambiguous here: the window keeps them whole, `bounds` returns them, and the
//   repository orders them by full key. The slice is $limit + 3 traces, completed to a whole group.
// Plan: the chain is a quantified path pattern with the "dialogues, documents and events only" rule
//   on each node it reaches, walked from the bound setter, so the walk is pruned as it expands. Every
//   chain is kept as references (path, setter, area) until the page is cut: the maps are built for the
//   slice only.
MATCH (area:ResearchArea {id: $areaId})<-[sp:SETS_PRIORITY]-(setter)
WHERE (size($tiers) = 0 OR sp.tier IN $tiers) AND ($setBy IS NULL OR setter.id = $setBy)
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
WITH target AS origin, sp, setter, path, area, relationships(path) AS rels
WHERE size($targetKinds) = 0 OR origin.kind IN $targetKinds
WITH origin, sp, setter, path, area, size(rels) AS length,
     all(r IN rels WHERE coalesce(r.stated = true, false)) AS stated,
     any(r IN rels WHERE NOT coalesce(r.stated = true, false) AND (startNode(r).kind = 'Dialogue' OR endNode(r).kind = 'Dialogue')) AS intoDialogue
WHERE (NOT $statedOnly OR stated)
  AND CASE WHEN intoDialogue THEN EXISTS { (origin)-[ad:ADDRESSES WHERE ad.stated]->(:ResearchArea)-[:NARROWER_THAN]->{0,3}(area) } ELSE true END
WITH origin, area, setter, min(length) AS shortest, collect({sp: sp, path: path, length: length}) AS chains
WITH origin, area, setter, [c IN chains WHERE c.length = shortest] AS tied
CALL (tied) {
  UNWIND CASE WHEN size(tied) > 3 THEN tied ELSE [] END AS c
  WITH c ORDER BY [r IN relationships(c.path) | r.key] LIMIT 3
  RETURN collect(c) AS firstThree
}
UNWIND CASE WHEN size(tied) > 3 THEN firstThree ELSE tied END AS c
WITH origin, area, setter, c.sp AS sp, c.path AS path,
     [CASE c.sp.tier WHEN 'flagship' THEN 0 WHEN 'ongoing' THEN 1 WHEN 'potential' THEN 2 ELSE -1 END,
      c.length, coalesce(area.name, area.id), setter.id, origin.id, 'trace:' || origin.id || '|' || area.id || '|' || setter.id || '|'] AS key
ORDER BY key
WITH collect({key: key, tier: sp.tier, areaId: area.id, setterId: setter.id, path: path}) AS traces
WITH traces,
     [x IN traces WHERE ($afterKey IS NULL OR x.key > $afterKey OR (x.key[0..5] = $afterKey[0..5] AND $afterKey[5] STARTS WITH x.key[5]))
                    AND ($beforeKey IS NULL OR x.key < $beforeKey)] AS window
WITH traces, CASE WHEN $forward THEN window ELSE reverse(window) END AS ordered, coalesce($limit, size(window)) AS limit
WITH traces, ordered[0..limit + 3] + [x IN ordered[limit + 3..limit + 5] WHERE x.key = ordered[limit + 2].key] AS slice
RETURN size(traces) AS total,
       size([x IN traces WHERE x.key < $afterKey AND NOT (x.key[0..5] = $afterKey[0..5] AND $afterKey[5] STARTS WITH x.key[5])]) AS before,
       size([x IN traces WHERE x.key > $beforeKey]) AS beyond,
       [x IN traces WHERE (x.key[0..5] = $afterKey[0..5] AND $afterKey[5] STARTS WITH x.key[5]) OR (x.key[0..5] = $beforeKey[0..5] AND $beforeKey[5] STARTS WITH x.key[5]) |
         {key: x.key, tier: x.tier, areaId: x.areaId, setterId: x.setterId,
          nodes: [n IN nodes(x.path) | n {.id, .kind, .name}],
          hops: [r IN relationships(x.path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: r {.stated, .key}}]}] AS bounds,
       [x IN slice |
         {key: x.key, tier: x.tier, areaId: x.areaId, setterId: x.setterId,
          nodes: [n IN nodes(x.path) | CASE WHEN $detail THEN n {.*} ELSE n {.id, .kind, .name} END],
          hops: [r IN relationships(x.path) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: CASE WHEN $detail THEN properties(r) ELSE r {.stated, .key, inferred: any(q IN coalesce(r.evidenceInferred, []) WHERE q <> '')} END}]}] AS traces
