// Curated changes through the API: create or update an entity, add or remove a relationship, each
// with provenance, checked by the same rules as the seed (domain/rules.ts). Every change is one
// transaction that applies it AND appends it to the edit log (CurationEdit nodes); every seed load
// replays the log (seed-and-edits.ts), so curated changes survive re-loads and restarts.
// Expected failures come back as field errors; nothing is written then.
import { randomUUID } from "node:crypto";
import { log } from "../logger";
import type { Database, UnitOfWork } from "../neo4j/database";
import { resolveEvidence, uniqueEvidence, type ResolvedEvidence } from "../domain/evidence";
import type { Evidence, FieldProblem } from "../domain/records";
import { checkEndpoint, checkEntity, checkRelationship, identifierUnsupported, relationshipKey } from "../domain/rules";
import { kindPropertiesOf, storedEntity, storedEvidence, storedRelationship } from "../domain/stored";
import type { EntityKind, RelationshipType } from "../domain/vocabulary";

export interface EntityChange {
  id: string;
  kind: string;
  name: string;
  aliases?: string[];
  properties?: Record<string, unknown>;
  note?: string;
  evidence: Evidence[];
}

export interface RelationshipChange {
  type: string;
  from: string;
  to: string;
  properties?: Record<string, unknown>;
  note?: string;
  evidence: Evidence[];
}

export interface RelationshipRemoval {
  type: string;
  from: string;
  to: string;
  role?: string;
  title?: string;
  asOf?: string;
  reason: string;
}

export type Op = "upsertEntity" | "addRelationship" | "removeRelationship";

export interface ChangeResult {
  ok: boolean;
  errors: FieldProblem[];
  /** Entity id or relationship key that was written. */
  target: string | null;
  removed?: boolean;
}

type Props = Record<string, unknown>;

class Refused extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super("refused");
  }
}

export class CurationService {
  constructor(
    private readonly db: Database,
    /** Source texts by source id, for checking quotes (loadSourceTexts). */
    private readonly sourceTexts: ReadonlyMap<string, string>,
  ) {}

  upsertEntity(actor: string, input: EntityChange): Promise<ChangeResult> {
    return this.change(actor, "upsertEntity", input);
  }

  addRelationship(actor: string, input: RelationshipChange): Promise<ChangeResult> {
    return this.change(actor, "addRelationship", input);
  }

  removeRelationship(actor: string, input: RelationshipRemoval): Promise<ChangeResult> {
    return this.change(actor, "removeRelationship", input);
  }

  /** Re-applies the whole edit log inside `tx` (seed-and-edits.ts: in the seed load's last transaction). */
  async replay(tx: UnitOfWork): Promise<{ applied: number; skipped: number }> {
    let applied = 0;
    let skipped = 0;
    for (const edit of await tx.run("curation/edits")) {
      try {
        await this.apply(tx, edit.op as Op, JSON.parse(String(edit.payload)) as Props);
        applied++;
      } catch (error) {
        if (!(error instanceof Refused)) throw error;
        // The seed no longer has what the edit needs (e.g. an endpoint was removed): keep the edit,
        // skip it, and say so.
        skipped++;
        log.warn("curation edit no longer applies; skipped", { id: edit.id, op: edit.op, problems: error.problems.map((p) => `${p.field}: ${p.message}`).join("; ") });
      }
    }
    return { applied, skipped };
  }

  private async change(actor: string, op: Op, input: object): Promise<ChangeResult> {
    try {
      return await this.db.inTransaction(
        async (tx) => {
          const result = await this.apply(tx, op, input as Props);
          await tx.run("curation/record-edit", { id: randomUUID(), actor, op, payload: JSON.stringify(input) });
          log.info("curated change", { actor, op, target: result.target });
          return result;
        },
        { name: `curation/${op}` },
      );
    } catch (error) {
      if (error instanceof Refused) return { ok: false, errors: error.problems, target: null, ...(op === "removeRelationship" ? { removed: false } : {}) };
      throw error;
    }
  }

  private apply(tx: UnitOfWork, op: Op, input: Props): Promise<ChangeResult> {
    switch (op) {
      case "upsertEntity":
        return this.applyEntity(tx, input);
      case "addRelationship":
        return this.applyRelationship(tx, input);
      case "removeRelationship":
        return this.applyRemoval(tx, input);
    }
  }

  private resolveEvidence(items: Evidence[]): ResolvedEvidence[] {
    const texts = this.sourceTexts;
    const { evidence, problems } = resolveEvidence(items, {
      sourceRequired: "a quote must name its source",
      has: (id) => texts.has(id),
      text: (id) => texts.get(id),
      quoteNotFound: (id) => `quote not found in ${id}`,
    });
    if (problems.length > 0) throw new Refused(problems);
    return evidence;
  }

