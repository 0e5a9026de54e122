// graphql-schema-linter's configuration: `npm run lint:schema` lints schema.graphql with it, and
// tests/schema-lint.test.ts lints the schema built from the code with it and fails on any message.
//
// The rules are listed by name (not "all of them") so that a new linter version cannot change what
// is checked without a change here. Every built-in rule of graphql-schema-linter 3 is on: none
// conflicts with the API. Should one ever have to be turned off, remove it from this list and say
// why in a comment where it was; tests/schema-lint.test.ts fails when one of the rules marked
// "required" below is missing.
module.exports = {
  // The schema file is named on the command line (npm run lint:schema); the test passes the SDL it builds.
  rules: [
    // Descriptions everywhere (required): a science-policy analyst reads the API in a GraphQL IDE.
    "types-have-descriptions",
    "fields-have-descriptions",
    "arguments-have-descriptions",
    "enum-values-have-descriptions",
    "input-object-values-have-descriptions",
    "descriptions-are-capitalized",
    "deprecations-have-a-reason",
    // Naming conventions (required): PascalCase types, camelCase fields and input fields, ENUM_VALUES.
    "types-are-capitalized",
    "fields-are-camel-cased",
    "input-object-values-are-camel-cased",
    "enum-values-all-caps",
    // No unreachable types (required): every type is used by a field or implements an interface.
    "defined-types-are-used",
    // Relay connections: every *Connection type has edges and pageInfo, every field returning one
    // takes first/after (or last/before), PageInfo has the four fields.
    "relay-connection-types-spec",
    "relay-connection-arguments-spec",
    "relay-page-info-spec",
    // Sorted members: schema.graphql is emitted sorted (emitSchemaDefinitionFile, sortedSchema), so
    // these hold by construction and catch a snapshot written some other way.
    "type-fields-sorted-alphabetically",
    "interface-fields-sorted-alphabetically",
    "input-object-fields-sorted-alphabetically",
    "enum-values-sorted-alphabetically",
  ],
};
