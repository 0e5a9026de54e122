// The entity types: a Node interface (global id), an Entity interface (what every entity has, with
// its evidence), and one object type per kind with its own properties. Relation-derived fields
// (relations, affiliations, participants, places …) are field resolvers in entity-fields.resolver.ts;
// the types they return (Relation, Neighbour, Affiliation, Participation, connections) are here too.
import { Field, ID, Int, InterfaceType, ObjectType } from "type-graphql";
import type { Entity as EntityData, Evidence as EvidenceData } from "../../repositories/model";
import { Disagreement, Evidence, ExternalIdentifier, FuzzyDate } from "../shared/common.type";
import { Connection } from "../shared/connection.type";
import { Node } from "../shared/node.interface";
import {
  DocumentType,
  EntityKind,
  EventType,
  InstitutionType,
  ParticipationRole,
  PlaceType,
  PriorityTier,
  ProgrammeType,
  RelationType,
} from "../shared/enums";

export { Node };

@InterfaceType({
  implements: Node,
  description: "A person, institution, project, programme, document, event, dialogue, research area or place.",
  resolveType: (value: { kind: string }) => value.kind,
})
export abstract class Entity extends Node {
  @Field(() => EntityKind, { description: "Which kind of entity this is." })
  kind!: string;

  @Field(() => String, { description: "The fullest name the sources give." })
  name!: string;

  @Field(() => [String], { description: "Other names: acronyms, short forms, other spellings and scripts (bounded: the names the sources give this one entity)." })
  aliases!: string[];

  @Field(() => [String], { description: "Curators' remarks (why a date is only a month, how an identity was decided …) (bounded: the remarks on this one entity)." })
  notes!: string[];

  @Field(() => Boolean, { description: "True when at least one source states this entity; false when only curated." })
  stated!: boolean;

  @Field(() => [Evidence], { description: "Every quote (or curated reason) that supports this entity (bounded: the quotes about this one entity)." })
  evidence!: Evidence[];

  @Field(() => [Disagreement], { description: "Fields on which sources disagree, each value with its sources (empty when they agree) (bounded: at most one per property of the entity)." })
  disagreements!: Disagreement[];

  @Field(() => [ExternalIdentifier], { description: "Identifiers in external registries (ROR, Wikidata, ORCID, CORDIS, KAKEN, ISNI), each stated by a source or curated (see evidence) (bounded: at most one per registry)." })
  identifiers!: ExternalIdentifier[];
}

@ObjectType({ implements: [Node, Entity], description: "A person, with contact details where a source gives them." })
export class Person extends Entity {
  @Field(() => String, { nullable: true, description: "Honorific as the source gives it, e.g. Professor." })
  honorific?: string;

  @Field(() => String, { nullable: true, description: "Telephone number." })
  phone?: string;

  @Field(() => String, { nullable: true, description: "Fax number." })
  fax?: string;

  @Field(() => String, { nullable: true, description: "E-mail address." })
  email?: string;
}

@ObjectType({ implements: [Node, Entity], description: "A ministry, agency, council, committee, university, laboratory, EU body, delegation, consortium …" })
export class Institution extends Entity {
  @Field(() => InstitutionType, { nullable: true, description: "What sort of institution." })
  institutionType?: string;

  @Field(() => String, { nullable: true, description: "Postal address." })
  address?: string;

  @Field(() => String, { nullable: true, description: "Telephone number." })
  phone?: string;

  @Field(() => String, { nullable: true, description: "Fax number." })
  fax?: string;

  @Field(() => String, { nullable: true, description: "Web address." })
  url?: string;
}

@ObjectType({ implements: [Node, Entity], description: "A cooperation project." })
export class Project extends Entity {
  @Field(() => String, { nullable: true, description: "Full name when the name is an acronym." })
  fullName?: string;

  @Field(() => FuzzyDate, { nullable: true, description: "When it started." })
  startDate?: FuzzyDate;

  @Field(() => FuzzyDate, { nullable: true, description: "When it ended." })
  endDate?: FuzzyDate;

  @Field(() => String, { nullable: true, description: "Planned duration, ISO 8601 (P3Y = three years)." })
  duration?: string;

  @Field(() => [String], { nullable: true, description: "Aims, in the source's words (bounded: the aims the sources list for this one project)." })
  aims?: string[];

  @Field(() => String, { nullable: true, description: "Short description." })
  summary?: string;

  @Field(() => Int, { nullable: true, description: "How many institutions (partners) a source says take part." })
  partnerCount?: number;
}

@ObjectType({ implements: [Node, Entity], description: "A funding programme or instrument (FP7, Horizon 2020, BILAT …)." })
export class Programme extends Entity {
  @Field(() => ProgrammeType, { nullable: true, description: "What sort of programme." })
  programmeType?: string;

  @Field(() => String, { nullable: true, description: "Budget, in the source's words with its currency." })
  budget?: string;

  @Field(() => String, { nullable: true, description: "Short description." })
  summary?: string;
}

@ObjectType({ implements: [Node, Entity], description: "An agreement, roadmap, report, strategy, plan or statement." })
export class Document extends Entity {
  @Field(() => DocumentType, { nullable: true, description: "What sort of document." })
  documentType?: string;

  @Field(() => FuzzyDate, { nullable: true, description: "Date of the document." })
  date?: FuzzyDate;

  @Field(() => FuzzyDate, { nullable: true, description: "When an agreement entered into force." })
  entryIntoForce?: FuzzyDate;

  @Field(() => FuzzyDate, { nullable: true, description: "Start of the period it covers." })
  periodStart?: FuzzyDate;

  @Field(() => FuzzyDate, { nullable: true, description: "End of the period it covers." })
  periodEnd?: FuzzyDate;

  @Field(() => String, { nullable: true, description: "Short description." })
  summary?: string;
}

@ObjectType({ implements: [Node, Entity], description: "A meeting, forum, workshop, summit, dialogue round, review …" })
export class Event extends Entity {
  @Field(() => EventType, { nullable: true, description: "What sort of event." })
  eventType?: string;

  @Field(() => FuzzyDate, { nullable: true, description: "When it took place (first day for multi-day events)." })
  date?: FuzzyDate;

  @Field(() => FuzzyDate, { nullable: true, description: "Last day, for multi-day events." })
  endDate?: FuzzyDate;

  @Field(() => Int, { nullable: true, description: "Place in its series: 3 for the 3rd meeting." })
  ordinal?: number;

  @Field(() => [String], { nullable: true, description: "Topics discussed, in the source's words (bounded: the topics the sources list for this one event)." })
  topics?: string[];

  @Field(() => String, { nullable: true, description: "Short description." })
  summary?: string;

  @Field(() => Int, { nullable: true, description: "How many took part, as the source gives it." })
  participantCount?: number;
}

@ObjectType({ implements: [Node, Entity], description: "A standing policy dialogue (its rounds are events)." })
export class Dialogue extends Entity {
  @Field(() => String, { nullable: true, description: "Short description." })
  summary?: string;
}

@ObjectType({ implements: [Node, Entity], description: "A research area; a cooperation priority when a document or meeting sets it as one." })
export class ResearchArea extends Entity {
  @Field(() => String, { nullable: true, description: "Short description." })
  summary?: string;
}

@ObjectType({ implements: [Node, Entity], description: "A country, city, district, venue or address." })
export class Place extends Entity {
  @Field(() => PlaceType, { nullable: true, description: "What sort of place." })
  placeType?: string;

  @Field(() => String, { nullable: true, description: "Postal code." })
  postalCode?: string;
}

export const ENTITY_TYPES = [Person, Institution, Project, Programme, Document, Event, Dialogue, ResearchArea, Place] as const;

@ObjectType({ description: "A relationship seen from one entity: its type, direction, properties, evidence and the entity at the other end." })
export class Relation {
  @Field(() => ID, {
    description:
      "Stable id of this relationship seen from this end: relation:out|<key> or relation:in|<key> (`outgoing` and `other` depend on the end; the same from every query).",
  })
  id!: string;

  @Field(() => ID, {
    name: "relationshipId",
    description: "The relationship's own stored key, from|TYPE|to|discriminator: the same from either end, and the id of its Affiliation or Participation.",
  })
  key!: string;

  @Field(() => RelationType, { description: "Relationship type." })
  type!: string;

  @Field(() => Boolean, { description: "True when the relationship points from this entity to `other`." })
  outgoing!: boolean;

  @Field(() => Entity, { description: "The entity at the other end." })
  other!: Entity;

  @Field(() => ParticipationRole, { nullable: true, description: "The part taken in the event (PARTICIPATED_IN; null for other types)." })
  role!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "A partner's role in the project (PARTNER_IN): free text in the source's words (e.g. coordinator, joint lead (Japan)), not a fixed vocabulary.",
  })
  partnerRole!: string | null;

  @Field(() => String, { nullable: true, description: "Title held (AFFILIATED_WITH, LEADS): free text in the source's words (e.g. Director-General)." })
  title!: string | null;

  @Field(() => FuzzyDate, { nullable: true, description: "Date at which a source states the affiliation or title." })
  asOf!: FuzzyDate | null;

  @Field(() => FuzzyDate, { nullable: true, description: "Date of a stated meeting (MET) or of a signature (SIGNED)." })
  date!: FuzzyDate | null;

  @Field(() => PriorityTier, { nullable: true, description: "Priority tier (SETS_PRIORITY; null for other types)." })
  tier!: string | null;

  @Field(() => Int, { nullable: true, description: "Place in a series (MEETING_OF)." })
  ordinal!: number | null;

  @Field(() => [String], { description: "Curators' remarks on this relationship (bounded: the remarks on this one relationship)." })
  notes!: string[];

  @Field(() => Boolean, { description: "True when a source states it; false when only curated." })
  stated!: boolean;

  @Field(() => [Evidence], { description: "Quotes or curated reasons that support it (bounded: the quotes about this one relationship)." })
  evidence!: Evidence[];

  @Field(() => [Disagreement], { description: "Properties on which sources disagree, each value with its sources (bounded: at most one per property of the relationship)." })
  disagreements!: Disagreement[];
}

export const RelationConnection = Connection(
  Relation,
  "Relation",
  "Relationships of an entity, by type, then the other entity's name and id, then the relationship's stored key (the sort key its cursors stand for, so a cursor keeps its place when relationships are added or removed).",
);

@ObjectType({ description: "How many entities of one kind the entities list has under its filter." })
export class KindCount {
  @Field(() => EntityKind, { description: "The kind." })
  kind!: string;

  @Field(() => Int, { description: "How many entities of this kind match the filter." })
  count!: number;
}

@ObjectType("EntityConnection", {
  description:
    "Entities for browsing, in the order asked for (orderBy: by name, or by date), each sort key ending with the id; cursors are those keys, so a page taken before a curated insert or delete continues with the same next item.",
})
export class EntityConnection extends Connection(Entity, "Entity", "", { extensible: true }) {
  @Field(() => [KindCount], {
    description:
      "How many entities of each kind match `filter` (the `kind` argument left aside, so a client can show every kind's count beside the list); kinds without a match are left out (bounded: at most one entry per entity kind, 9). totalCount is the count of the asked kind, or the sum of all without `kind`.",
  })
  countsByKind!: KindCount[];
}

@ObjectType({ description: "An entity next to another one, with every relationship that links the two." })
export class Neighbour {
  @Field(() => Entity, { description: "The neighbouring entity." })
  entity!: Entity;

  @Field(() => [Relation], {
    description: "The relationships between the two (of the types asked for), by type; `outgoing` is seen from the entity whose neighbours were asked for (bounded: the relationships between these two entities).",
  })
  relations!: Relation[];
}

export const NeighbourConnection = Connection(
  Neighbour,
  "Neighbour",
  "Distinct neighbours of an entity, by name, then id (the sort key its cursors stand for); totalCount is how many there are in all (the \"N more\" of a capped expansion).",
);

@ObjectType({ description: "A person's position at an institution, as a source states it." })
export class Affiliation {
  @Field(() => ID, { description: "Stable id: the AFFILIATED_WITH relationship's stored key (from|TYPE|to|discriminator), as Relation.relationshipId gives it." })
  id!: string;

  @Field(() => Institution, { description: "The institution." })
  institution!: EntityData;

  @Field(() => String, { nullable: true, description: "The title held, e.g. Director-General." })
  title!: string | null;

  @Field(() => FuzzyDate, { nullable: true, description: "The date at which the source states it." })
  asOf!: unknown;

  @Field(() => Boolean, { description: "True when a source states it; false when curated." })
  stated!: boolean;

  @Field(() => [Evidence], { description: "Quotes or curated reasons (bounded: the quotes about this one affiliation)." })
  evidence!: EvidenceData[];
}

@ObjectType({ description: "Someone's part in an event." })
export class Participation {
  @Field(() => ID, { description: "Stable id: the PARTICIPATED_IN relationship's stored key (from|TYPE|to|discriminator), as Relation.relationshipId gives it." })
  id!: string;

  @Field(() => Entity, { description: "The person, institution or project that took part, or a country or place taking part." })
  participant!: EntityData;

  @Field(() => ParticipationRole, { description: "Role: chair, co-chair, speaker, participant, organiser, host or contact." })
  role!: string;

  @Field(() => Boolean, { description: "True when a source states it; false when curated." })
  stated!: boolean;

  @Field(() => [Evidence], { description: "Quotes or curated reasons (bounded: the quotes about this one participation)." })
  evidence!: EvidenceData[];
}
