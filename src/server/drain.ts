// Graceful shutdown of the HTTP server: the requests it has accepted are all answered.
// 1. Notice: /health answers 503 and responses close their connection, while the server still
//    accepts for DRAIN_NOTICE_MS, so a load balancer stops sending before the listener closes.
// 2. Drain: stop accepting, let every request in flight finish (up to DRAIN_TIMEOUT_MS), then close
//    what is left, and log how many requests were accepted, answered and cut.
import type http from "node:http";
import type express from "express";
import { log } from "../logger";

const DRAIN_NOTICE_MS = 1_000;
const DRAIN_TIMEOUT_MS = 10_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Drain {
  /** First middleware: counts each request until it is answered or its connection closes. */
  middleware: express.RequestHandler;
  /** True from the start of the notice on (/health says 503). */
  draining(): boolean;
  /** Notice, then drain; resolves when every accepted request has been answered (or cut). */
  stop(): Promise<void>;
}

export function drainOnStop(httpServer: http.Server): Drain {
  let inFlight = 0;
  let accepted = 0;
  let answered = 0;
  let draining = false;
  const middleware: express.RequestHandler = (_req, res, next) => {
    inFlight++;
    accepted++;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      inFlight--;
      if (res.writableFinished) answered++;
    };
    res.once("finish", finish);
    res.once("close", finish);
    if (draining) res.setHeader("connection", "close");
    next();
  };
  const stop = async () => {
    draining = true;
    await sleep(DRAIN_NOTICE_MS);
    // Hand-written, not Apollo's ApolloServerPluginDrainHttpServer: tried again for issue 11 (plugin
    // plus this notice, apollo.stop() as the drain), tests/shutdown.test.ts failed 3 runs out of 3:
    // twice "cut=1", once one accepted request never answered (102 answered of 103 accepted). The
    // plugin closes every connection without a request in progress at once, and a connection the
    // server has just accepted, whose request is not parsed yet, is one of them (ECONNRESET).
    // This drain stops listening, gives such a connection 100 ms to show its request, closes the
    // idle ones, and waits for every request in flight.
    httpServer.close();
    await sleep(100);
    httpServer.closeIdleConnections();
    const deadline = Date.now() + DRAIN_TIMEOUT_MS;
    while (inFlight > 0 && Date.now() < deadline) await sleep(25);
    const cut = inFlight;
    httpServer.closeAllConnections();
    log.info("HTTP server drained", { accepted, answered, cut });
  };
  return { middleware, draining: () => draining, stop };
}
