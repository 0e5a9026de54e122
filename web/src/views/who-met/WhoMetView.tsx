// Who met whom: /who-met/<person>?from=YYYY&to=YYYY&t0=YYYY&t1=YYYY&undated=1
// A person's ego network: the people they met as nodes, the meetings on the edges (date, place,
// event); ties among those people drawn when they were at the same meetings. `from`/`to` is the
// year filter sent to the API; the time slider (t0..t1) then moves over the graph's own fuzzy dates
// without asking again. Undated meetings are listed apart and can be drawn too (undated=1).
import { useEffect, useMemo, useState } from "react";
import { entityRef, eventPeople, meetingsBetween, whoMet } from "../../api/queries";
import type { EntityRef, Encounter, Meeting } from "../../api/types";
import { useApi } from "../../api/useApi";
import { idSegment, Link, setQuery } from "../../app/router";
import type { ViewProps } from "../../app/routes";
import { GraphView } from "../../graph/GraphView";
import type { GraphEdge, GraphNode } from "../../graph/types";
import { overlapsYears, yearSpan } from "../../time/fuzzy";
import { TimeSlider } from "../../time/TimeSlider";
import { EvidencePanel } from "../../ui/EvidencePanel";
import { EntityLink } from "../../ui/EntityLink";
import { ApiError } from "../../api/client";
import { Empty, ErrorState, Loading } from "../../ui/States";
import { MeetingList } from "./MeetingList";

const YEAR = /^\d{4}$/;
const MET_COLOR = "#6b7280";
const TIE_COLOR = "#c9ced6";

interface Tie {
  id: string;
  a: string;
  b: string;
  /** The shared events, with the date the ego's record gives them. */
  events: Array<{ id: string; name: string; date: Meeting["date"] }>;
}

async function load(personId: string, window: { from: string | null; to: string | null }, signal: AbortSignal) {
  const person = await entityRef(personId, signal);
  if (person.kind !== "PERSON") throw new ApiError("bad-input", `${person.name} (${person.id}) is not a person: who met whom is about people.`);
  const { totalCount, encounters } = await whoMet(personId, window, signal);
  // Ties among the people met: others who were at the same events (same rule as the API's "met").
  const events = new Map<string, { id: string; name: string; date: Meeting["date"] }>();
  for (const encounter of encounters)
    for (const meeting of encounter.meetings) if (meeting.event) events.set(meeting.event.id, { id: meeting.event.id, name: meeting.event.name, date: meeting.date });
  const people = await eventPeople([...events.keys()], signal);
  const met = new Set(encounters.map((e) => e.person.id));
  const ties = new Map<string, Tie>();
  for (const [eventId, participants] of people) {
    const present = [...new Set(participants)].filter((id) => met.has(id)).sort();
    for (let i = 0; i < present.length; i++)
      for (let j = i + 1; j < present.length; j++) {
        const id = `tie:${present[i]}|${present[j]}`;
        const tie = ties.get(id) ?? { id, a: present[i]!, b: present[j]!, events: [] };
        tie.events.push(events.get(eventId)!);
        ties.set(id, tie);
      }
  }
  return { person, totalCount, encounters, ties: [...ties.values()] };
}

export function WhoMetView({ params, query }: ViewProps) {
  const personId = params.id ?? "";
  const from = query.get("from");
  const to = query.get("to");
  const result = useApi((signal) => load(personId, { from, to }, signal), [personId, from, to]);

  return (
    <section className="who-met">
      {result.status === "loading" && (
        <>
          <h1 tabIndex={-1}>Who met whom</h1>
          <Loading what="meetings" />
        </>
      )}
      {result.status === "error" && (
        <>
          <h1 tabIndex={-1}>Who met whom</h1>
          <ErrorState error={result.error} retry={result.retry} />
        </>
      )}
      {result.status === "ok" && <EgoNetwork {...result.data} query={query} />}
    </section>
  );
}

function YearFilter({ from, to }: { from: string | null; to: string | null }) {
  const [draft, setDraft] = useState({ from: from ?? "", to: to ?? "" });
  useEffect(() => setDraft({ from: from ?? "", to: to ?? "" }), [from, to]);
  const valid = (v: string) => v === "" || YEAR.test(v);
  return (
    <form
      className="year-filter"
      onSubmit={(e) => {
        e.preventDefault();
        if (!valid(draft.from) || !valid(draft.to)) return;
        setQuery({ from: draft.from || null, to: draft.to || null, t0: null, t1: null });
      }}
    >
      <label>
        From year{" "}
        <input inputMode="numeric" size={5} value={draft.from} aria-invalid={!valid(draft.from)} onChange={(e) => setDraft({ ...draft, from: e.target.value.trim() })} />
      </label>{" "}
      <label>
        to year{" "}
        <input inputMode="numeric" size={5} value={draft.to} aria-invalid={!valid(draft.to)} onChange={(e) => setDraft({ ...draft, to: e.target.value.trim() })} />
      </label>{" "}
      <button type="submit">Filter</button>
      {(from || to) && (
        <button type="button" className="linklike" onClick={() => setQuery({ from: null, to: null, t0: null, t1: null })}>
          any year
        </button>
      )}
      {(!valid(draft.from) || !valid(draft.to)) && <span className="field-error"> A year has four digits, e.g. 2014.</span>}
    </form>
  );
}

