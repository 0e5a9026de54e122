// GraphQL enums, generated from the seed vocabulary so the API and the data never disagree.
import { registerEnumType } from "type-graphql";
import {
  DOCUMENT_TYPES,
  ENTITY_KINDS,
  EVENT_TYPES,
  INSTITUTION_TYPES,
  PARTICIPATION_ROLES,
  PLACE_TYPES,
  PRIORITY_TIERS,
  PROGRAMME_TYPES,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
} from "../../domain/vocabulary";

/** "bilateral-meeting" → BILATERAL_MEETING, "ResearchArea" → RESEARCH_AREA. */
export function enumKey(value: string): string {
  return value
    .replace(/([a-z])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .toUpperCase();
}

function enumOf<T extends string>(values: readonly T[]): Record<string, T> {
  return Object.fromEntries(values.map((value) => [enumKey(value), value])) as Record<string, T>;
}

export const EntityKind = enumOf(ENTITY_KINDS);
export const RelationType = Object.fromEntries(RELATIONSHIP_TYPE_NAMES.map((t) => [t, t])) as Record<string, string>;
export const EventType = enumOf(EVENT_TYPES);
export const InstitutionType = enumOf(INSTITUTION_TYPES);
export const ProgrammeType = enumOf(PROGRAMME_TYPES);
export const DocumentType = enumOf(DOCUMENT_TYPES);
export const PlaceType = enumOf(PLACE_TYPES);
export const ParticipationRole = enumOf(PARTICIPATION_ROLES);
export const PriorityTier = enumOf(PRIORITY_TIERS);
export const DatePrecision = enumOf(["year", "month", "day"] as const);
export const Direction = { OUTGOING: "OUTGOING", INCOMING: "INCOMING", BOTH: "BOTH" } as const;
export const EvidenceKind = { STATED: "STATED", INFERRED: "INFERRED", CURATED: "CURATED" } as const;
export const MeetingKind = { EVENT: "EVENT", STATED: "STATED" } as const;
export const NetworkLink = { PERSON: "PERSON", EVENT: "EVENT", PROJECT: "PROJECT", AGREEMENT: "AGREEMENT", HIERARCHY: "HIERARCHY" } as const;
export const TraceTargetKind = { PROJECT: "Project", EVENT: "Event" } as const;

const relationDescriptions = Object.fromEntries(
  Object.entries(RELATIONSHIP_TYPES).map(([name, spec]) => [name, { description: `${spec.from.join("/")} → ${spec.to.join("/")}: ${spec.description}` }]),
);

registerEnumType(EntityKind, { name: "EntityKind", description: "The kind of an entity (its Neo4j label)." });
registerEnumType(RelationType, { name: "RelationType", description: "Relationship types of the graph.", valuesConfig: relationDescriptions });
registerEnumType(EventType, { name: "EventType", description: "What sort of event it was." });
registerEnumType(InstitutionType, { name: "InstitutionType", description: "What sort of institution it is." });
registerEnumType(ProgrammeType, { name: "ProgrammeType", description: "What sort of programme it is." });
registerEnumType(DocumentType, { name: "DocumentType", description: "What sort of agreement or policy document it is." });
registerEnumType(PlaceType, { name: "PlaceType", description: "What sort of place it is." });
registerEnumType(ParticipationRole, { name: "ParticipationRole", description: "A person's or institution's part in an event." });
registerEnumType(PriorityTier, {
  name: "PriorityTier",
  description: "How a policy document ranks a research area: FLAGSHIP priority, ONGOING cooperation, or POTENTIAL for more.",
});
registerEnumType(DatePrecision, { name: "DatePrecision", description: "How precisely a source gives a date." });
registerEnumType(Direction, { name: "Direction", description: "Which relationships of an entity to follow, by direction." });
registerEnumType(EvidenceKind, {
  name: "EvidenceKind",
  description:
    "STATED: a quote that states the fact. INFERRED: a quote plus what the curator concluded from it (the quote alone does not say it). CURATED: a curator's reason, no source.",
});
registerEnumType(MeetingKind, {
  name: "MeetingKind",
  description: "EVENT: both took part in the same meeting-type event. STATED: a source says they met.",
});
registerEnumType(NetworkLink, {
  name: "NetworkLink",
  description:
    "How two institutions are linked: PERSON (a person affiliated with both), EVENT (both, or their people, took part in the same event), PROJECT (partners in the same project), AGREEMENT (parties to the same document), HIERARCHY (one is part of the other).",
});
registerEnumType(TraceTargetKind, { name: "TraceTargetKind", description: "What a priority trace starts from." });
