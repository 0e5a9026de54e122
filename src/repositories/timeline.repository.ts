// Timeline: events in a date range, filtered by place, participant and type, in date order.
import type { Database } from "../neo4j/database";
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

  async events(filter: TimelineFilter, skip: number, limit: number): Promise<{ total: number; entries: TimelineEntry[] }> {
    const [row] = await this.db.read("queries/timeline/events-in-range", { ...filter, skip, limit });
    const entries = ((row?.events as Props[]) ?? []).map((raw) => ({
      event: toEntity(raw.event as Props),
      places: ((raw.places as Props[]) ?? []).map(toEntity),
    }));
    return { total: Number(row?.total ?? 0), entries };
  }
}
