// Who met whom: co-participation in meeting-type events, and meetings a source states (MET).
import type { Database } from "../neo4j/database";
import { MEETING_EVENT_TYPES } from "../domain/vocabulary";
import { dateOf, evidenceOf, fuzzyDate, toEntity, type Entity, type Evidence, type FuzzyDate } from "./model";
import { ALL_ITEMS, rangeParams, type KeyedSlice, type KeyRange, type SortKey } from "./key-range";

export interface Meeting {
  /** meeting:<person>|<other>|<event id, or the MET relationship's key>: the same in whoMet and meetingsBetween. */
  id: string;
  kind: "EVENT" | "STATED";
  event: Entity | null;
  places: Entity[];
  date: FuzzyDate | null;
  subjectRoles: string[];
  otherRoles: string[];
  evidence: Evidence[];
}

export interface Encounter {
  /** encounter:<person>|<other>, plus the filters when any (an encounter's meetings depend on them). */
  id: string;
  person: Entity;
  meetings: Meeting[];
}

export interface MeetingFilter {
  from: string | null;
  to: string | null;
  placeId: string | null;
  eventTypes: string[];
}

type Props = Record<string, unknown>;

function uniqueEvidence(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => {
    const key = `${e.sourceId}|${e.quote}|${e.inference}|${e.curatedReason}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

function toMeeting(raw: Props, pair: string): Meeting {
  const part = raw.kind === "STATED" ? String(raw.key ?? "") : String((raw.event as Props | null)?.id ?? "");
  return {
    id: `meeting:${pair}|${part}`,
    kind: raw.kind === "STATED" ? "STATED" : "EVENT",
    event: raw.event ? toEntity(raw.event as Props) : null,
    places: ((raw.places as Props[]) ?? []).map(toEntity),
    date: meetingDate(raw),
    subjectRoles: [...new Set((raw.subjectRoles as string[]) ?? [])].sort(),
    otherRoles: [...new Set((raw.otherRoles as string[]) ?? [])].sort(),
    evidence: uniqueEvidence(((raw.evidence as Props[]) ?? []).flatMap(evidenceOf)),
  };
}

/** The event's date, or the stated meeting's (marked when a curator inferred it; known only with detail). */
function meetingDate(raw: Props): FuzzyDate | null {
  const holder = (raw.event as Props | null) ?? ((raw.evidence as Props[] | undefined) ?? [])[0];
  return holder && holder.date === raw.date ? dateOf(holder, "date") : fuzzyDate(raw.date);
}

/** Meetings in date order (undated last), then by event name. */
function byDate(a: Meeting, b: Meeting): number {
  const da = a.date?.earliest ?? "9999";
  const db = b.date?.earliest ?? "9999";
  return da.localeCompare(db) || (a.event?.name ?? "").localeCompare(b.event?.name ?? "");
}

/**
 * How many occasions the meetings are: each event is one; a stated meeting (MET) whose date overlaps
 * the date of one of those events is that occasion again (a source saying they met at the event), not
 * another; a stated meeting without such an event is its own occasion.
 */
export function occasionCount(meetings: Meeting[]): number {
  const events = meetings.filter((m) => m.kind === "EVENT");
  const eventIds = new Set(events.map((m) => m.event?.id));
  const overlaps = (a: FuzzyDate | null, b: FuzzyDate | null) => a !== null && b !== null && a.earliest <= b.latest && b.earliest <= a.latest;
  const stated = meetings.filter((m) => m.kind === "STATED" && !events.some((e) => overlaps(m.date, e.date)));
  return eventIds.size + stated.length;
}

/** The filters of an encounter's id, in a fixed order ("" without any). */
function filterSuffix(filter: MeetingFilter): string {
  const parts = [
    filter.from ? `from=${filter.from}` : "",
    filter.to ? `to=${filter.to}` : "",
    filter.placeId ? `place=${filter.placeId}` : "",
    filter.eventTypes.length > 0 ? `types=${[...filter.eventTypes].sort().join(",")}` : "",
  ].filter(Boolean);
  return parts.length > 0 ? `|${parts.join("|")}` : "";
}

export class MeetingsRepository {
  constructor(private readonly db: Database) {}

  /** `detail` false: entities with id, kind and name only, no evidence (src/graphql/selection.ts). */
  async whoMet(personId: string, filter: MeetingFilter, range: KeyRange, detail = true): Promise<KeyedSlice<Encounter>> {
    const { total, hasOther, encounters } = await this.query(personId, null, filter, range, detail);
    return { total, hasOther, slice: encounters };
  }

  /** The meetings of two people (empty when they never met under the filter). */
  async between(personId: string, otherId: string, filter: MeetingFilter): Promise<Meeting[]> {
    const { encounters } = await this.query(personId, otherId, filter, { ...ALL_ITEMS, limit: 1 }, true);
    return encounters[0]?.item.meetings ?? [];
  }

  private async query(personId: string, otherId: string | null, filter: MeetingFilter, range: KeyRange, detail: boolean) {
    const [row] = await this.db.read("queries/meetings/who-met", {
      personId,
      otherId,
      meetingTypes: MEETING_EVENT_TYPES,
      eventTypes: filter.eventTypes,
      from: filter.from,
      to: filter.to,
      placeId: filter.placeId,
      ...rangeParams(range),
      detail,
    });
    const filters = filterSuffix(filter);
    const encounters = ((row?.encounters as Props[]) ?? []).map((raw) => {
      const person = toEntity(raw.person as Props);
      const pair = `${personId}|${person.id}`;
      const encounter = { id: `encounter:${pair}${filters}`, person, meetings: ((raw.meetings as Props[]) ?? []).map((m) => toMeeting(m, pair)).sort(byDate) };
      return { key: raw.key as SortKey, item: encounter };
    });
    return { total: Number(row?.total ?? 0), hasOther: row?.hasOther === true, encounters };
  }
}
