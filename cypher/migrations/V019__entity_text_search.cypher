// Schema step: full-text index over what entities are about, in the sources' words: an event's topics,
// a project's aims, summaries (descriptionText holds them joined by newlines). Search ranks these
// matches below matches of names and aliases (index entity_search).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE FULLTEXT INDEX entity_text_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.descriptionText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }
