// GET /export/<format>?… — the graph or a part of it as GEXF, GraphML, JSON-LD or neo4j-admin CSV,
// streamed as it is read (src/export). Parameters are checked before any Cypher runs: an unknown or
// bad one is a 400 naming it; an unknown centre entity is a 404. Each page read runs under the API's
// transaction timeout; a client that goes away stops the export at the next page.
import type express from "express";
import {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  EXPORT_PARAMS,
  ExportNotFoundError,
  ExportParameterError,
  FILE_EXTENSIONS,
  parseScope,
  prepareExport,
  streamSink,
  writeExport,
  type ExportFormat,
  type ExportParams,
} from "../export";
import { CSV_PARTS } from "../export/writers/csv";
import { ErrorCode } from "../graphql/errors";
import { log } from "../logger";
import type { Database } from "../neo4j/database";

/** Exports running at once: a whole-graph export holds a Neo4j session for its length. */
export const MAX_CONCURRENT_EXPORTS = 2;
let running = 0;

function fail(res: express.Response, status: number, code: string, message: string, parameter?: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId, ...(parameter ? { parameter } : {}) } }] });
}

export function mountExportRoutes(app: express.Express, db: Database): void {
  app.get("/export/:format", async (req, res) => {
    const format = req.params.format as ExportFormat;
    if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
      fail(res, 400, ErrorCode.BadRequest, `unknown export format "${format}" (allowed: ${EXPORT_FORMATS.join(", ")})`, "format");
      return;
    }
    const params: ExportParams = {};
    let part: (typeof CSV_PARTS)[number] | undefined;
    for (const [name, value] of Object.entries(req.query)) {
      if (typeof value !== "string") {
        fail(res, 400, ErrorCode.BadRequest, `${name}: give the parameter once, as text`, name);
        return;
      }
      if (name === "part" && format === "csv") {
        if (!(CSV_PARTS as readonly string[]).includes(value)) {
          fail(res, 400, ErrorCode.BadRequest, `part: must be nodes, sources or relationships (got "${value}")`, "part");
          return;
        }
        part = value as (typeof CSV_PARTS)[number];
      } else if ((EXPORT_PARAMS as readonly string[]).includes(name)) {
        params[name as keyof ExportParams] = value;
      } else {
        const allowed = [...EXPORT_PARAMS, ...(format === "csv" ? ["part"] : [])].join(", ");
        fail(res, 400, ErrorCode.BadRequest, `unknown parameter "${name}" (allowed: ${allowed})`, name);
        return;
      }
    }
    if (format === "csv" && !part) {
      fail(res, 400, ErrorCode.BadRequest, "part: CSV comes as three files; ask for part=nodes, part=sources or part=relationships", "part");
      return;
    }
    let selection;
    try {
      selection = await prepareExport(db, parseScope(params));
    } catch (error) {
      if (error instanceof ExportParameterError) fail(res, 400, ErrorCode.BadRequest, error.message, error.parameter);
      else if (error instanceof ExportNotFoundError) fail(res, 404, ErrorCode.NotFound, error.message, error.parameter);
      else {
        log.error("export failed", { requestId: res.locals.requestId, error: String(error) });
        fail(res, 503, ErrorCode.Internal, "the export could not be prepared (database unavailable or too slow)");
      }
      return;
    }
    if (running >= MAX_CONCURRENT_EXPORTS) {
      res.setHeader("retry-after", "10");
      fail(res, 429, "TOO_MANY_EXPORTS", `${MAX_CONCURRENT_EXPORTS} exports are already running; try again shortly`);
      return;
    }
    running++;
    res.once("close", () => running--);
    const name = `eu-japan-sti${part ? `-${part}` : ""}.${FILE_EXTENSIONS[format]}`;
    res.status(200);
    res.setHeader("content-type", CONTENT_TYPES[format]);
    res.setHeader("content-disposition", `attachment; filename="${name}"`);
    const sink = streamSink(res);
    const output = format === "csv" ? { nodes: part === "nodes" ? sink : null, sources: part === "sources" ? sink : null, relationships: part === "relationships" ? sink : null } : { sink };
    try {
      const summary = await writeExport(db, format, selection, output);
      res.end();
      log.info("export", { requestId: res.locals.requestId, format, part, ...summary });
    } catch (error) {
      // The status is sent: the only honest signal left is to break the connection, so the client
      // sees an incomplete transfer rather than a truncated file that looks whole.
      log.warn("export aborted", { requestId: res.locals.requestId, format, error: String(error) });
      res.destroy();
    }
  });
}
