// A link to an entity's page, with its kind as a coloured badge.
import { idSegment, Link } from "../app/router";
import { kindStyle } from "./kinds";

export function KindBadge({ kind }: { kind: string }) {
  return (
    <span className="kind-badge" style={{ background: kindStyle(kind).color }}>
      {kindStyle(kind).label}
    </span>
  );
}

export function EntityLink({ entity, badge = false }: { entity: { id: string; name: string; kind: string }; badge?: boolean }) {
  return (
    <>
      {badge && <KindBadge kind={entity.kind} />} <Link to={`/entity/${idSegment(entity.id)}`}>{entity.name}</Link>
    </>
  );
}