function EgoNetwork({
  person,
  totalCount,
  encounters,
  ties,
  query,
}: {
  person: EntityRef;
  totalCount: number;
  encounters: Encounter[];
  ties: Tie[];
  query: URLSearchParams;
}) {
  const from = query.get("from");
  const to = query.get("to");
  const span = useMemo(() => yearSpan(encounters.flatMap((e) => e.meetings.map((m) => m.date))), [encounters]);
  const t0 = Number(query.get("t0")) || span?.[0] || 0;
  const t1 = Number(query.get("t1")) || span?.[1] || 0;
  const window: [number, number] = span ? [Math.max(span[0], Math.min(t0, span[1])), Math.min(span[1], Math.max(t1, span[0]))] : [0, 0];
  const showUndated = query.get("undated") === "1";
  const [selectedEdge, setSelectedEdge] = useState<string | null>(null);
  const [selectedNode, setSelectedNode] = useState<string | null>(null);

  // What the window shows; recomputed only when the data or the window changes, so a click (a
  // selection) does not hand the graph new arrays.
  const { undated, shown, shownIds, shownTies, meetingCount, nodes, edges } = useMemo(() => {
    const inWindow = (m: Meeting) => (m.date ? overlapsYears(m.date, window[0], window[1]) : showUndated);
    const undated = encounters.flatMap((e) => e.meetings.filter((m) => !m.date).map((m) => ({ person: e.person, meeting: m })));
    const shown = encounters.map((e) => ({ ...e, meetings: e.meetings.filter(inWindow) })).filter((e) => e.meetings.length > 0);
    const shownIds = new Set(shown.map((e) => e.person.id));
    const shownTies = ties
      .map((t) => ({ ...t, events: t.events.filter((ev) => (ev.date ? overlapsYears(ev.date, window[0], window[1]) : showUndated)) }))
      .filter((t) => t.events.length > 0 && shownIds.has(t.a) && shownIds.has(t.b));
    const meetingCount = shown.reduce((n, e) => n + e.meetings.length, 0);
    const nodes: GraphNode[] = [
      { id: person.id, label: person.name, kind: "PERSON", size: 14 },
      ...shown.map((e) => ({
        id: e.person.id,
        label: e.person.name,
        kind: "PERSON",
        size: 6 + Math.min(e.meetings.length, 6) * 1.5,
        note: `${e.meetings.length} meeting${e.meetings.length > 1 ? "s" : ""}`,
      })),
    ];
    const edges: GraphEdge[] = [
      ...shown.map((e) => ({
        id: `met:${e.person.id}`,
        source: person.id,
        target: e.person.id,
        label: e.meetings.map((m) => m.date?.value ?? "undated").join(", "),
        size: 1 + Math.min(e.meetings.length, 5),
        color: MET_COLOR,
      })),
      ...shownTies.map((t) => ({
        id: t.id,
        source: t.a,
        target: t.b,
        label: t.events.map((ev) => ev.date?.value ?? "undated").join(", "),
        size: 0.8,
        color: TIE_COLOR,
      })),
    ];
    return { undated, shown, shownIds, shownTies, meetingCount, nodes, edges };
  }, [encounters, ties, person, window[0], window[1], showUndated]);
  const names = new Map([[person.id, person.name], ...encounters.map((e) => [e.person.id, e.person.name] as [string, string])]);

  const selectedEncounter = selectedEdge?.startsWith("met:") ? shown.find((e) => `met:${e.person.id}` === selectedEdge) : undefined;
  const selectedTie = selectedEdge?.startsWith("tie:") ? shownTies.find((t) => t.id === selectedEdge) : undefined;

  return (
    <>
      <header className="view-header">
        <h1 tabIndex={-1}>
          Whom did <EntityLink entity={person} /> meet?
        </h1>
        <YearFilter from={from} to={to} />
        <p className="muted" data-testid="who-met-summary">
          {totalCount} {totalCount === 1 ? "person" : "people"} met
          {from || to ? ` (${from ?? "…"}–${to ?? "…"})` : ""}, in {encounters.reduce((n, e) => n + e.meetingCount, 0)} meetings
          {undated.length > 0 ? `, ${undated.length} of them undated` : ""}.
          {totalCount > encounters.length && ` Showing the first ${encounters.length}.`}
        </p>
      </header>
      {encounters.length === 0 ? (
        <Empty>
          No meeting of {person.name} is recorded{from || to ? " in these years" : ""}.
        </Empty>
      ) : (
        <>
          {span ? (
            <TimeSlider
              min={span[0]}
              max={span[1]}
              value={window}
              onChange={([a, b]) => setQuery({ t0: a === span[0] ? null : a, t1: b === span[1] ? null : b }, { replace: true })}
              undatedCount={undated.length}
              showUndated={showUndated}
              onShowUndatedChange={(show) => setQuery({ undated: show ? 1 : null }, { replace: true })}
              itemWord="meetings"
              shownCount={meetingCount}
            />
          ) : (
            <p className="muted">None of these meetings is dated: all are listed below and drawn.</p>
          )}
          <div className="graph-with-panel">
            <GraphView
              nodes={nodes}
              edges={edges}
              centre={person.id}
              selectedEdge={selectedEdge}
              selectedNode={selectedNode}
              onEdgeClick={(id) => {
                setSelectedEdge(id);
                setSelectedNode(null);
              }}
              onNodeClick={(id) => {
                setSelectedNode(id);
                setSelectedEdge(id === person.id ? null : `met:${id}`);
              }}
              nodeWord="people"
              edgeWord="meetings"
              legendExtra={[
                { label: "met (line width: number of meetings)", color: MET_COLOR, line: true },
                { label: "they met each other at the same events", color: TIE_COLOR, line: true },
              ]}
            />
            <div className="side">
              {selectedEncounter && (
                <EvidencePanel
                  title={
                    <>
                      {person.name} and <EntityLink entity={selectedEncounter.person} />: {selectedEncounter.meetings.length} meeting
                      {selectedEncounter.meetings.length > 1 ? "s" : ""}
                    </>
                  }
                  onClose={() => setSelectedEdge(null)}
                >
                  <MeetingList meetings={selectedEncounter.meetings} subject={person.name} other={selectedEncounter.person.name} />
                  <p>
                    <Link to={`/who-met/${idSegment(selectedEncounter.person.id)}`}>Whom did {selectedEncounter.person.name} meet?</Link>
                  </p>
                </EvidencePanel>
              )}
              {selectedTie && <TiePanel tie={selectedTie} names={names} window={window} onClose={() => setSelectedEdge(null)} />}
              {!selectedEncounter && !selectedTie && <p className="muted side-hint">Select a line to see the meetings and the quotes.</p>}
            </div>
          </div>
          <section className="undated">
            <h2>Undated meetings ({undated.length})</h2>
            {undated.length === 0 ? (
              <p className="muted">Every meeting here has a date.</p>
            ) : (
              <>
                <p className="muted">
                  The sources give no date for these; they are {showUndated ? "also drawn above" : "not drawn above unless you tick “also draw” in the time box"}.
                </p>
                <ul>
                  {undated.map(({ person: other, meeting }, i) => (
                    <li key={i}>
                      <button type="button" className="linklike" onClick={() => setSelectedEdge(`met:${other.id}`)} disabled={!shownIds.has(other.id)}>
                        {other.name}
                      </button>{" "}
                      · {meeting.event?.name ?? "a stated meeting"}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          <section>
            <h2>Everyone met ({encounters.length})</h2>
            <table className="encounters" data-testid="encounters">
              <thead>
                <tr>
                  <th scope="col">Person</th>
                  <th scope="col">Meetings</th>
                  <th scope="col">Events</th>
                </tr>
              </thead>
              <tbody>
                {encounters.map((e) => (
                  <tr key={e.person.id} className={shownIds.has(e.person.id) ? undefined : "out-of-window"}>
                    <td>
                      <EntityLink entity={e.person} />
                    </td>
                    <td>{e.meetingCount}</td>
                    <td>
                      {e.meetings.map((m, i) => (
                        <span key={i}>
                          {i > 0 && "; "}
                          {m.event?.name ?? "stated meeting"} ({m.date?.value ?? "undated"})
                        </span>
                      ))}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </>
  );
}

function TiePanel({ tie, names, window, onClose }: { tie: Tie; names: Map<string, string>; window: [number, number]; onClose: () => void }) {
  const result = useApi((signal) => meetingsBetween(tie.a, tie.b, {}, signal), [tie.a, tie.b]);
  const a = names.get(tie.a) ?? tie.a;
  const b = names.get(tie.b) ?? tie.b;
  const eventIds = new Set(tie.events.map((e) => e.id));
  return (
    <EvidencePanel title={`${a} and ${b} met each other`} onClose={onClose}>
      {result.status === "loading" && <Loading what="their meetings" />}
      {result.status === "error" && <ErrorState error={result.error} retry={result.retry} />}
      {result.status === "ok" && (
        <MeetingList
          meetings={result.data.meetings.filter((m) => (m.event ? eventIds.has(m.event.id) : m.date ? overlapsYears(m.date, window[0], window[1]) : false))}
          subject={a}
          other={b}
        />
      )}
    </EvidencePanel>
  );
}