  private async applyEntity(tx: UnitOfWork, input: Props): Promise<ChangeResult> {
    const { record, problems } = checkEntity(input);
    if (problems.length > 0) throw new Refused(problems);
    const evidence = this.resolveEvidence(record.evidence);
    const [existing] = await tx.run("queries/entities/entities-by-ids", { ids: [record.id] });
    const before = (existing?.entity as Props | undefined) ?? undefined;
    if (before && before.kind !== record.kind) {
      throw new Refused([{ field: "kind", rule: "sameKind", message: `${record.id} is a ${String(before.kind)}; its kind cannot change` }]);
    }
    // Name, aliases and given properties are replaced; evidence is added to what the entity had.
    const previous = before ? storedEvidence(before) : [];
    const merged = uniqueEvidence([...previous, ...evidence]);
    const aliases = [...new Set(record.aliases ?? [])];
    const kindProperties = before ? kindPropertiesOf(before) : {};
    const identifiers = record.identifiers ?? {};
    const unsupported = Object.entries(identifiers)
      .map(([scheme, value]) => [scheme, identifierUnsupported(scheme, String(value), merged)] as const)
      .filter(([, problem]) => problem !== null);
    if (unsupported.length) throw new Refused(unsupported.map(([scheme, message]) => ({ field: `identifiers.${scheme}`, rule: "identifierStated", message: message! })));
    const properties = { ...kindProperties, ...(record.properties ?? {}), ...identifiers };
    const props = storedEntity({
      id: record.id,
      kind: record.kind,
      name: record.name,
      aliases,
      properties,
      notes: record.note ? [...new Set([...((before?.notes as string[]) ?? []), record.note])] : (before?.notes as string[] | undefined),
      disagreements: before?.disagreements,
      evidence: merged,
      origin: before?.origin ?? "curation",
    });
    await tx.run("seed/upsert-entities", { rows: [{ id: record.id, kind: record.kind, props }] });
    return { ok: true, errors: [], target: record.id };
  }

  private async applyRelationship(tx: UnitOfWork, input: Props): Promise<ChangeResult> {
    const { record, problems, valid } = checkRelationship(input);
    const type = record.type as RelationshipType;
    if (valid) {
      // Every problem at once: property rules, and the endpoints as they are in the graph.
      const kinds = await this.kindsOf(tx, [record.from, record.to]);
      for (const side of ["from", "to"] as const) {
        const endpoint = checkEndpoint(type, side, kinds.get(record[side]), record[side]);
        if (endpoint) problems.push(endpoint);
      }
      if (record.from === record.to) problems.push({ field: "to", rule: "noSelfLoop", message: "a relationship must connect two different entities" });
    }
    if (problems.length > 0) throw new Refused(problems);
    const evidence = this.resolveEvidence(record.evidence);

    const properties = { ...(record.properties ?? {}) };
    const key = relationshipKey(type, record.from, record.to, properties);
    // Concurrent changes of relationships from the same entity queue here (the entity's write lock,
    // held to commit), so the read below sees any identical add that committed first.
    await tx.run("curation/lock-endpoint", { id: record.from });
    const [existing] = await tx.run("curation/relationship-by-key", { from: record.from, to: record.to, key });
    const before = (existing?.props as Props | undefined) ?? undefined;
    const merged = uniqueEvidence([...(before ? storedEvidence(before) : []), ...evidence]);
    const notes = [...new Set([...((before?.notes as string[]) ?? []), ...(record.note ? [record.note] : [])])];
    const props = storedRelationship({
      key,
      properties,
      notes: notes.length ? notes : undefined,
      disagreements: before?.disagreements,
      evidence: merged,
      origin: before?.origin ?? "curation",
    });
    if (existing) await tx.run("seed/update-relationships", { rows: [{ elementId: existing.elementId, props }] });
    else await tx.run("seed/create-relationships", { rows: [{ type, from: record.from, to: record.to, props }] });
    return { ok: true, errors: [], target: key };
  }

  private async applyRemoval(tx: UnitOfWork, input: Props): Promise<ChangeResult> {
    const problems: FieldProblem[] = [];
    if (typeof input.reason !== "string" || input.reason.trim().length < 5) {
      problems.push({ field: "reason", rule: "isNotEmpty", message: "a removal needs the curator's reason (at least 5 characters)" });
    }
    const type = String(input.type) as RelationshipType;
    const key = relationshipKey(type, String(input.from), String(input.to), { role: input.role, title: input.title, asOf: input.asOf });
    if (problems.length > 0) throw new Refused(problems);
    const [row] = await tx.run("curation/delete-relationship", { from: input.from, to: input.to, key });
    // Removing what is not there is the caller's mistake: refused, so nothing goes into the edit log.
    if (Number(row?.deleted ?? 0) === 0) {
      throw new Refused([{ field: "from", rule: "relationshipExists", message: `there is no ${type} relationship from ${String(input.from).slice(0, 80)} to ${String(input.to).slice(0, 80)} with that key; nothing was removed` }]);
    }
    return { ok: true, errors: [], target: key, removed: true };
  }

  private async kindsOf(tx: UnitOfWork, ids: string[]): Promise<Map<string, EntityKind>> {
    const rows = await tx.run("queries/entities/entities-by-ids", { ids });
    return new Map(rows.map((row) => [String((row.entity as Props).id), (row.entity as Props).kind as EntityKind]));
  }
}
