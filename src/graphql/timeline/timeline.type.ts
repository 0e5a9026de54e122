// Result type of timeline.
import { Event } from "../entity/entity.type";
import { Connection } from "../shared/connection.type";

export const EventConnection = Connection(Event, "Event", "Events in date order.");
