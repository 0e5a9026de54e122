// Stable error codes (extensions.code) and the one place errors are shaped for clients: database
// failures become SERVICE_UNAVAILABLE / QUERY_TIMEOUT, unknown errors are masked and logged in full.
import { unwrapResolverError } from "@apollo/server/errors";
import type { ValidationError } from "class-validator";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { ArgumentValidationError } from "type-graphql";
import { log } from "../logger";
import { DatabaseError } from "../neo4j/errors";

export enum ErrorCode {
  BadUserInput = "BAD_USER_INPUT",
  BadRequest = "BAD_REQUEST",
  NotFound = "NOT_FOUND",
  Unauthenticated = "UNAUTHENTICATED",
  Forbidden = "FORBIDDEN",
  ServiceUnavailable = "SERVICE_UNAVAILABLE",
  QueryTimeout = "QUERY_TIMEOUT",
  QueryTooComplex = "QUERY_TOO_COMPLEX",
  QueryTooDeep = "QUERY_TOO_DEEP",
  TooManyAliases = "TOO_MANY_ALIASES",
  TooManyDirectives = "TOO_MANY_DIRECTIVES",
  TooManyTokens = "TOO_MANY_TOKENS",
  TooManyRepeatedFields = "TOO_MANY_REPEATED_FIELDS",
  PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND",
  Internal = "INTERNAL_SERVER_ERROR",
}

/**
 * One problem with one argument. Every argument error (BAD_USER_INPUT, NOT_FOUND) has the same shape:
 * `extensions.argument` names the (first) argument, `extensions.arguments` lists every problem.
 */
export interface ArgumentProblem {
  argument: string;
  message: string;
  /** The id that was not found (NOT_FOUND only). */
  id?: string;
}

function argumentExtensions(code: ErrorCode, problems: ArgumentProblem[]): Record<string, unknown> {
  const first = problems[0]!;
  return { code, argument: first.argument, ...(first.id === undefined ? {} : { id: first.id }), arguments: problems };
}

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: argumentExtensions(ErrorCode.BadUserInput, [{ argument, message: `${argument}: ${message}` }]) });
}

/** NOT_FOUND for well-formed ids that no entity has: `personId: no entity with id "person:x"`. */
export function notFound(missing: ReadonlyArray<{ argument: string; id: string }>): GraphQLError {
  const problems = missing.map(({ argument, id }) => ({ argument, id, message: `${argument}: no entity with id "${id}"` }));
  return new GraphQLError(problems.map((p) => p.message).join("; "), { extensions: argumentExtensions(ErrorCode.NotFound, problems) });
}

/** "personId: must be a person id …" for each failed rule, nested input fields as dotted paths. */
function describeValidation(errors: ValidationError[], prefix = ""): Array<{ argument: string; message: string }> {
  return errors.flatMap((e) => {
    const argument = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ argument, message }));
    return [...own, ...describeValidation(e.children ?? [], argument)];
  });
}

/** graphql-js refusing an argument value during execution (e.g. null for a non-null argument). */
function argumentError(error: unknown, message: string): string | null {
  const match = /^Argument "([^"]+)"/.exec(message);
  return match && error instanceof GraphQLError && !error.originalError ? match[1]! : null;
}

/**
 * Refusals Apollo and graphql-js raise without a code of ours, with a message that tells the client
 * what to do (matched on their text, which is all they carry).
 */
const KNOWN_REFUSALS: Array<[RegExp, ErrorCode, string]> = [
  [/^provided sha does not match query$/, ErrorCode.BadRequest, "the persisted query's sha256Hash does not match its query text: send the hash of the exact query, or no hash"],
  [/^PersistedQueryNotFound$/, ErrorCode.PersistedQueryNotFound, "no query is stored for this sha256Hash: send the query text with it"],
  [/^PersistedQueryNotSupported$/, ErrorCode.BadRequest, "persisted queries are not supported"],
  [
    /^Validation aborted\.$/,
    ErrorCode.TooManyRepeatedFields,
    "the query repeats fields too often to be checked (graphql-js's validation gave up): ask for each field once in a selection",
  ],
];

