// Every relationship of an entity, 25 at a time (relations(first, after)), each row with its
// evidence one click away.
import { useEffect, useState } from "react";
import { relations } from "../../api/queries";
import type { Relation } from "../../api/types";
import { EvidencePanel, StatedBadge } from "../../ui/EvidencePanel";
import { EntityLink } from "../../ui/EntityLink";
import { relationText } from "../../ui/relation";
import { Empty, ErrorState, Loading } from "../../ui/States";

const PAGE = 25;

export function RelationsTable({ entityId }: { entityId: string }) {
  const [rows, setRows] = useState<Relation[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [cursor, setCursor] = useState<string | null>(null);
  const [more, setMore] = useState(false);
  const [state, setState] = useState<{ loading: boolean; error?: unknown }>({ loading: true });
  const [open, setOpen] = useState<number | null>(null);

  const load = (after: string | null, signal?: AbortSignal) => {
    setState({ loading: true });
    relations(entityId, { first: PAGE, after }, signal).then(
      (page) => {
        setRows((previous) => (after ? [...previous, ...page.edges.map((e) => e.node)] : page.edges.map((e) => e.node)));
        setTotal(page.totalCount);
        setCursor(page.pageInfo.endCursor);
        setMore(page.pageInfo.hasNextPage);
        setState({ loading: false });
      },
      (error: unknown) => {
        if (!signal?.aborted) setState({ loading: false, error });
      },
    );
  };
  useEffect(() => {
    const controller = new AbortController();
    setRows([]);
    setOpen(null);
    load(null, controller.signal);
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [entityId]);

  const selected = open !== null ? rows[open] : undefined;
  return (
    <section className="relations">
      <h2>Relationships{total !== null ? ` (${total})` : ""}</h2>
      {total === 0 && <Empty>No relationships.</Empty>}
      {rows.length > 0 && (
        <div className="relations-layout">
          <table>
            <thead>
              <tr>
                <th scope="col">Relationship</th>
                <th scope="col">With</th>
                <th scope="col">Date</th>
                <th scope="col">Evidence</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((relation, i) => (
                <tr key={i} className={i === open ? "selected" : undefined}>
                  <td>{relationText(relation)}</td>
                  <td>
                    <EntityLink entity={relation.other} badge />
                  </td>
                  <td>{relation.asOf?.value ?? relation.date?.value ?? ""}</td>
                  <td>
                    <button type="button" className="linklike" aria-expanded={i === open} onClick={() => setOpen(i === open ? null : i)}>
                      <StatedBadge stated={relation.stated} /> {relation.evidence.length} {relation.evidence.length === 1 ? "item" : "items"}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {selected && (
            <EvidencePanel
              title={
                <>
                  {relationText(selected)} <EntityLink entity={selected.other} />
                </>
              }
              stated={selected.stated}
              evidence={selected.evidence}
              onClose={() => setOpen(null)}
              details={selected.notes.length > 0 ? <p className="muted">Note: {selected.notes.join(" ")}</p> : undefined}
            />
          )}
        </div>
      )}
      {state.loading && <Loading what="relationships" />}
      {Boolean(state.error) && <ErrorState error={state.error} retry={() => load(cursor)} />}
      {more && !state.loading && (
        <button type="button" onClick={() => load(cursor)}>
          Show {Math.min(PAGE, (total ?? 0) - rows.length)} more of {(total ?? 0) - rows.length} remaining
        </button>
      )}
    </section>
  );
}
