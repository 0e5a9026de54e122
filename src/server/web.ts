// The browser side of the server: the explorer (web/dist, built by Vite) at / with deep links
// falling back to index.html, and the bundled GraphiQL IDE at GET /graphql for browsers. Both are
// same-origin pages that load nothing from outside (see the Content-Security-Policy below).
import fs from "node:fs";
import path from "node:path";
import express from "express";
import { PROJECT_ROOT } from "../config/config";

export const DEFAULT_WEB_DIR = path.join(PROJECT_ROOT, "web", "dist");

// Everything from this server; blob: for the layout worker graphology creates; inline styles for
// React's style attributes and GraphiQL's editor. Nothing else may load.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join("; ");

const NOT_BUILT = (what: string) =>
  `<!doctype html><meta charset="utf-8"><title>Not built</title>
<h1>The ${what} is not built</h1>
<p>The folder <code>web/dist</code> is missing. Run <code>npm run build:web</code> (or <code>npm start</code>, which builds it when needed) and reload this page.</p>
`;

function sendPage(res: express.Response, file: string, what: string): void {
  if (!fs.existsSync(file)) {
    res.status(503).type("html").setHeader("cache-control", "no-store").send(NOT_BUILT(what));
    return;
  }
  res.setHeader("cache-control", "no-cache");
  res.setHeader("content-security-policy", CONTENT_SECURITY_POLICY);
  res.sendFile(file);
}

/** True for a browser asking for a page (not a GraphQL client asking for JSON). */
function wantsHtml(req: express.Request): boolean {
  return req.accepts(["application/json", "application/graphql-response+json", "text/html"]) === "text/html";
}

/** GET /graphql from a browser: the IDE (or a plain answer when an operator turned it off). */
export function graphqlIdePage(options: { webDir: string; enabled: boolean }): express.RequestHandler {
  return (req, res, next) => {
    if (req.method !== "GET" || !wantsHtml(req) || req.query.query !== undefined) return next();
    if (!options.enabled) {
      res
        .status(404)
        .type("text")
        .send("The GraphQL IDE is turned off on this server (GRAPHQL_IDE=false). Send GraphQL requests as POST to /graphql.\n");
      return;
    }
    sendPage(res, path.join(options.webDir, "graphiql.html"), "GraphQL IDE");
  };
}

/** The explorer: hashed assets cached for a year, every other page address answered with index.html. */
export function explorer(options: { webDir: string; graphqlIde: boolean }): express.Router {
  const router = express.Router();
  // The IDE's page is only reachable at /graphql (and not at all when it is turned off).
  router.get("/graphiql.html", (_req, res) => {
    res.redirect(options.graphqlIde ? 301 : 404, "/graphql");
  });
  router.use(
    "/assets",
    express.static(path.join(options.webDir, "assets"), {
      index: false,
      fallthrough: false,
      immutable: true,
      maxAge: "365d",
    }),
  );
  router.use((req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    // A missing file (an address with an extension) is a 404, not the app.
    if (path.extname(req.path) !== "") {
      res.status(404).type("text").send(`Not found: ${req.path}\n`);
      return;
    }
    if (!wantsHtml(req)) return next();
    sendPage(res, path.join(options.webDir, "index.html"), "explorer");
  });
  return router;
}
