// Access log: one line per answered request (pino-http on the application's pino logger), at info
// level, written when the server's LOG_LEVEL lets info through (not at warn, as in the tests). The
// line carries the request id (the x-request-id header, the requestId of GraphQL errors);
// authorization and cookie headers are redacted by the logger.
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { logger, type Level } from "../logger";

type LoggedRequest = { method?: string; url?: string; remoteAddress?: string; headers?: Record<string, unknown> };

/**
 * The request headers an access line keeps: who asked and what they sent, not every header (the whole
 * set, serialised on every request, cost about as much CPU as executing a small GraphQL query:
 * bench/PROFILE.md §11). authorization and cookie are kept so that the line shows they were sent;
 * the logger redacts their values.
 */
const LOGGED_HEADERS = ["user-agent", "content-type", "content-length", "origin", "referer", "x-forwarded-for", "authorization", "cookie"] as const;

function loggedHeaders(headers: Record<string, unknown> = {}): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const name of LOGGED_HEADERS) if (headers[name] !== undefined) kept[name] = headers[name];
  return kept;
}

export function accessLog(level?: Level) {
  return pinoHttp({
    logger: (level ? logger.child({}, { level }) : logger) as Logger<string>,
    customAttributeKeys: { reqId: "requestId" },
    // The access line (and req.log) carry the id as a top-level requestId.
    quietReqLogger: true,
    // Failures are logged in full where they happen (GraphQL errors, the error handler); the access
    // line only records that the request was answered.
    customLogLevel: () => "info",
    serializers: {
      // method, url, the headers above, remote address; the id is the line's requestId.
      req: (request: LoggedRequest) => ({ method: request.method, url: request.url, remoteAddress: request.remoteAddress, headers: loggedHeaders(request.headers) }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
