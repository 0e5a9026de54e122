// Read: the schema migrations already applied, with the checksum of the file as it was applied.
// Parameters: none. Returns: version (string), checksum (string).
MATCH (m:SchemaMigration)
RETURN m.version AS version, m.checksum AS checksum
ORDER BY version
