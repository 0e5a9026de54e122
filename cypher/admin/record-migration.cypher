// Write: records that a schema migration was applied (idempotent).
// Parameters: $version (string, e.g. "V001"), $name (file name), $checksum (sha256 of the statement).
MERGE (m:SchemaMigration {version: $version})
ON CREATE SET m.name = $name, m.checksum = $checksum, m.appliedAt = datetime()
