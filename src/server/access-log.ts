// Access log: one line per answered request (pino-http on the application's pino logger), at info
// level, written when the server's LOG_LEVEL lets info through (not at warn, as in the tests). The
// line carries the request id (the x-request-id header, the requestId of GraphQL errors);
// authorization and cookie headers are redacted by the logger.
import type { Logger } from "pino";
import { pinoHttp } from "pino-http";
import { logger, type Level } from "../logger";

type LoggedRequest = { id?: unknown; query?: unknown; params?: unknown; [key: string]: unknown };

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
      // method, url, headers, remote address; the id is the line's requestId.
      req: ({ id: _id, query: _query, params: _params, ...request }: LoggedRequest) => request,
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
