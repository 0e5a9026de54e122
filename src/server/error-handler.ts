// Last Express handler: body-parser failures (too large, not JSON) and anything unexpected answer as
// GraphQL-shaped JSON errors carrying the request id, never an HTML stack.
import type express from "express";
import { ErrorCode } from "../graphql/errors";
import { log } from "../logger";
import { LIMITS } from "./limits";

type HttpError = { status?: number; type?: string };

function describe(error: HttpError): { status: number; code: string; message: string } {
  const status = error.status ?? 500;
  if (error.type === "entity.too.large") return { status, code: "PAYLOAD_TOO_LARGE", message: `request body is larger than ${LIMITS.maxBodyBytes} bytes` };
  if (status >= 400 && status < 500) return { status, code: ErrorCode.BadRequest, message: "request body is not valid JSON" };
  return { status, code: ErrorCode.Internal, message: "internal error" };
}

export function errorHandler(): express.ErrorRequestHandler {
  return (error: HttpError, _req, res, next) => {
    if (res.headersSent) return next(error);
    const { status, code, message } = describe(error);
    if (code === ErrorCode.Internal) log.error("unexpected HTTP error", { requestId: res.locals.requestId, error: String(error) });
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
  };
}
