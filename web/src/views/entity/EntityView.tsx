// An entity's page: /entity/<id>. Its properties, roles over time (affiliations with title and
// date), sources, disagreements between sources, and every relationship, paged, each with its
// evidence one click away.
import { useState, type ReactNode } from "react";
import { entityDetail } from "../../api/queries";
import type { EntityDetail, FuzzyDate } from "../../api/types";
import { useApi } from "../../api/useApi";
import { idSegment, Link } from "../../app/router";
import type { ViewProps } from "../../app/routes";
import { EvidenceList, StatedBadge } from "../../ui/EvidencePanel";
import { EntityLink, KindBadge } from "../../ui/EntityLink";
import { words } from "../../ui/kinds";
import { ErrorState, Loading } from "../../ui/States";
import { RelationsTable } from "./RelationsTable";

const HIDDEN = new Set(["id", "kind", "name", "aliases", "stated", "notes", "evidence", "sources", "disagreements", "affiliations", "__typename"]);

function isDate(value: unknown): value is FuzzyDate {
  return typeof value === "object" && value !== null && "value" in value && "precision" in value;
}

function isRef(value: unknown): value is { id: string; name: string; kind: string } {
  return typeof value === "object" && value !== null && "id" in value && "name" in value && "kind" in value;
}

function propertyValue(value: unknown): ReactNode {
  if (isDate(value)) return value.value;
  if (isRef(value)) return <EntityLink entity={value} />;
  if (Array.isArray(value)) {
    if (value.every(isRef)) return value.map((v, i) => <span key={v.id}>{i > 0 && ", "}<EntityLink entity={v} /></span>);
    return (
      <ul>
        {value.map((v, i) => (
          <li key={i}>{String(v)}</li>
        ))}
      </ul>
    );
  }
  if (typeof value === "string" && /^https?:\/\//.test(value)) {
    return (
      <a href={value} target="_blank" rel="noreferrer noopener">
        {value}
      </a>
    );
  }
  if (typeof value === "string" && /^[A-Z_]+$/.test(value)) return words(value);
  return String(value);
}

function Properties({ entity }: { entity: EntityDetail }) {
  const rows = Object.entries(entity).filter(([key, value]) => !HIDDEN.has(key) && value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0));
  return (
    <dl className="properties">
      {entity.aliases.length > 0 && (
        <>
          <dt>Also known as</dt>
          <dd>{entity.aliases.join(" · ")}</dd>
        </>
      )}
      {rows.map(([key, value]) => (
        <div key={key} className="property">
          <dt>{key.replace(/([A-Z])/g, " $1").toLowerCase()}</dt>
          <dd>{propertyValue(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

export function EntityView({ params }: ViewProps) {
  const id = params.id ?? "";
  const result = useApi((signal) => entityDetail(id, signal), [id]);
  const [showEvidence, setShowEvidence] = useState(false);
  if (result.status === "loading") return <Loading what={id} />;
  if (result.status === "error")
    return (
      <section>
        <h1 tabIndex={-1}>Not available</h1>
        <ErrorState error={result.error} retry={result.retry} />
      </section>
    );
  const entity = result.data;
  return (
    <article className="entity">
      <header className="entity-header">
        <KindBadge kind={entity.kind} />
        <h1 tabIndex={-1}>{entity.name}</h1>
        <StatedBadge stated={entity.stated} />
        <nav className="entity-views" aria-label="Views of this entity">
          <Link to={`/network/${idSegment(entity.id)}`}>Network</Link>
          {entity.kind === "PERSON" && <Link to={`/who-met/${idSegment(entity.id)}`}>Who met whom</Link>}
        </nav>
      </header>
      <p className="muted">
        <code>{entity.id}</code>
      </p>
      <div className="entity-grid">
        <section>
          <h2>Properties</h2>
          <Properties entity={entity} />
          <button type="button" className="linklike" aria-expanded={showEvidence} onClick={() => setShowEvidence((v) => !v)}>
            {showEvidence ? "Hide" : "Show"} the evidence for this entity ({entity.evidence.length})
          </button>
          {showEvidence && <EvidenceList evidence={entity.evidence} />}
          {entity.notes.length > 0 && (
            <>
              <h3>Curators’ notes</h3>
              <ul>
                {entity.notes.map((note, i) => (
                  <li key={i}>{note}</li>
                ))}
              </ul>
            </>
          )}
        </section>
        {entity.affiliations && entity.affiliations.length > 0 && (
          <section>
            <h2>Roles over time</h2>
            <table className="roles">
              <thead>
                <tr>
                  <th scope="col">As of</th>
                  <th scope="col">Title</th>
                  <th scope="col">Institution</th>
                  <th scope="col">Evidence</th>
                </tr>
              </thead>
              <tbody>
                {[...entity.affiliations]
                  .sort((a, b) => (a.asOf?.earliest ?? "9999").localeCompare(b.asOf?.earliest ?? "9999"))
                  .map((affiliation, i) => (
                    <tr key={i}>
                      <td>{affiliation.asOf?.value ?? "undated"}</td>
                      <td>{affiliation.title ?? "—"}</td>
                      <td>
                        <EntityLink entity={affiliation.institution} />
                      </td>
                      <td>
                        <details>
                          <summary>
                            <StatedBadge stated={affiliation.stated} />
                          </summary>
                          <EvidenceList evidence={affiliation.evidence} />
                        </details>
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </section>
        )}
        {entity.disagreements.length > 0 && (
          <section>
            <h2>Where sources disagree</h2>
            <ul className="disagreements">
              {entity.disagreements.map((d) => (
                <li key={d.field}>
                  <strong>{d.field}</strong>:
                  <ul>
                    {d.values.map((v, i) => (
                      <li key={i}>
                        “{v.value}” — {v.sourceIds.map((s) => entity.sources.find((x) => x.id === s)?.title ?? s).join("; ")}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        )}
        <section>
          <h2>Sources ({entity.sources.length})</h2>
          <ul className="sources">
            {entity.sources.map((source) => (
              <li key={source.id}>
                {source.url ? (
                  <a href={source.url} target="_blank" rel="noreferrer noopener">
                    {source.title}
                  </a>
                ) : (
                  source.title
                )}
                <span className="muted">
                  {" "}
                  · {source.publisher}
                  {source.date ? ` · ${source.date.value}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <RelationsTable entityId={entity.id} />
    </article>
  );
}
