// Access log: one line per answered request (pino-http on the application's pino logger), at info
// level, so LOG_LEVEL=warn (the tests) keeps it out. The line carries the request id (the
// x-request-id header, the requestId of GraphQL errors); authorization and cookie headers are
// redacted by the logger.
import { pinoHttp } from "pino-http";
import { logger } from "../logger";

export function accessLog() {
  return pinoHttp({
    logger,
    customAttributeKeys: { reqId: "requestId" },
    // Failures are logged in full where they happen (GraphQL errors, the error handler); the access
    // line only records that the request was answered.
    customLogLevel: () => "info",
    serializers: { res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }) },
  });
}
