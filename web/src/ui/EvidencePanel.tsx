// Why the graph says something: for any relationship (or entity), each evidence item shows whether
// a source states it or a curator added it, the source (name + link to its page) and the quote, or
// the curator's reason. Used wherever an edge is drawn or listed.
import type { ReactNode } from "react";
import type { Evidence } from "../api/types";

export function StatedBadge({ stated }: { stated: boolean }) {
  return stated ? (
    <span className="badge badge-stated" title="A source states it">
      stated
    </span>
  ) : (
    <span className="badge badge-curated" title="No source states it: a curator added it, with a reason">
      inferred (curated)
    </span>
  );
}

export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return <p className="muted">No evidence recorded.</p>;
  return (
    <ul className="evidence-list">
      {evidence.map((item, i) => (
        <li key={i} className="evidence">
          <StatedBadge stated={item.stated} />
          {item.quote && <blockquote className="quote">“{item.quote}”</blockquote>}
          {item.curatedReason && (
            <p className="curated-reason">
              <span className="muted">Curator’s reason: </span>
              {item.curatedReason}
            </p>
          )}
          {item.source && (
            <p className="source">
              <span className="muted">Source: </span>
              {item.source.url ? (
                <a href={item.source.url} target="_blank" rel="noreferrer noopener">
                  {item.source.title}
                </a>
              ) : (
                item.source.title
              )}
              {" · "}
              {item.source.publisher}
              {item.source.date ? ` · ${item.source.date.value}` : ""}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A panel about one relationship (or meeting): a heading, what it is, and its evidence. */
export function EvidencePanel({
  title,
  stated,
  details,
  evidence,
  onClose,
  children,
}: {
  title: ReactNode;
  stated?: boolean;
  details?: ReactNode;
  evidence?: Evidence[];
  onClose?: () => void;
  children?: ReactNode;
}) {
  return (
    <aside className="evidence-panel" aria-label="Evidence" data-testid="evidence-panel">
      <header>
        <h3>{title}</h3>
        {onClose && (
          <button type="button" className="close" onClick={onClose} aria-label="Close the evidence panel">
            ×
          </button>
        )}
      </header>
      {stated !== undefined && <StatedBadge stated={stated} />}
      {details}
      {evidence && <EvidenceList evidence={evidence} />}
      {children}
    </aside>
  );
}
