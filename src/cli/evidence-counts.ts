// `npm run evidence-counts [-- <seed dir> [<earlier seed dir>]]`: how many relationships of the seed
// are stated (a quote states them), inferred (a quote plus the curator's inference, none stating
// them) or curated (reasons only), by relationship type. Given an earlier copy of the seed, also how
// many relationships moved from stated to inferred or curated between the two.
import "reflect-metadata";
import path from "node:path";
import { PROJECT_ROOT } from "../config/config";
import { evidenceKind } from "../domain/evidence";
import { storedEvidence } from "../domain/stored";
import { planSeed, type RelationshipPlan } from "../seed/validate";

type Kind = "stated" | "inferred" | "curated";

/** A relationship's kind: stated with a stating quote, inferred with a quote but none stating, else curated. */
export function relationshipEvidenceKind(props: Record<string, unknown>): Kind {
  const kinds = storedEvidence(props).map(evidenceKind);
  if (kinds.includes("stated")) return "stated";
  return kinds.includes("inferred") ? "inferred" : "curated";
}

export function evidenceCounts(relationships: RelationshipPlan[]) {
  const total = { stated: 0, inferred: 0, curated: 0 };
  const byType: Record<string, { stated: number; inferred: number; curated: number }> = {};
  for (const r of relationships) {
    const kind = relationshipEvidenceKind(r.props);
    total[kind]++;
    (byType[r.type] ??= { stated: 0, inferred: 0, curated: 0 })[kind]++;
  }
  return { relationships: relationships.length, ...total, byType };
}

function main(): void {
  const [dirArg, earlierArg] = process.argv.slice(2);
  const dir = path.resolve(dirArg ?? path.join(PROJECT_ROOT, "seed"));
  const plan = planSeed(dir);
  const counts = evidenceCounts(plan.relationships);
  console.log(`seed ${dir}: ${counts.relationships} relationships — stated ${counts.stated}, inferred ${counts.inferred}, curated ${counts.curated}`);
  for (const [type, c] of Object.entries(counts.byType).sort()) {
    console.log(`  ${type.padEnd(18)} stated ${String(c.stated).padStart(4)}  inferred ${String(c.inferred).padStart(4)}  curated ${String(c.curated).padStart(4)}`);
  }
  if (earlierArg) {
    const earlier = planSeed(path.resolve(earlierArg));
    const before = evidenceCounts(earlier.relationships);
    console.log(`earlier ${path.resolve(earlierArg)}: ${before.relationships} relationships — stated ${before.stated}, inferred ${before.inferred}, curated ${before.curated}`);
    const now = new Map(plan.relationships.map((r) => [r.key, relationshipEvidenceKind(r.props)]));
    const moved = { inferred: 0, curated: 0, removed: 0 };
    for (const r of earlier.relationships) {
      if (relationshipEvidenceKind(r.props) !== "stated") continue;
      const kind = now.get(r.key);
      if (kind === undefined) moved.removed++;
      else if (kind !== "stated") moved[kind]++;
    }
    console.log(`moved from stated: to inferred ${moved.inferred}, to curated ${moved.curated}; stated before and no longer in the seed ${moved.removed}`);
  }
}

if (require.main === module) main();
