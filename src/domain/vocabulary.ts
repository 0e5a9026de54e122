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

// What each value of the vocabulary means, beside the list it belongs to: the API's enum values carry
// these texts (GraphQL IDE, schema.graphql). A `Record` over the list's type, so a value added to a
// list without its meaning (or a meaning left over after a value is removed) fails to compile.

export const ENTITY_KIND_DESCRIPTIONS: Record<EntityKind, string> = {
  Person: "A person a source names, with titles and affiliations (id person:…).",
  Institution:
    "A ministry, agency, council, committee, university, laboratory, funding body, EU institution or directorate, delegation, consortium … (id institution:…).",
  Project: "A cooperation project: acronym, full name, programme, dates, aims, research areas (id project:…).",
  Programme: "A funding programme or instrument, e.g. FP7, Horizon 2020, BILAT (id programme:…).",
  Document: "An agreement or policy document: roadmap, report, strategy, plan, statement … (id document:…).",
  Event:
    "An event with its date: a meeting, summit, forum, workshop, conference, a round of a dialogue, a call, a review … (id event:…).",
  Dialogue: "A standing policy dialogue; its rounds are events linked to it by MEETING_OF (id dialogue:…).",
  ResearchArea:
    "A research area or topic; a cooperation priority where a document or meeting sets it as one, with a tier (id area:…).",
  Place: "A country, region, city, district, venue or address (id place:…).",
};

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

export const INSTITUTION_TYPE_DESCRIPTIONS: Record<(typeof INSTITUTION_TYPES)[number], string> = {
  government: "A government, or an office at the centre of one, e.g. the Government of Japan, Japan's Cabinet Office.",
  ministry: "A government ministry, e.g. MEXT, Japan's Ministry of Foreign Affairs.",
  agency: "A government agency that is not mainly a research funder, e.g. Japan's Digital Agency (funders are FUNDING_BODY).",
  council: "A council, e.g. Japan's Council for Science, Technology and Innovation, the Japan-EU Digital Partnership Council.",
  committee:
    "A committee, task force, panel or team of experts, e.g. the Joint S&T Committee, the Coordinating Committee Euratom-Japan; its meetings are events linked to it by MEETING_OF.",
  university: "A university, e.g. the University of Tokyo.",
  laboratory: "A laboratory, e.g. the Laboratory for Integrated Micro Mechatronic Systems.",
  "funding-body": "A body that funds research, e.g. JSPS, JST, the European Research Council.",
  "eu-institution": "An institution or body of the European Union, e.g. the European Commission, the European Parliament, the EEAS.",
  directorate: "A directorate-general or a directorate in one, e.g. DG Research and Innovation.",
  unit: "A unit or department inside a larger body, e.g. a unit of a Commission directorate, a university department.",
  delegation: "A diplomatic delegation or mission, e.g. the Delegation of the European Union to Japan.",
  consortium: "A consortium or network of partners, e.g. a project's consortium, EUROfusion.",
  "advisory-board": "An advisory board or expert group, e.g. the JEUPISTE Advisory Board.",
  "international-organisation": "An international organisation, e.g. the European Space Agency, the ITER Organization, Euratom.",
  "research-organisation": "A research institute or organisation, e.g. RIKEN, NICT, VTT.",
  company: "A company.",
  other: "Any other body, e.g. a business council, a call secretariat, a national contact point.",
};

export const PROGRAMME_TYPES = ["framework-programme", "instrument", "funding-scheme", "research-programme", "other"] as const;

export const PROGRAMME_TYPE_DESCRIPTIONS: Record<(typeof PROGRAMME_TYPES)[number], string> = {
  "framework-programme": "An EU framework programme for research and innovation: FP7, Horizon 2020, Horizon Europe.",
  instrument: "A funding instrument or type of action, e.g. BILAT, ERA-NET, the Marie Skłodowska-Curie Actions.",
  "funding-scheme": "A funding scheme, e.g. the JST-EC DG RTD Coordinated Research, JST's Strategic International Collaborative Research Program (SICORP).",
  "research-programme": "A research programme or a part of one, e.g. the Capacities Programme, CREST, Sakigake (PRESTO).",
  other: "Any other programme, e.g. a pillar of Horizon Europe.",
};

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

