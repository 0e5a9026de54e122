// PROFILE of every read query file the API runs (cypher/queries/**), with representative parameters
// from the benchmark sample: a typical id and, where the data is skewed, the biggest hub. Reports
// total db hits, rows, time, and the most expensive operators of each plan.
import neo4j, { type Driver } from "neo4j-driver";
import { cypher, cypherFolder } from "../src/neo4j/cypher-files";
import { toParams } from "../src/neo4j/database";
import { toWindow } from "../src/graphql/shared/window.args";
import type { Repositories } from "../src/repositories";
import type { Entity } from "../src/repositories/model";
import { firstItems } from "../src/repositories/key-range";
import type { QuerySample } from "./generate";
import { record } from "./jobs";

export interface OperatorCost {
  operator: string;
  details: string;
  dbHits: number;
  rows: number;
}

export interface ProfileResult {
  query: string;
  variant: string;
  params: Record<string, unknown>;
  ms: number;
  dbHits: number;
  rowsReturned: number;
  pageCacheHits: number;
  pageCacheMisses: number;
  top: OperatorCost[];
  error?: string;
}

type Params = Record<string, unknown>;

type Case = { variant: string; params: Params };

/**
 * Representative parameter sets per query file (name → variants), recorded from the project's own
 * repository calls where a repository method sends the statement (so they match what the API sends).
 */
export async function profileCases(sample: QuerySample): Promise<Record<string, Case[]>> {
  const who = sample.whoMet[0]!;
  const via = ["PERSON", "EVENT", "PROJECT", "AGREEMENT", "HIERARCHY"];
  const [a, b] = sample.pairs[0]!;
  // (pairs 2–4 and a short maxHops also check the shortest-path rewrite's answers)
  const cases: Record<string, Case[]> = {};
  const add = async (variant: string, use: (repos: Repositories) => Promise<unknown>) => {
    for (const call of await record(use)) (cases[call.name] ??= []).push({ variant, params: call.params });
  };
  await add("sample person, 5-year window", (r) => r.meetings.whoMet(who.personId, { ...toWindow(who.from, who.to), placeId: null, eventTypes: [] }, firstItems(20)));
  await add("hub person, no window", (r) => r.meetings.whoMet(sample.hubs.person, { from: null, to: null, placeId: null, eventTypes: [] }, firstItems(20)));
  const network = (ids: string[]) => (r: Repositories) => r.network.around({ id: ids[0] } as Entity, { depth: 1, via: via as never, from: null, to: null, maxNodes: 200 });
  await add("sample institution (level 1)", network([sample.institutions[0]!]));
  await add("hub institution (level 1)", network([sample.hubs.institution]));
  // A level-2 frontier: the repository sends every new institution of level 1 at once.
  const frontier = await record(network([sample.institutions[0]!]));
  (cases["queries/network/institution-links"] ??= []).push({ variant: "20 sample institutions (a level-2 frontier)", params: { ...frontier[0]!.params, ids: sample.institutions.slice(0, 20) } });
  await add("sample project", (r) => r.traces.prioritiesOfProject(sample.projects[0]!, firstItems(20)));
  await add("first project", (r) => r.traces.prioritiesOfProject(sample.hubs.project, firstItems(20)));
  await add("first research area", (r) => r.traces.reachOfPriority(sample.hubs.area, [], firstItems(20)));
  await add("sample person pair, maxHops 4", (r) => r.paths.shortestPaths(a, b, { maxHops: 4, types: [], from: null, to: null, limit: 5 }));
  for (const [k, [x, y]] of sample.pairs.slice(1, 4).entries()) {
    await add(`sample pair ${k + 2}, maxHops 4`, (r) => r.paths.shortestPaths(x, y, { maxHops: 4, types: [], from: null, to: null, limit: 5 }));
  }
  await add("sample pair 2, maxHops 2", (r) => r.paths.shortestPaths(sample.pairs[1]![0], sample.pairs[1]![1], { maxHops: 2, types: [], from: null, to: null, limit: 5 }));
  await add(`"${sample.searches[1]}"`, (r) => r.search.search(sample.searches[1]!, [], firstItems(10)));
  await add(`"${sample.searches[2]}" (one prefix)`, (r) => r.search.search(sample.searches[2]!, [], firstItems(10)));
  await add("year 2014, first 20", (r) => r.timeline.events({ ...toWindow("2014", "2014"), placeId: null, participantId: null, eventTypes: [] }, firstItems(20)));
  await add("participant = sample person, first 20", (r) => r.timeline.events({ from: null, to: null, placeId: null, participantId: who.personId, eventTypes: [] }, firstItems(20)));
  await add("20 ids", (r) => r.entities.byIds([...sample.institutions.slice(0, 10), ...sample.projects.slice(0, 10)]));
  await add("sample person, all types", (r) => r.entities.relationsOf([who.personId]));
  await add("hub institution, all types", (r) => r.entities.relationsOf([sample.hubs.institution]));
  await add("one source", (r) => r.entities.sourcesByIds(["source:none"]));
  await add("all", (r) => r.entities.allSources());
  await add("first dialogue", (r) => r.series.meetingsOf(sample.hubs.dialogue));
  await add("whole graph", (r) => r.stats.graphStats());
  return cases;
}

