// Read (exports): the next page of entity nodes in id order, matching a filter selection (whole
// graph, kinds, time window). Paged by id (the Entity id index gives the order): memory stays
// bounded at any graph size. A node is in a time window when its own dates overlap it, or, having
// no dates (people, institutions, places), when it is linked to a dated entity that does.
// Parameters: $after (string: last id of the previous page, "" at first), $limit (integer),
//   $kinds (list of entity kinds, or null for all), $from, $to ("YYYY-MM-DD" or both null).
// Returns: id, kind, props (every stored property), ordered by id.
MATCH (n:Entity)
WHERE n.id > $after
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($from IS NULL
       OR (n.dateFrom IS NOT NULL AND n.dateFrom <= $to AND coalesce(n.dateTo, '9999-12-31') >= $from)
       OR (n.dateFrom IS NULL AND EXISTS {
             MATCH (n)--(d:Entity)
             WHERE d.dateFrom <= $to AND coalesce(d.dateTo, '9999-12-31') >= $from
           }))
RETURN n.id AS id, n.kind AS kind, properties(n) AS props
ORDER BY n.id
LIMIT $limit
