// Result type of timeline.
import { Event } from "../entity/entity.type";
import { Connection } from "../shared/connection.type";

export const EventConnection = Connection(
  Event,
  "Event",
  "Events in date order: by first day (undated last), last day, name, then id. Cursors are that sort key, so a page taken before a curated insert or delete continues with the same next event.",
);