interface PlanNode {
  operatorType: string;
  dbHits: number;
  rows: number;
  pageCacheHits?: number;
  pageCacheMisses?: number;
  arguments?: Record<string, unknown>;
  children: PlanNode[];
}

function walk(plan: PlanNode, visit: (node: PlanNode) => void): void {
  visit(plan);
  for (const child of plan.children ?? []) walk(child, visit);
}

const num = (value: unknown) => (typeof value === "number" ? value : neo4j.isInt(value) ? (value as { toNumber(): number }).toNumber() : Number(value ?? 0));

export async function profileAll(driver: Driver, database: string, sample: QuerySample, timeoutMs: number): Promise<ProfileResult[]> {
  const cases = await profileCases(sample);
  const results: ProfileResult[] = [];
  const names = cypherFolder("queries").map((s) => s.name);
  for (const name of names) {
    const known = cases[name] ?? (/Parameters: none/i.test(cypher(name).header) ? [{ variant: "no parameters", params: {} }] : null);
    if (!known) {
      results.push({ query: name, variant: "skipped", params: {}, ms: 0, dbHits: NaN, rowsReturned: 0, pageCacheHits: 0, pageCacheMisses: 0, top: [], error: "no representative parameters defined in bench/profile.ts" });
      continue;
    }
    for (const { variant, params } of known) {
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      const started = Date.now();
      try {
        const result = await session.executeRead((tx) => tx.run(`PROFILE ${cypher(name).text}`, toParams(params) as Params), {
          timeout: timeoutMs,
          metadata: { app: "bench-profile", query: name },
        });
        const ms = Date.now() - started;
        const profile = result.summary.profile as unknown as PlanNode;
        let dbHits = 0;
        let pageCacheHits = 0;
        let pageCacheMisses = 0;
        const ops: OperatorCost[] = [];
        walk(profile, (node) => {
          dbHits += num(node.dbHits);
          pageCacheHits += num(node.pageCacheHits);
          pageCacheMisses += num(node.pageCacheMisses);
          const details = String(node.arguments?.Details ?? node.arguments?.details ?? "").slice(0, 160);
          ops.push({ operator: node.operatorType.replace(/@neo4j$/, ""), details, dbHits: num(node.dbHits), rows: num(node.rows) });
        });
        ops.sort((x, y) => y.dbHits - x.dbHits || y.rows - x.rows);
        results.push({ query: name, variant, params, ms, dbHits, rowsReturned: result.records.length, pageCacheHits, pageCacheMisses, top: ops.slice(0, 6) });
      } catch (error) {
        results.push({
          query: name,
          variant,
          params,
          ms: Date.now() - started,
          dbHits: NaN,
          rowsReturned: 0,
          pageCacheHits: 0,
          pageCacheMisses: 0,
          top: [],
          error: error instanceof Error ? error.message.slice(0, 300) : String(error),
        });
      } finally {
        await session.close();
      }
    }
  }
  return results;
}

export function formatProfile(results: ProfileResult[]): string {
  const lines: string[] = [];
  for (const r of results) {
    if (r.error) {
      lines.push(`${r.query} [${r.variant}]: FAILED after ${r.ms} ms: ${r.error}`);
      continue;
    }
    lines.push(`${r.query} [${r.variant}]: ${r.ms} ms, ${r.dbHits.toLocaleString("en")} db hits, ${r.rowsReturned} rows returned, page cache ${r.pageCacheHits} hits / ${r.pageCacheMisses} misses`);
    for (const op of r.top.slice(0, 4)) {
      lines.push(`    ${op.operator.padEnd(28)} ${op.dbHits.toLocaleString("en").padStart(12)} hits ${op.rows.toLocaleString("en").padStart(10)} rows  ${op.details}`);
    }
  }
  return lines.join("\n");
}