export const DOCUMENT_TYPE_DESCRIPTIONS: Record<(typeof DOCUMENT_TYPES)[number], string> = {
  agreement:
    "An agreement or arrangement between parties (who are PARTY_TO it), e.g. the EC–Japan agreement on cooperation in science and technology, the ERC-JST Implementing Arrangement.",
  roadmap: "A roadmap, e.g. the first joint EU-Japan S&T Road Map for 2011-2013.",
  report: "A report, e.g. a project's periodic report, the report of a task force meeting.",
  strategy: "A strategy or strategic communication, e.g. the Strategy for International Cooperation, the Communication on the Global Approach to Research and Innovation.",
  plan: "A plan or work programme, e.g. Japan's Fifth Science and Technology Basic Plan.",
  statement: "A joint or press statement, e.g. of an EU–Japan summit.",
  "joint-vision": "A joint vision, e.g. the Joint vision on the new strategic partnership in Research and Innovation.",
  memo: "A memo or briefing note.",
  "letter-of-intent": "A letter of intent, e.g. the EU-Japan Letter of Intent on cooperation in quantum science and technology.",
  other: "Any other document, e.g. a memorandum of cooperation or of understanding.",
};

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

/** Whether each type counts as a meeting is said by MEETING_EVENT_TYPES (the API adds it to these texts). */
export const EVENT_TYPE_DESCRIPTIONS: Record<(typeof EVENT_TYPES)[number], string> = {
  meeting: "A meeting that fits no narrower type, e.g. a task force meeting, a high-level meeting.",
  "bilateral-meeting": "A meeting between representatives of two sides, e.g. a Director-General with a deputy minister, a courtesy call.",
  "committee-meeting":
    "A meeting of a committee, e.g. a Japan-EU Joint Committee on Science and Technology Cooperation; linked to the committee by MEETING_OF, with its number.",
  "consortium-meeting": "A meeting of a project's consortium, e.g. a kick-off meeting.",
  summit: "A summit of EU and Japanese leaders.",
  forum: "A forum, e.g. the Science and Technology for Society (STS) forum.",
  "policy-forum": "A policy forum, e.g. the EU–Japan policy forum on Science 2.0.",
  workshop: "A workshop or seminar.",
  conference: "A conference or symposium.",
  "plenary-session": "A plenary session, panel or session within a larger event (PART_OF it).",
  dialogue: "A dialogue meeting or a round of a policy dialogue, e.g. the first EU–Japan space dialogue.",
  review: "A review of a project or of cooperation.",
  visit: "A visit, e.g. a Director-General's visit to Kyoto.",
  launch: "A launch, announcement or inauguration, e.g. an announcement of coordinated projects.",
  call: "A call for proposals, e.g. a coordinated EU–Japan call.",
  other: "Any other event, e.g. a signing ceremony, an outreach tour, a reception.",
};

/** Event types that are not a meeting: taking part in one does not mean the participants met. */
const NOT_MEETINGS: readonly string[] = ["review", "launch", "call", "other"];

/** Event types that count as a meeting for "who met whom" (co-participation means they met). */
export const MEETING_EVENT_TYPES: readonly string[] = EVENT_TYPES.filter((type) => !NOT_MEETINGS.includes(type));

export const PLACE_TYPES = ["country", "region", "city", "district", "venue", "address"] as const;

export const PLACE_TYPE_DESCRIPTIONS: Record<(typeof PLACE_TYPES)[number], string> = {
  country: "A country.",
  region: "A region or area that is not a country or a city, e.g. Europe.",
  city: "A city or town.",
  district: "A district of a city, e.g. Minato-ku.",
  venue: "A building or hall where events are held, e.g. the International Conference Center Kyoto.",
  address: "A postal address or the building at one, e.g. Europa House.",
};

export const PARTICIPATION_ROLES = [
  "chair",
  "co-chair",
  "speaker",
  "participant",
  "organiser",
  "host",
  "contact",
] as const;

/** Roles of PARTICIPATED_IN: the part a person, institution, project or place had in an event. */
export const PARTICIPATION_ROLE_DESCRIPTIONS: Record<(typeof PARTICIPATION_ROLES)[number], string> = {
  chair: "Chaired the event or session.",
  "co-chair": "Chaired it together with another, e.g. one from each side at a Joint Committee meeting.",
  speaker: "Spoke at it.",
  participant: "Took part. From a place: a country or region taking part, not where it was held (that is HELD_IN).",
  organiser: "Organised it.",
  host: "Hosted it, e.g. the EU Delegation hosting a reception, a State Minister receiving a courtesy call.",
  contact:
    "Named by the source as the contact for it. Does not count as meeting the others (whoMet): a news item's contact person did not necessarily attend.",
};

export const PRIORITY_TIERS = ["flagship", "ongoing", "potential"] as const;

/** Tiers of SETS_PRIORITY, in the words of the 2014 page: three 'flagship' priorities, cooperation "also ongoing" in other areas, and areas "with potential for increased cooperation". */
export const PRIORITY_TIER_DESCRIPTIONS: Record<(typeof PRIORITY_TIERS)[number], string> = {
  flagship: "A headline ('flagship') priority of the document or meeting that sets it.",
  ongoing: "An area of ongoing cooperation, besides the flagship priorities.",
  potential: "An area with potential for increased cooperation.",
};

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
