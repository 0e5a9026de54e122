// Series: the numbered meetings of a committee or rounds of a dialogue, in order.
import type { Database } from "../neo4j/database";
import { evidenceOf, toEntity, type Entity, type Evidence } from "./model";

export interface SeriesMeeting {
  ordinal: number | null;
  event: Entity;
  previousId: string | null;
  nextId: string | null;
  stated: boolean;
  evidence: Evidence[];
  /** The series order, with the event's id: place in the series (the ordinal, else the event's own), then start date. */
  position: number | null;
  dateFrom: string | null;
}

type Props = Record<string, unknown>;

export class SeriesRepository {
  constructor(private readonly db: Database) {}

  async meetingsOf(bodyId: string): Promise<SeriesMeeting[]> {
    const rows = await this.db.read("queries/series/meetings-of", { bodyId });
    return rows.map((row) => {
      const membership = row.membership as Props;
      return {
        ordinal: typeof row.ordinal === "number" ? row.ordinal : null,
        event: toEntity(row.event as Props),
        previousId: (row.previousId as string) ?? null,
        nextId: (row.nextId as string) ?? null,
        stated: membership.stated === true,
        evidence: evidenceOf(membership),
        position: typeof row.position === "number" ? row.position : null,
        dateFrom: typeof row.dateFrom === "string" ? row.dateFrom : null,
      };
    });
  }
}
