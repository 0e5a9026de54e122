// The controlled vocabulary of the graph: entity kinds (Neo4j labels), their sub-types, relationship
// types with the kinds they may connect, and the role/tier enums. Seed validation, the loader and the
// GraphQL enums are all derived from these lists, so a new kind or relationship is added here once.

export const ENTITY_KINDS = [
  "Person",
  "Institution",
  "Project",
  "Programme",
  "Document",
  "Event",
  "Dialogue",
  "ResearchArea",
  "Place",
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Id prefix per kind: `person:robert-jan-smits`. */
export const ID_PREFIX: Record<EntityKind, string> = {
  Person: "person",
  Institution: "institution",
  Project: "project",
  Programme: "programme",
  Document: "document",
  Event: "event",
  Dialogue: "dialogue",
  ResearchArea: "area",
  Place: "place",
};

export const INSTITUTION_TYPES = [
  "government",
  "ministry",
  "agency",
  "council",
  "committee",
  "university",
  "laboratory",
  "funding-body",
  "eu-institution",
  "directorate",
  "unit",
  "delegation",
  "consortium",
  "advisory-board",
  "international-organisation",
  "research-organisation",
  "company",
  "other",
] as const;

export const PROGRAMME_TYPES = ["framework-programme", "instrument", "funding-scheme", "research-programme", "other"] as const;

export const DOCUMENT_TYPES = [
  "agreement",
  "roadmap",
  "report",
  "strategy",
  "plan",
  "statement",
  "joint-vision",
  "memo",
  "letter-of-intent",
  "other",
] as const;

export const EVENT_TYPES = [
  "meeting",
  "bilateral-meeting",
  "committee-meeting",
  "consortium-meeting",
  "summit",
  "forum",
  "policy-forum",
  "workshop",
  "conference",
  "plenary-session",
  "dialogue",
  "review",
  "visit",
  "launch",
  "call",
  "other",
] as const;

/** Event types that are not a meeting: taking part in one does not mean the participants met. */
const NOT_MEETINGS: readonly string[] = ["review", "launch", "call", "other"];

/** Event types that count as a meeting for "who met whom" (co-participation means they met). */
export const MEETING_EVENT_TYPES: readonly string[] = EVENT_TYPES.filter((type) => !NOT_MEETINGS.includes(type));

export const PLACE_TYPES = ["country", "region", "city", "district", "venue", "address"] as const;

export const PARTICIPATION_ROLES = [
  "chair",
  "co-chair",
  "speaker",
  "participant",
  "organiser",
  "host",
  "contact",
] as const;

export const PRIORITY_TIERS = ["flagship", "ongoing", "potential"] as const;

type Endpoint = readonly EntityKind[];
export interface RelationshipSpec {
  from: Endpoint;
  to: Endpoint;
  description: string;
}

export const RELATIONSHIP_TYPES = {
  AFFILIATED_WITH: {
    from: ["Person"],
    to: ["Institution"],
    description: "A person's position at an institution (properties: title, asOf).",
  },
  PART_OF: {
    from: ["Institution", "Place", "Programme", "Event"],
    to: ["Institution", "Place", "Programme", "Event"],
    description: "Hierarchy: a unit in its directorate, a city in its country, an instrument in its programme, a session in its event.",
  },
  LOCATED_IN: {
    from: ["Institution", "Place"],
    to: ["Place"],
    description: "Where an institution or venue is.",
  },
  HELD_IN: { from: ["Event"], to: ["Place"], description: "Where an event took place." },
  PARTICIPATED_IN: {
    from: ["Person", "Institution", "Project", "Place"],
    to: ["Event"],
    description: "A person's, institution's or project's part in an event, or a country or place taking part in it (property: role).",
  },
  MET: {
    from: ["Person"],
    to: ["Person"],
    description: "A source states that two people met (properties: date, event).",
  },
  ORGANISED: {
    from: ["Institution", "Project", "Person"],
    to: ["Event"],
    description: "Who organised an event.",
  },
  FUNDED_UNDER: { from: ["Project"], to: ["Programme"], description: "The programme or instrument a project belongs to." },
  PARTNER_IN: { from: ["Institution"], to: ["Project"], description: "An institution taking part in a project (property: role)." },
  ADDRESSES: {
    from: ["Project", "Event", "Dialogue", "Document", "Institution"],
    to: ["ResearchArea"],
    description: "A project's, event's or dialogue's research area or topic.",
  },
  SETS_PRIORITY: {
    from: ["Document", "Event"],
    to: ["ResearchArea"],
    description: "A policy document or meeting sets a research area as a cooperation priority (property: tier).",
  },
  SUPPORTS: {
    from: ["Project", "Institution"],
    to: ["Dialogue", "Event", "Project"],
    description: "A project supports a policy dialogue or activity.",
  },
  CONCERNS: {
    from: ["Event", "Document"],
    to: ["Project", "Document", "Programme", "Dialogue", "Institution"],
    description: "An event or document is about something (a review of a project, a dialogue meeting).",
  },
  AGREED: { from: ["Event"], to: ["Document"], description: "A meeting agreed or adopted a document." },
  SIGNED: {
    from: ["Person", "Institution"],
    to: ["Document"],
    description: "Who signed an agreement or document, as distinct from who attended the meeting where it was signed (property: date).",
  },
  NARROWER_THAN: {
    from: ["ResearchArea"],
    to: ["ResearchArea"],
    description: "Research-area hierarchy: this area is narrower than (a part of) the broader one.",
  },
  LEADS: {
    from: ["Person"],
    to: ["Programme", "Project"],
    description: "A person leads a programme or project (properties: title, asOf).",
  },
  PREPARES: { from: ["Institution", "Person"], to: ["Document"], description: "Who prepares or publishes a document." },
  ATTACHED_TO: { from: ["Document"], to: ["Document"], description: "A document annexed to another." },
  PARTY_TO: { from: ["Institution"], to: ["Document"], description: "A party to an agreement." },
  ESTABLISHED_UNDER: {
    from: ["Institution", "Dialogue", "Project"],
    to: ["Document"],
    description: "A committee or dialogue set up under an agreement.",
  },
  MEETING_OF: {
    from: ["Event"],
    to: ["Institution", "Dialogue"],
    description: "An event is a meeting of a committee or a round of a dialogue (property: ordinal).",
  },
  HELD_ALONGSIDE: { from: ["Event"], to: ["Event"], description: "An event ran alongside or on the occasion of another." },
  FOLLOWS: { from: ["Event"], to: ["Event"], description: "Series order: this event follows that one." },
} as const satisfies Record<string, RelationshipSpec>;

export type RelationshipType = keyof typeof RELATIONSHIP_TYPES;
export const RELATIONSHIP_TYPE_NAMES = Object.keys(RELATIONSHIP_TYPES) as RelationshipType[];
