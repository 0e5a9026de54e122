// Read (exports): the relationships leaving the next page of start nodes (in id order) of a filter
// selection, to end nodes in the same selection (the same node filter as export/nodes-page). In a
// time window, a relationship with its own dates (MET) must overlap the window too.
// Parameters: $after (string: last start id of the previous page, "" at first), $limit (integer:
//   start nodes per page), $kinds (list or null), $from, $to ("YYYY-MM-DD" or both null).
// Returns: from (start id), rels (list of {type, to, props}); one row per start node, in id order
//   (rels may be empty; the last row's id is the next $after).
MATCH (a:Entity)
WHERE a.id > $after
  AND ($kinds IS NULL OR a.kind IN $kinds)
  AND ($from IS NULL
       OR (a.dateFrom IS NOT NULL AND a.dateFrom <= $to AND coalesce(a.dateTo, '9999-12-31') >= $from)
       OR (a.dateFrom IS NULL AND EXISTS {
             MATCH (a)--(d:Entity)
             WHERE d.dateFrom <= $to AND coalesce(d.dateTo, '9999-12-31') >= $from
           }))
WITH a ORDER BY a.id LIMIT $limit
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE ($kinds IS NULL OR b.kind IN $kinds)
  AND ($from IS NULL
       OR ((r.dateFrom IS NULL OR (r.dateFrom <= $to AND coalesce(r.dateTo, '9999-12-31') >= $from))
           AND ((b.dateFrom IS NOT NULL AND b.dateFrom <= $to AND coalesce(b.dateTo, '9999-12-31') >= $from)
                OR (b.dateFrom IS NULL AND EXISTS {
                      MATCH (b)--(d:Entity)
                      WHERE d.dateFrom <= $to AND coalesce(d.dateTo, '9999-12-31') >= $from
                    }))))
WITH a, collect(CASE WHEN r IS NULL THEN null ELSE {type: type(r), to: b.id, props: properties(r)} END) AS rels
RETURN a.id AS from, rels
ORDER BY from
