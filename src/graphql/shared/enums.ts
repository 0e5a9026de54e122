// GraphQL enums, generated from the seed vocabulary so the API and the data never disagree.
import { registerEnumType } from "type-graphql";
import {
  DOCUMENT_TYPE_DESCRIPTIONS,
  DOCUMENT_TYPES,
  ENTITY_KIND_DESCRIPTIONS,
  ENTITY_KINDS,
  EVENT_TYPE_DESCRIPTIONS,
  EVENT_TYPES,
  INSTITUTION_TYPE_DESCRIPTIONS,
  INSTITUTION_TYPES,
  MEETING_EVENT_TYPES,
  PARTICIPATION_ROLE_DESCRIPTIONS,
  PARTICIPATION_ROLES,
  PLACE_TYPE_DESCRIPTIONS,
  PLACE_TYPES,
  PRIORITY_TIER_DESCRIPTIONS,
  PRIORITY_TIERS,
  PROGRAMME_TYPE_DESCRIPTIONS,
  PROGRAMME_TYPES,
  RELATIONSHIP_TYPES,
  RELATIONSHIP_TYPE_NAMES,
} from "../../domain/vocabulary";
import { IDENTIFIER_NAMES, IDENTIFIER_SCHEME_DESCRIPTIONS, IDENTIFIER_SCHEMES } from "../../domain/identifiers";

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
export const IdentifierScheme = enumOf(IDENTIFIER_NAMES);
export const DatePrecision = enumOf(["year", "month", "day"] as const);
export const Direction = { OUTGOING: "OUTGOING", INCOMING: "INCOMING", BOTH: "BOTH" } as const;
export const EvidenceKind = { STATED: "STATED", INFERRED: "INFERRED", CURATED: "CURATED" } as const;
export const MeetingKind = { EVENT: "EVENT", STATED: "STATED" } as const;
export const NetworkLink = { PERSON: "PERSON", EVENT: "EVENT", PROJECT: "PROJECT", AGREEMENT: "AGREEMENT", HIERARCHY: "HIERARCHY" } as const;
export const TraceTargetKind = { PROJECT: "Project", EVENT: "Event" } as const;

// The API spells a vocabulary value as an enum key (CO_CHAIR) and Neo4j stores it as the seed writes it
// ("co-chair"): each enum above maps one to the other (key → stored value), so resolvers return the
// stored value and graphql-js converts it both ways. This is the one place the two spellings meet.

// Every enum value carries a description (tests/schema-lint.test.ts fails on one without). The meaning
// of a vocabulary value is kept beside the vocabulary (domain/vocabulary.ts); the API's own enums are
// described here.
type ValuesConfig = Record<string, { description: string }>;

/** Vocabulary descriptions keyed by the enum key the value gets ("co-chair" → CO_CHAIR). */
function valuesOf(descriptions: Record<string, string>): ValuesConfig {
  return Object.fromEntries(Object.entries(descriptions).map(([value, description]) => [enumKey(value), { description }]));
}

const relationDescriptions = Object.fromEntries(
  Object.entries(RELATIONSHIP_TYPES).map(([name, spec]) => [name, { description: `${spec.from.join("/")} → ${spec.to.join("/")}: ${spec.description}` }]),
);

// Whether an event type counts as a meeting is MEETING_EVENT_TYPES' to say: added here, not restated.
const eventTypeDescriptions = valuesOf(
  Object.fromEntries(
    Object.entries(EVENT_TYPE_DESCRIPTIONS).map(([type, description]) => [
      type,
      MEETING_EVENT_TYPES.includes(type)
        ? `${description} Counts as a meeting for whoMet: two people taking part in it met.`
        : `${description} Not a meeting for whoMet: taking part in it does not mean two people met.`,
    ]),
  ),
);

registerEnumType(EntityKind, { name: "EntityKind", description: "The kind of an entity (its Neo4j label).", valuesConfig: valuesOf(ENTITY_KIND_DESCRIPTIONS) });
registerEnumType(RelationType, { name: "RelationType", description: "Relationship types of the graph.", valuesConfig: relationDescriptions });
registerEnumType(EventType, { name: "EventType", description: "What sort of event it was.", valuesConfig: eventTypeDescriptions });
registerEnumType(InstitutionType, {
  name: "InstitutionType",
  description: "What sort of institution it is.",
  valuesConfig: valuesOf(INSTITUTION_TYPE_DESCRIPTIONS),
});
registerEnumType(ProgrammeType, { name: "ProgrammeType", description: "What sort of programme it is.", valuesConfig: valuesOf(PROGRAMME_TYPE_DESCRIPTIONS) });
registerEnumType(DocumentType, {
  name: "DocumentType",
  description: "What sort of agreement or policy document it is.",
  valuesConfig: valuesOf(DOCUMENT_TYPE_DESCRIPTIONS),
});
registerEnumType(PlaceType, { name: "PlaceType", description: "What sort of place it is.", valuesConfig: valuesOf(PLACE_TYPE_DESCRIPTIONS) });
registerEnumType(ParticipationRole, {
  name: "ParticipationRole",
  description: "A person's or institution's part in an event.",
  valuesConfig: valuesOf(PARTICIPATION_ROLE_DESCRIPTIONS),
});
registerEnumType(PriorityTier, {
  name: "PriorityTier",
  description: "How a policy document ranks a research area: FLAGSHIP priority, ONGOING cooperation, or POTENTIAL for more.",
  valuesConfig: valuesOf(PRIORITY_TIER_DESCRIPTIONS),
});
registerEnumType(IdentifierScheme, {
  name: "IdentifierScheme",
  description: "An external registry that identifies entities.",
  valuesConfig: valuesOf(
    Object.fromEntries(IDENTIFIER_NAMES.map((name) => [name, `${IDENTIFIER_SCHEME_DESCRIPTIONS[name]} The value is ${IDENTIFIER_SCHEMES[name].format}.`])),
  ),
});
registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precisely a source gives a date.",
  valuesConfig: {
    YEAR: { description: "The year only (2014): the date covers the whole year." },
    MONTH: { description: "Year and month (2014-10): the date covers the whole month." },
    DAY: { description: "The day (2014-10-04)." },
  } satisfies Record<keyof typeof DatePrecision, { description: string }>,
});
registerEnumType(Direction, {
  name: "Direction",
  description: "Which relationships of an entity to follow, by direction.",
  valuesConfig: {
    OUTGOING: { description: "Relationships from this entity (it is the first end, as a person is of AFFILIATED_WITH)." },
    INCOMING: { description: "Relationships to this entity (it is the second end, as an institution is of AFFILIATED_WITH)." },
    BOTH: { description: "Relationships in either direction." },
  } satisfies Record<keyof typeof Direction, { description: string }>,
});
registerEnumType(EvidenceKind, {
  name: "EvidenceKind",
  description: "What an evidence item rests on: a quote that states the fact, a quote and the curator's inference, or the curator's reason alone.",
  valuesConfig: {
    STATED: { description: "A quote from a source that states the fact." },
    INFERRED: { description: "A quote plus what the curator concluded from it (the quote alone does not say it): see inference." },
    CURATED: { description: "A curator's reason, no source: see curatedReason." },
  } satisfies Record<keyof typeof EvidenceKind, { description: string }>,
});
registerEnumType(MeetingKind, {
  name: "MeetingKind",
  description: "Why two people count as having met.",
  valuesConfig: {
    EVENT: { description: "Both took part in the same meeting-type event (in any role except contact)." },
    STATED: { description: "A source says they met (a MET relationship)." },
  } satisfies Record<keyof typeof MeetingKind, { description: string }>,
});
registerEnumType(NetworkLink, {
  name: "NetworkLink",
  description: "How two institutions are linked in an institution network.",
  valuesConfig: {
    PERSON: { description: "The same person is affiliated with both." },
    EVENT: { description: "Both took part in (or organised) the same event, directly or through a person affiliated with them; a contact named for an event never links." },
    PROJECT: { description: "Both are partners in the same project." },
    AGREEMENT: { description: "Both are parties to the same agreement or document." },
    HIERARCHY: { description: "One is part of the other." },
  } satisfies Record<keyof typeof NetworkLink, { description: string }>,
});
registerEnumType(TraceTargetKind, {
  name: "TraceTargetKind",
  description: "What a priority trace starts from.",
  valuesConfig: {
    PROJECT: { description: "Traces that start from a project." },
    EVENT: { description: "Traces that start from an event." },
  } satisfies Record<keyof typeof TraceTargetKind, { description: string }>,
});