function knownRefusal(message: string): [ErrorCode, string] | null {
  const found = KNOWN_REFUSALS.find(([pattern]) => pattern.test(message));
  return found ? [found[1], found[2]] : null;
}

/** Logs what went wrong in a request: database failures and unexpected errors in full, user errors briefly. */
export function logRequestError(error: GraphQLError, requestId: string): void {
  const original = unwrapResolverError(error);
  if (original instanceof DatabaseError) {
    const detail = original.original instanceof Error ? original.original.message : String(original.original ?? "");
    log.error("database error", { requestId, failure: original.failure, path: error.path?.join("."), detail });
  } else if (
    (error.extensions?.code === undefined || error.extensions.code === ErrorCode.Internal) &&
    !argumentError(original, error.message) &&
    !knownRefusal(error.message)
  ) {
    log.error("unexpected error", { requestId, path: error.path?.join("."), error: original instanceof Error ? original.stack : String(original) });
  } else {
    log.debug("request refused", { requestId, code: String(error.extensions.code), message: error.message });
  }
}

/** GraphQL Armor's refusals, given stable codes of their own. */
const LIMIT_CODES: Array<[RegExp, ErrorCode]> = [
  [/Query depth limit/i, ErrorCode.QueryTooDeep],
  [/Aliases limit/i, ErrorCode.TooManyAliases],
  [/Directives limit/i, ErrorCode.TooManyDirectives],
  [/more tha[nt] \d+ tokens|Token limit/i, ErrorCode.TooManyTokens], // graphql-js writes "more that"
  [/is asked for more than \d+ times in one selection/, ErrorCode.TooManyRepeatedFields],
];

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const refusal = knownRefusal(formatted.message);
  if (refusal) return { message: refusal[1], extensions: { code: refusal[0] } };
  const limit = LIMIT_CODES.find(([pattern]) => pattern.test(formatted.message));
  if (limit) {
    return { message: formatted.message.replace(/^Syntax Error: /, ""), locations: formatted.locations, extensions: { code: limit[1] } };
  }
  if (original instanceof ArgumentValidationError) {
    const problems = describeValidation(original.extensions.validationErrors);
    return {
      message: `Invalid argument${problems.length === 1 ? "" : "s"}: ${problems.map((p) => p.message).join("; ")}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: argumentExtensions(ErrorCode.BadUserInput, problems),
    };
  }
  if (original instanceof DatabaseError) {
    const code =
      original.failure === "unavailable"
        ? ErrorCode.ServiceUnavailable
        : original.failure === "timeout"
          ? ErrorCode.QueryTimeout
          : ErrorCode.Internal;
    return { message: original.message, path: formatted.path, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  // The client's mistake, not ours.
  const argument = argumentError(original, formatted.message);
  if (argument) {
    return {
      message: formatted.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions: argumentExtensions(ErrorCode.BadUserInput, [{ argument, message: formatted.message }]),
    };
  }
  if (code === ErrorCode.Internal || code === undefined) {
    return { message: "internal error", path: formatted.path, extensions: { code: ErrorCode.Internal } };
  }
  return withoutStacktrace(formatted);
}

/**
 * Errors that reach here are the client's (bad input, not found, refusals with a code): a stack
 * trace would only show our internals, so none is sent, in development either (the log has it).
 */
function withoutStacktrace(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !("stacktrace" in formatted.extensions)) return formatted;
  const { stacktrace: _dropped, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/** Production: no "Did you mean …?" in any message (graphql-js adds them when it coerces variables too). */
export function withoutSuggestions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  return /Did you mean/.test(formatted.message) ? { ...formatted, message: formatted.message.replace(/ ?Did you mean [^?]*\?/g, "") } : formatted;
}
