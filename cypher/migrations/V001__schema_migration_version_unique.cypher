// Schema step: each applied migration is recorded once (SchemaMigration.version is unique).
// Parameters: none. Idempotent (IF NOT EXISTS).
CREATE CONSTRAINT schema_migration_version_unique IF NOT EXISTS
FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE
