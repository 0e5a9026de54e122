// The shapes the explorer reads from the public GraphQL API (see schema.graphql for every field).
export interface FuzzyDate {
  value: string;
  precision: "YEAR" | "MONTH" | "DAY";
  earliest: string;
  latest: string;
}

export interface SourceRef {
  id: string;
  title: string;
  url: string | null;
  publisher: string;
  date: FuzzyDate | null;
}

export interface Evidence {
  stated: boolean;
  quote: string | null;
  curatedReason: string | null;
  source: SourceRef | null;
}

export interface EntityRef {
  id: string;
  kind: string;
  name: string;
}

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Connection<T> {
  totalCount: number;
  pageInfo: PageInfo;
  edges: Array<{ cursor?: string; node: T }>;
}

export interface Relation {
  type: string;
  outgoing: boolean;
  /** A ParticipationRole value (CO_CHAIR), for PARTICIPATED_IN. */
  role: string | null;
  /** A partner's role in its source's words (free text), for PARTNER_IN. */
  partnerRole: string | null;
  title: string | null;
  /** A PriorityTier value (FLAGSHIP), for SETS_PRIORITY. */
  tier: string | null;
  ordinal: number | null;
  stated: boolean;
  asOf: FuzzyDate | null;
  date: FuzzyDate | null;
  notes: string[];
  evidence: Evidence[];
  other: EntityRef;
}

export interface Disagreement {
  field: string;
  values: Array<{ value: string; sourceIds: string[] }>;
}

export interface Affiliation {
  institution: EntityRef;
  title: string | null;
  asOf: FuzzyDate | null;
  stated: boolean;
  evidence: Evidence[];
}

/** An entity with every property any kind may have (absent ones are undefined). */
export interface EntityDetail extends EntityRef {
  aliases: string[];
  stated: boolean;
  notes: string[];
  summary?: string | null;
  evidence: Evidence[];
  sources: SourceRef[];
  disagreements: Disagreement[];
  affiliations?: Affiliation[];
  [property: string]: unknown;
}

export interface SearchHit {
  score: number;
  entity: EntityRef & { aliases: string[] };
}

export interface Meeting {
  kind: "EVENT" | "STATED";
  date: FuzzyDate | null;
  event: (EntityRef & { eventType: string | null }) | null;
  places: EntityRef[];
  subjectRoles: string[];
  otherRoles: string[];
  evidence: Evidence[];
}

export interface Encounter {
  person: EntityRef;
  meetingCount: number;
  meetings: Meeting[];
}
