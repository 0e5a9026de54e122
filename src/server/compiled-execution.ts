// Execution of operations compiled by graphql-jit, over the type-graphql schema, in Apollo Server.
// graphql-js walks the selection and looks up every field's definition, arguments and type for every
// object of every answer; graphql-jit does that once per document and then runs a function generated
// for it (bench/PROFILE.md §11). Apollo's supported hook for an executor of one's own is the gateway
// interface: `load()` hands Apollo the schema (used for parsing, validation, the limits, introspection)
// and the executor, which receives the parsed and validated document. Everything before execution
// (limits, validation, cost) and after it (error formatting, the request id, the deadline's one
// error) stays Apollo's.
//
// What graphql-js would answer differently is kept as graphql-js answers it:
// - variables are checked by graphql-js first: a refused variable gives graphql-js's own errors and
//   message (BAD_USER_INPUT, status 400); only variables graphql-js accepts reach the compiled
//   function, as the client sent them (it coerces them itself; graphql-js's coerced values are
//   internal values, which it would coerce a second time);
// - a document asked for the first time, or one graphql-jit cannot compile, runs through graphql-js;
// - errors become graphql-js GraphQLErrors with the same message, path, locations, extensions and
//   original error (graphql-jit's own error objects lack `nodes` and, without extensions, `extensions`).
import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from "@apollo/server-gateway-interface";
import {
  execute,
  getOperationAST,
  getVariableValues,
  GraphQLError,
  printSchema,
  Source,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type SourceLocation,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/** A compiled operation; null when graphql-jit cannot compile it; "once" when it ran once (not compiled yet). */
type Compiled = CompiledQuery | null | "once";

/**
 * Compiled operations by document (Apollo hands every request of one query text the same document, and
 * forgets documents least recently used first, so this map forgets with it). Compiling costs about two
 * executions (≈ 1.9 ms for the bench's who-met query): a document is compiled when it is asked for the
 * second time, so query texts sent once (a client that inlines its values, or one probing the API) cost
 * what they cost with graphql-js alone.
 */
function compiledOperations(schema: GraphQLSchema): (document: DocumentNode, operationName: string | undefined) => CompiledQuery | null {
  const byDocument = new WeakMap<DocumentNode, Map<string, Compiled>>();
  return (document, operationName) => {
    let operations = byDocument.get(document);
    if (!operations) byDocument.set(document, (operations = new Map()));
    const key = operationName ?? "";
    const known = operations.get(key);
    if (known === undefined) {
      operations.set(key, "once");
      return null;
    }
    if (known !== "once") return known;
    const result = compileQuery(schema, document, operationName, { disablingCapturingStackErrors: true });
    const compiled = isCompiledQuery(result) ? result : null;
    operations.set(key, compiled);
    return compiled;
  };
}

/** Offsets in `body` of 1-based line/column locations. */
function positionsOf(body: string, locations: readonly SourceLocation[]): number[] {
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === "\n") lineStarts.push(i + 1);
  return locations.map((l) => (lineStarts[l.line - 1] ?? 0) + l.column - 1);
}

/** A graphql-js GraphQLError for one of graphql-jit's errors: same message, path, locations, original error and extensions. */
function asGraphQLError(error: GraphQLError, source: Source | undefined): GraphQLError {
  const locations = error.locations ?? [];
  return new GraphQLError(error.message, {
    ...(source && locations.length > 0 ? { source, positions: positionsOf(source.body, locations) } : {}),
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions ?? undefined,
  });
}

/** How many operations each path ran in this process (for tests and diagnostics; never reset). */
export const executions = { compiled: 0, graphqlJs: 0 };

/** The gateway that serves `schema` and executes with graphql-jit. */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  const compiledFor = compiledOperations(schema);
  let listener: GatewaySchemaLoadOrUpdateCallback | null = null;
  const executor: GatewayExecutor = async ({ document, request, context, source }) => {
    const operationName = request.operationName ?? undefined;
    const operation = getOperationAST(document, operationName);
    const compiled = operation ? compiledFor(document, operationName) : null;
    if (!operation || !compiled) {
      executions.graphqlJs++;
      return (await execute({ schema, document, contextValue: context, variableValues: request.variables, operationName })) as ExecutionResult;
    }
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {}, { maxErrors: 50 });
    if (coerced.errors) return { errors: coerced.errors };
    executions.compiled++;
    const result = await compiled.query(undefined, context, request.variables ?? {});
    if (!result.errors?.length) return result;
    const body = source === undefined ? undefined : new Source(source);
    return { ...result, errors: result.errors.map((e) => asGraphQLError(e, body)) };
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      listener = callback;
      return () => {
        listener = null;
      };
    },
    async load() {
      listener?.({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return { executor };
    },
    async stop() {},
  };
}
