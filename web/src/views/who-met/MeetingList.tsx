// Meetings as a list: event (linked), date, places, roles, and the quotes that put both there.
import type { Meeting } from "../../api/types";
import { EvidenceList } from "../../ui/EvidencePanel";
import { EntityLink } from "../../ui/EntityLink";
import { roleLabel, words } from "../../ui/kinds";

export function MeetingList({ meetings, subject, other }: { meetings: Meeting[]; subject: string; other: string }) {
  return (
    <ol className="meetings">
      {meetings.map((meeting, i) => (
        <li key={i} className="meeting">
          <p>
            <strong>{meeting.date?.value ?? "undated"}</strong>
            {" · "}
            {meeting.event ? <EntityLink entity={meeting.event} /> : <em>a meeting a source states, without a named event</em>}
            {meeting.event?.eventType && <span className="muted"> ({words(meeting.event.eventType)})</span>}
            {meeting.places.length > 0 && (
              <>
                {" · "}
                {meeting.places.map((p, j) => (
                  <span key={p.id}>
                    {j > 0 && ", "}
                    <EntityLink entity={p} />
                  </span>
                ))}
              </>
            )}
          </p>
          {meeting.kind === "EVENT" && (
            <p className="muted">
              {subject}: {meeting.subjectRoles.map(roleLabel).join(", ") || "—"} · {other}: {meeting.otherRoles.map(roleLabel).join(", ") || "—"}
            </p>
          )}
          {meeting.kind === "STATED" && <p className="muted">A source states that they met.</p>}
          <EvidenceList evidence={meeting.evidence} />
        </li>
      ))}
    </ol>
  );
}
