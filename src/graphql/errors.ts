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
  NotFound = "NOT_FOUND",
  Unauthenticated = "UNAUTHENTICATED",
  Forbidden = "FORBIDDEN",
  ServiceUnavailable = "SERVICE_UNAVAILABLE",
  QueryTimeout = "QUERY_TIMEOUT",
  Internal = "INTERNAL_SERVER_ERROR",
}

export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`${argument}: ${message}`, { extensions: { code: ErrorCode.BadUserInput, argument } });
}

/** "personId: must be a person id …" for each failed rule, nested input fields as dotted paths. */
function describeValidation(errors: ValidationError[], prefix = ""): Array<{ argument: string; message: string }> {
  return errors.flatMap((e) => {
    const argument = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ argument, message }));
    return [...own, ...describeValidation(e.children ?? [], argument)];
  });
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof ArgumentValidationError) {
    const problems = describeValidation(original.extensions.validationErrors);
    return {
      message: `Invalid argument${problems.length === 1 ? "" : "s"}: ${problems.map((p) => p.message).join("; ")}`,
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.BadUserInput, arguments: problems },
    };
  }
  if (original instanceof DatabaseError) {
    const code =
      original.failure === "unavailable"
        ? ErrorCode.ServiceUnavailable
        : original.failure === "timeout"
          ? ErrorCode.QueryTimeout
          : ErrorCode.Internal;
    log.error("database error in request", { failure: original.failure, detail: original.original });
    return { message: original.message, path: formatted.path, extensions: { code } };
  }
  const code = formatted.extensions?.code;
  if (code === ErrorCode.Internal || code === undefined) {
    log.error("unexpected error in request", { error: original instanceof Error ? original.stack : String(original) });
    return { message: "internal error", path: formatted.path, extensions: { code: ErrorCode.Internal } };
  }
  return formatted;
}
