// Read: one page of the entities of one kind (or of every kind), by name, optionally only those whose
// name or an alias contains a text (the explorer's lists and "browse by kind"). Unlike search, this is a
// plain case-insensitive substring filter, in name order, so every entity of a kind can be paged through.
// Parameters: $kind (entity kind, e.g. "Institution", or null for every kind), $text (lower-cased text
//             to find inside the name or an alias, or null for no filter), $skip, $limit (integers).
// Returns: one row — total (how many entities match, before paging), entities (list of maps with every
//          property of the entities on the requested page, in order of lower-cased name, then id).
// Plan: one pass counts the matches; the page comes from a second pass with a top-k sort (ORDER BY with
//   SKIP/LIMIT), so only $skip + $limit entities are kept in order, never the whole kind.
CALL () {
  MATCH (n:Entity)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $text))
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Entity)
  WHERE ($kind IS NULL OR n.kind = $kind)
    AND ($text IS NULL OR toLower(n.name) CONTAINS $text OR any(alias IN coalesce(n.aliases, []) WHERE toLower(alias) CONTAINS $text))
  WITH n ORDER BY toLower(n.name), n.id SKIP $skip LIMIT $limit
  RETURN collect(n {.*}) AS entities
}
RETURN total, entities
