// Timeline of events (timeline), in date order, grouped by year with a bar per year, filterable by
// event type, place (or a place inside it), participant and years. Filters live in the address
// (/timeline?type=SUMMIT&place=place:tokyo&participant=…&from=2014&to=2016); "more" pages further.
import { useEffect, useMemo, useState } from "react";
import { EVENT_TYPES, timeline, type TimelineEvent } from "../../api/analysis";
import { entityRef } from "../../api/queries";
import type { EntityRef } from "../../api/types";
import { idSegment, Link, setQuery } from "../../app/router";
import type { ViewProps } from "../../app/routes";
import { useApi } from "../../api/useApi";
import { DownloadBar } from "../../export/DownloadBar";
import { EntityPicker } from "../../ui/EntityPicker";
import { words } from "../../ui/kinds";
import { Empty, ErrorState, Loading } from "../../ui/States";
import "../analysis.css";

const PAGE = 100;
const YEAR = /^\d{4}$/;

export function TimelineView({ query }: ViewProps) {
  const type = query.get("type") ?? "";
  const placeId = query.get("place") ?? "";
  const participantId = query.get("participant") ?? "";
  const from = YEAR.test(query.get("from") ?? "") ? query.get("from")! : "";
  const to = YEAR.test(query.get("to") ?? "") ? query.get("to")! : "";
  const filter = { eventTypes: type ? [type] : null, placeId, participantId, from, to };
  const key = [type, placeId, participantId, from, to];

  const refs = useApi(
    async (signal) => Promise.all([placeId ? entityRef(placeId, signal) : null, participantId ? entityRef(participantId, signal) : null]),
    [placeId, participantId],
  );
  const first = useApi((signal) => timeline(filter, { first: PAGE }, signal), key);
  const [more, setMore] = useState<{ events: TimelineEvent[]; endCursor: string | null; hasNextPage: boolean } | null>(null);
  const [loadingMore, setLoadingMore] = useState<unknown>(null);
  useEffect(() => setMore(null), key); // eslint-disable-line react-hooks/exhaustive-deps

  const events = useMemo(
    () => [...(first.status === "ok" ? first.data.edges.map((e) => e.node) : []), ...(more?.events ?? [])],
    [first, more],
  );
  const pageInfo = more ?? (first.status === "ok" ? { hasNextPage: first.data.pageInfo.hasNextPage, endCursor: first.data.pageInfo.endCursor } : null);
  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setLoadingMore("loading");
    try {
      const page = await timeline(filter, { first: PAGE, after: pageInfo.endCursor });
      setMore({ events: [...(more?.events ?? []), ...page.edges.map((e) => e.node)], endCursor: page.pageInfo.endCursor, hasNextPage: page.pageInfo.hasNextPage });
      setLoadingMore(null);
    } catch (error) {
      setLoadingMore(error);
    }
  };

  const byYear = useMemo(() => {
    const groups = new Map<string, TimelineEvent[]>();
    for (const event of events) {
      const year = event.date ? event.date.earliest.slice(0, 4) : "undated";
      groups.set(year, [...(groups.get(year) ?? []), event]);
    }
    return groups;
  }, [events]);
  const years = [...byYear.keys()].filter((y) => y !== "undated").map(Number);
  const bars = years.length ? Array.from({ length: Math.max(...years) - Math.min(...years) + 1 }, (_, i) => Math.min(...years) + i) : [];
  const tallest = Math.max(1, ...[...byYear.entries()].filter(([y]) => y !== "undated").map(([, list]) => list.length));
  const [place, participant] = refs.status === "ok" ? refs.data : [null, null];
  const pick = (param: "place" | "participant") => (entity: EntityRef | null) => setQuery({ [param]: entity?.id ?? null });
  const total = first.status === "ok" ? first.data.totalCount : 0;

  return (
    <section className="analysis-view timeline-view">
      <h1 tabIndex={-1}>Timeline of events</h1>
      <form className="controls" onSubmit={(e) => e.preventDefault()}>
        <label>
          Type{" "}
          <select value={type} onChange={(e) => setQuery({ type: e.target.value || null })} aria-label="Event type" data-testid="timeline-type">
            <option value="">every type</option>
            {EVENT_TYPES.map((t) => (
              <option key={t} value={t}>
                {words(t)}
              </option>
            ))}
          </select>
        </label>
        <EntityPicker label="Place" value={place} onChange={pick("place")} kinds={["PLACE"]} testId="timeline-place" />
        <EntityPicker label="Participant" value={participant} onChange={pick("participant")} testId="timeline-participant" />
        <label>
          From year <input type="number" min={1900} max={2100} value={from} onChange={(e) => setQuery({ from: YEAR.test(e.target.value) ? e.target.value : null })} style={{ width: "6rem" }} />
        </label>
        <label>
          To year <input type="number" min={1900} max={2100} value={to} onChange={(e) => setQuery({ to: YEAR.test(e.target.value) ? e.target.value : null })} style={{ width: "6rem" }} />
        </label>
      </form>
      {refs.status === "error" && <ErrorState error={refs.error} retry={refs.retry} />}
      {first.status === "loading" && <Loading what="the events" />}
      {/* An unknown place or participant fails both requests (timeline answers NOT_FOUND): say it once. */}
      {first.status === "error" && refs.status !== "error" && <ErrorState error={first.error} retry={first.retry} />}
      {first.status === "ok" && total === 0 && <Empty>No event matches these filters.</Empty>}
      {first.status === "ok" && total > 0 && (
        <>
          <p className="summary" data-testid="timeline-summary" data-total={total}>
            {total} {total === 1 ? "event" : "events"}
            {events.length < total ? ` (the first ${events.length} shown)` : ""}.
          </p>
          <div className="timeline-bars" role="img" aria-label={`Events per year, ${bars[0]} to ${bars[bars.length - 1]}`}>
            {bars.map((year) => (
              <span key={year} title={`${year}: ${byYear.get(String(year))?.length ?? 0}`} style={{ height: `${((byYear.get(String(year))?.length ?? 0) / tallest) * 100}%` }} />
            ))}
          </div>
          {[...byYear.entries()].map(([year, list]) => (
            <div key={year} className="timeline-year">
              <h2>
                {year === "undated" ? "Undated" : year} <span className="muted">({list.length})</span>
              </h2>
              <ol className="timeline-list">
                {list.map((event) => (
                  <li key={event.id} data-event-id={event.id}>
                    <span className="muted">{event.date ? event.date.value : "undated"}</span>
                    <span>
                      <Link to={`/entity/${idSegment(event.id)}`}>{event.name}</Link>
                      {event.eventType && <span className="muted"> · {words(event.eventType)}</span>}
                      {event.places.length > 0 && <span className="muted"> · {event.places.map((p) => p.name).join(", ")}</span>}
                    </span>
                  </li>
                ))}
              </ol>
            </div>
          ))}
          {pageInfo?.hasNextPage && (
            <button type="button" onClick={loadMore} disabled={loadingMore === "loading"}>
              {loadingMore === "loading" ? "Loading …" : `Show ${Math.min(PAGE, total - events.length)} more`}
            </button>
          )}
          {loadingMore !== null && loadingMore !== "loading" && <ErrorState error={loadingMore} retry={loadMore} />}
          <DownloadBar
            name={`Timeline ${[type && words(type), place?.name, participant?.name, from, to].filter(Boolean).join(" ")}`}
            nodes={[
              ...events.map((e) => ({ id: e.id, label: e.name, kind: e.kind, attributes: { date: e.date?.value ?? null, eventType: e.eventType } })),
              ...[...new Map(events.flatMap((e) => e.places.map((p) => [p.id, p] as const))).values()].map((p) => ({ id: p.id, label: p.name, kind: p.kind })),
            ]}
            edges={events.flatMap((e) => e.places.map((p) => ({ id: `HELD_IN|${e.id}|${p.id}`, source: e.id, target: p.id, label: "held in" })))}
          />
        </>
      )}
    </section>
  );
}
