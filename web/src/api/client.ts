// The one GraphQL client of the explorer: POSTs to /graphql (the public API, nothing private) and
// turns every failure into an ApiError with a plain message a user can act on.

export type ApiErrorKind = "unreachable" | "database" | "bad-input" | "not-found" | "server";

export class ApiError extends Error {
  override name = "ApiError";
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; requestId?: string; argument?: string; id?: string };
}

/** Maps the server's error codes (src/graphql/errors.ts) to plain states. */
function fromGraphQLError(error: GraphQLErrorShape): ApiError {
  const code = error.extensions?.code;
  const requestId = error.extensions?.requestId;
  switch (code) {
    case "SERVICE_UNAVAILABLE":
      return new ApiError("database", "The database is not reachable. Try again in a moment.", requestId);
    case "QUERY_TIMEOUT":
      return new ApiError("database", "The database took too long to answer. Try a narrower question.", requestId);
    case "NOT_FOUND":
      // An argument's id that no entity has (extensions.id): said as the lookups' null is said.
      return error.extensions?.id ? notFound(error.extensions.id, requestId) : new ApiError("not-found", error.message, requestId);
    case "BAD_USER_INPUT":
    case "GRAPHQL_VALIDATION_FAILED":
      return new ApiError("bad-input", error.message, requestId);
    default:
      return new ApiError("server", `The server could not answer: ${error.message}`, requestId);
  }
}

/** Runs one operation; resolves with `data`, rejects with an ApiError. */
export async function request<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ query, variables }),
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError("unreachable", "The explorer's server is not reachable. Is `npm start` running?");
  }
  let body: { data?: T | null; errors?: GraphQLErrorShape[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError("server", `The server answered ${response.status} without a GraphQL response.`);
  }
  const first = body.errors?.[0];
  if (first) throw fromGraphQLError(first);
  if (!response.ok || !body.data) throw new ApiError("server", `The server answered ${response.status}.`);
  return body.data;
}

const KIND_WORDS: Record<string, string> = {
  person: "person",
  institution: "institution",
  project: "project",
  programme: "programme",
  document: "document",
  event: "event",
  dialogue: "dialogue",
  area: "research area",
  place: "place",
  source: "source",
};

/** "no person with id person:xyz" — what to say when entity(id:) is null or a query answers NOT_FOUND. */
export function notFound(id: string, requestId?: string): ApiError {
  const prefix = id.includes(":") ? id.slice(0, id.indexOf(":")) : "";
  const word = KIND_WORDS[prefix] ?? "entity";
  return new ApiError("not-found", `There is no ${word} with id “${id}”.`, requestId);
}
