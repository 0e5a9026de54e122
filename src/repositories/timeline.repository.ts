// Timeline: events in a date range, filtered by place, participant and type, in date order.
import type { Database } from "../neo4j/database";
import { rangeParams, type KeyedSlice, type KeyRange, type SortKey } from "./key-range";
import { toEntity, type Entity } from "./model";

export interface TimelineFilter {
  from: string | null;
  to: string | null;
  placeId: string | null;
  participantId: string | null;
  eventTypes: string[];
}

export interface TimelineEntry {
  event: Entity;
  places: Entity[];
}

type Props = Record<string, unknown>;

export class TimelineRepository {
  constructor(private readonly db: Database) {}

  /** One keyset slice of the events, in date order (undated last). */
  async events(filter: TimelineFilter, range: KeyRange): Promise<KeyedSlice<TimelineEntry>> {
    const [row] = await this.db.read("queries/timeline/events-in-range", { ...filter, ...rangeParams(range) });
    const slice = ((row?.events as Props[]) ?? []).map((raw) => ({
      key: raw.key as SortKey,
      item: { event: toEntity(raw.event as Props), places: ((raw.places as Props[]) ?? []).map(toEntity) },
    }));
    return { total: Number(row?.total ?? 0), hasOther: row?.hasOther === true, slice };
  }
}
