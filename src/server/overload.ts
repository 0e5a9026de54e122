// Fast refusal under overload: at most `maxConcurrent` GraphQL requests execute at once, at most
// `maxQueued` wait (each for at most `queueTimeoutMs`), and anything beyond is answered at once with
// HTTP 503 and Retry-After. /health is not behind this gate, so it answers while GraphQL is saturated.
import { AsyncResource } from "node:async_hooks";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { log } from "../logger";

export interface OverloadSettings {
  maxConcurrent: number;
  maxQueued: number;
  queueTimeoutMs: number;
}

export interface OverloadGate {
  middleware: RequestHandler;
  /** Requests executing and waiting now (for logs and tests). */
  stats(): { active: number; queued: number; refused: number };
}

const RETRY_AFTER_SECONDS = 1;

export function overloadGate({ maxConcurrent, maxQueued, queueTimeoutMs }: OverloadSettings): OverloadGate {
  let active = 0;
  let refused = 0;
  const queue: Array<{ start: () => void; timer: NodeJS.Timeout }> = [];

  const refuse = (res: Response, why: string) => {
    refused++;
    if (refused === 1 || refused % 100 === 0) log.warn("overloaded: request refused", { why, refused, active, queued: queue.length });
    res
      .status(503)
      .setHeader("retry-after", String(RETRY_AFTER_SECONDS))
      .json({ errors: [{ message: `the server is busy (${why}): retry in a moment`, extensions: { code: "SERVICE_UNAVAILABLE", requestId: res.locals.requestId } }] });
  };

  const release = () => {
    active--;
    const next = queue.shift();
    if (next) {
      clearTimeout(next.timer);
      next.start();
    }
  };

  const middleware: RequestHandler = (_req: Request, res: Response, next: NextFunction) => {
    const start = () => {
      active++;
      let released = false;
      const done = () => {
        if (!released) {
          released = true;
          release();
        }
      };
      res.once("finish", done);
      res.once("close", done);
      next();
    };
    if (active < maxConcurrent) return start();
    if (queue.length >= maxQueued) return refuse(res, `${maxConcurrent} requests running and ${maxQueued} waiting`);
    const entry = {
      // Started later from another request's "finish": bound to this request's own async context, so
      // it keeps its own request scope (deadline, Cypher tally) instead of the finishing request's.
      start: AsyncResource.bind(start),
      timer: setTimeout(() => {
        const at = queue.indexOf(entry);
        if (at >= 0) queue.splice(at, 1);
        refuse(res, `waited ${queueTimeoutMs} ms for a turn`);
      }, queueTimeoutMs),
    };
    queue.push(entry);
    // A client that gives up while waiting leaves the queue.
    res.once("close", () => {
      const at = queue.indexOf(entry);
      if (at >= 0) {
        queue.splice(at, 1);
        clearTimeout(entry.timer);
      }
    });
  };

  return { middleware, stats: () => ({ active, queued: queue.length, refused }) };
}
