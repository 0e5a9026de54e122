// Schema step: full-text index for search over entity names and aliases/acronyms (searchText holds
// the aliases joined by newlines). The standard-folding analyzer folds accents and case.
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false } }
