// Read: one keyset page of the entities of one kind (or of every kind) for browsing lists, optionally
// only those whose name or an alias contains a text, whose dates overlap a time window, or that are
// held in or located in a place; with the counts per kind. Unlike search, a plain filter in a fixed
// order, so every entity of a kind can be paged through; a page continues after the sort key of the
// last item seen, not after an offset, so inserts and deletes before it do not shift it.
// Parameters: $kind (entity kind, e.g. "Institution", or null for every kind), $text (lower-cased text
//   to find inside the name or an alias, or null), $from, $to ("YYYY-MM-DD" or null: an entity matches
//   when its dates overlap the window; dateTo null means open-ended; an undated entity never matches a
//   window), $placeId (null, or a place: the entity is HELD_IN or LOCATED_IN it or a place inside it),
//   $orderBy ("NAME": key [lower-cased name, id]; "DATE": key [undated, dateFrom, lower-cased name, id],
//   undated last), $afterKey, $beforeKey (sort keys, lists as this statement returns them, or null),
//   $forward (true: the first $limit items after $afterKey; false: the last $limit items before
//   $beforeKey, read backwards), $limit (integer: page size + 1).
// Returns: one row — total (entities matching every filter), countsByKind (list of {kind, count}: the
//   entities matching the filters other than $kind, per kind, at most one entry per kind), hasOther
//   (whether matching entities lie on the other side of the cursor: at or before $afterKey when
//   $forward, at or after $beforeKey otherwise), slice (list of {key, entity: map of every property},
//   in key order when $forward, in reverse key order otherwise).
// Plan: one pass counts the matches per kind; the page comes from a second pass that keeps the keys
//   beyond the cursor and a top-k sort (ORDER BY with LIMIT), so only $limit entities are kept in
//   order, never the whole kind. Only one of the two page passes runs (the other stops at $forward).
CALL () {
  MATCH (n:Entity)
  WHERE ($text IS NULL OR toLower(n.name) CONTAINS $text OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $text))
    AND (($from IS NULL AND $to IS NULL)
         OR (n.dateFrom IS NOT NULL AND ($to IS NULL OR n.dateFrom <= $to) AND ($from IS NULL OR n.dateTo IS NULL OR n.dateTo >= $from)))
    AND ($placeId IS NULL OR EXISTS { (n)-[:HELD_IN|LOCATED_IN]->(:Place)-[:PART_OF|LOCATED_IN*0..4]->(:Place {id: $placeId}) })
  WITH n, CASE $orderBy
            WHEN 'DATE' THEN [n.dateFrom IS NULL, coalesce(n.dateFrom, ''), coalesce(toLower(n.name), ''), n.id]
            ELSE [coalesce(toLower(n.name), ''), n.id]
          END AS key
  WITH n.kind AS kind, count(n) AS count,
       sum(CASE WHEN CASE WHEN $forward THEN key <= $afterKey ELSE key >= $beforeKey END THEN 1 ELSE 0 END) AS other
  WITH kind, count, other ORDER BY kind
  RETURN collect({kind: kind, count: count}) AS countsByKind,
         sum(CASE WHEN $kind IS NULL OR kind = $kind THEN count ELSE 0 END) AS total,
         sum(CASE WHEN $kind IS NULL OR kind = $kind THEN other ELSE 0 END) > 0 AS hasOther
}
CALL () {
  WITH 1 AS go WHERE $forward
  MATCH (n:Entity)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $text))
    AND (($from IS NULL AND $to IS NULL)
         OR (n.dateFrom IS NOT NULL AND ($to IS NULL OR n.dateFrom <= $to) AND ($from IS NULL OR n.dateTo IS NULL OR n.dateTo >= $from)))
    AND ($placeId IS NULL OR EXISTS { (n)-[:HELD_IN|LOCATED_IN]->(:Place)-[:PART_OF|LOCATED_IN*0..4]->(:Place {id: $placeId}) })
  WITH n, CASE $orderBy
            WHEN 'DATE' THEN [n.dateFrom IS NULL, coalesce(n.dateFrom, ''), coalesce(toLower(n.name), ''), n.id]
            ELSE [coalesce(toLower(n.name), ''), n.id]
          END AS key
  WHERE ($afterKey IS NULL OR key > $afterKey) AND ($beforeKey IS NULL OR key < $beforeKey)
  WITH n, key ORDER BY key LIMIT $limit
  RETURN collect({key: key, entity: n {.*}}) AS forwards
}
CALL () {
  WITH 1 AS go WHERE NOT $forward
  MATCH (n:Entity)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $text))
    AND (($from IS NULL AND $to IS NULL)
         OR (n.dateFrom IS NOT NULL AND ($to IS NULL OR n.dateFrom <= $to) AND ($from IS NULL OR n.dateTo IS NULL OR n.dateTo >= $from)))
    AND ($placeId IS NULL OR EXISTS { (n)-[:HELD_IN|LOCATED_IN]->(:Place)-[:PART_OF|LOCATED_IN*0..4]->(:Place {id: $placeId}) })
  WITH n, CASE $orderBy
            WHEN 'DATE' THEN [n.dateFrom IS NULL, coalesce(n.dateFrom, ''), coalesce(toLower(n.name), ''), n.id]
            ELSE [coalesce(toLower(n.name), ''), n.id]
          END AS key
  WHERE ($afterKey IS NULL OR key > $afterKey) AND ($beforeKey IS NULL OR key < $beforeKey)
  WITH n, key ORDER BY key DESC LIMIT $limit
  RETURN collect({key: key, entity: n {.*}}) AS backwards
}
RETURN total, countsByKind, hasOther, forwards + backwards AS slice
