// `npm run schema`: writes schema.graphql from the type-graphql code.
import { buildGraphQLSchema, SCHEMA_FILE } from "../graphql/schema";

buildGraphQLSchema({ emitTo: SCHEMA_FILE })
  .then(() => console.log(`wrote ${SCHEMA_FILE}`))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
