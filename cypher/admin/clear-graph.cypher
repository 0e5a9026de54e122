// Admin (tests and tooling only): deletes every node and relationship except the schema migration
// records. Never called by the service itself.
// Parameters: none. Returns: nothing.
MATCH (n)
WHERE NOT n:SchemaMigration
DETACH DELETE n
