// The seed file model as class-validator classes: the rules every record must satisfy before anything
// is written. Cross-record rules (unique ids, endpoints, quotes in the source text) live in validate.ts.
import "reflect-metadata"; // class-transformer's @Type reads decorator metadata
import { Type } from "class-transformer";
import {
  ArrayNotEmpty,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  type ValidationOptions,
} from "class-validator";
import { ID_PATTERN, SOURCE_ID_PATTERN } from "./ids";
import * as vocabulary from "./vocabulary";
import type { EntityKind, RelationshipType } from "./vocabulary";

const { DOCUMENT_TYPES, ENTITY_KINDS, EVENT_TYPES, INSTITUTION_TYPES, PARTICIPATION_ROLES, PLACE_TYPES, PRIORITY_TIERS, PROGRAMME_TYPES, RELATIONSHIP_TYPE_NAMES } = vocabulary;

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True for "2014", "2014-05" and "2014-05-31", false for "2014-02-30" or "14 May". */
export function isPartialDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = PARTIAL_DATE.exec(value);
  if (!match) return false;
  const [, , month, day] = match;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day !== undefined) {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }
  return true;
}

export function IsPartialDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: "isPartialDate",
      target: object.constructor,
      propertyName,
      options: { message: "$property must be a date YYYY, YYYY-MM or YYYY-MM-DD", ...options },
      validator: { validate: isPartialDate },
    });
}

/** Largest ordinal a meeting may have (a GraphQL Int holds it, and no series comes near it). */
export const MAX_ORDINAL = 10_000;

/** Words a quote needs at least; text without spaces (e.g. Japanese) needs QUOTE_MIN_CHARS characters instead. */
export const QUOTE_MIN_WORDS = 3;
const QUOTE_MIN_CHARS = 8;
const UNSPACED_SCRIPT = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff00-\uffef]/;

/** A quote as evidence: no surrounding whitespace, not blank, and at least a few words. */
export function isQuote(value: unknown): boolean {
  if (typeof value !== "string" || value !== value.trim() || value === "") return false;
  if (value.split(/\s+/).length >= QUOTE_MIN_WORDS) return true;
  return UNSPACED_SCRIPT.test(value) && value.replace(/\s+/g, "").length >= QUOTE_MIN_CHARS;
}

export function IsQuote(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: "isQuote",
      target: object.constructor,
      propertyName,
      options: { message: `$property must be the source's own words: at least ${QUOTE_MIN_WORDS} words, without leading or trailing spaces`, ...options },
      validator: { validate: isQuote },
    });
}

/** A problem with one field of a record ("evidence[0].quote"), the rule it breaks, and what to fix. */
export interface FieldProblem {
  field: string;
  rule: string;
  message: string;
}

const ISO_DURATION = /^P(?=\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/;

// ---------- evidence ----------

/**
 * One evidence item, of one of three kinds the curator must choose between (validate.ts reports an
 * item that mixes them):
 * - `{ quote }`: the quote states the fact;
 * - `{ quote, inferred }`: the quote is the basis, and `inferred` says what the curator concluded from
 *   it that the quote does not itself say (which meeting is meant, who organised it, a tier);
 * - `{ curated }`: no source states it; the curator's reason.
 */
export class Evidence {
  @IsOptional()
  @Matches(SOURCE_ID_PATTERN, { message: "source must look like source:some-slug" })
  source?: string;

  @ValidateIf((e: Evidence) => e.curated === undefined)
  @IsString({ message: "quote is required unless the evidence is curated (an inference needs the quote it was drawn from)" })
  @IsNotEmpty()
  @IsQuote()
  @MaxLength(2000)
  quote?: string;

  @IsOptional()
  @IsString({ message: "inferred must say what the curator inferred from the quote" })
  @IsNotEmpty({ message: "inferred must say what the curator inferred from the quote" })
  @MaxLength(2000)
  inferred?: string;

  @ValidateIf((e: Evidence) => e.quote === undefined && e.inferred === undefined)
  @IsString({ message: "curated must give the curator's reason" })
  @IsNotEmpty()
  @MaxLength(2000)
  curated?: string;
}

// ---------- source ----------

/** A source's `date` when the page gives none: kept as unknown, never guessed. */
export const SOURCE_DATE_NOT_STATED = "not stated";

export class SourceRecord {
  @Matches(SOURCE_ID_PATTERN, { message: "id must look like source:some-slug" })
  id!: string;

  @IsString()
  @IsNotEmpty()
  title!: string;

  @IsString()
  @IsNotEmpty()
  publisher!: string;

  /** The page's date, or "not stated" when the page gives none (the date is then unknown, not guessed). */
  @ValidateIf((s: SourceRecord) => s.date !== SOURCE_DATE_NOT_STATED)
  @IsPartialDate({ message: `$property must be a date YYYY, YYYY-MM or YYYY-MM-DD, or "${SOURCE_DATE_NOT_STATED}" when the page gives none` })
  date!: string;

  @IsOptional()
  @Matches(/^https?:\/\/\S+$/, { message: "url must be an http(s) address" })
  url?: string;

  @IsString()
  @Matches(/^sources\/[^\s]+$/, { message: "file must be a path below seed/sources/" })
  file!: string;

  @IsOptional()
  @IsString()
  retrieved?: string;

  @IsOptional()
  @IsString()
  notes?: string;
}

// ---------- entity properties, one class per kind ----------

class ContactProperties {
  @IsOptional() @IsString() @IsNotEmpty() phone?: string;
  @IsOptional() @IsString() @IsNotEmpty() fax?: string;
  @IsOptional() @IsString() @IsNotEmpty() email?: string;
}

export class PersonProperties extends ContactProperties {
  @IsOptional() @IsString() @IsNotEmpty() honorific?: string;
}

export class InstitutionProperties extends ContactProperties {
  @IsOptional() @IsIn(INSTITUTION_TYPES) institutionType?: string;
  @IsOptional() @IsString() @IsNotEmpty() address?: string;
  @IsOptional() @Matches(/^https?:\/\/\S+$/) url?: string;
}

export class ProjectProperties {
  @IsOptional() @IsString() @IsNotEmpty() fullName?: string;
  @IsOptional() @IsPartialDate() startDate?: string;
  @IsOptional() @IsPartialDate() endDate?: string;
  @IsOptional() @Matches(ISO_DURATION, { message: "duration must be an ISO 8601 duration such as P3Y or P18M" }) duration?: string;
  @IsOptional() @IsArray() @IsString({ each: true }) @IsNotEmpty({ each: true }) aims?: string[];
  @IsOptional() @IsString() @IsNotEmpty() summary?: string;
  /** How many institutions (partners) the source says take part in the project. */
  @IsOptional() @IsInt() @Min(1) partnerCount?: number;
}

export class ProgrammeProperties {
  @IsOptional() @IsIn(PROGRAMME_TYPES) programmeType?: string;
  /** The budget in the source's words, with its currency ("€94.1 billion"). */
  @IsOptional() @IsString() @IsNotEmpty() budget?: string;
  @IsOptional() @IsString() @IsNotEmpty() summary?: string;
}

export class DocumentProperties {
  @IsOptional() @IsIn(DOCUMENT_TYPES) documentType?: string;
  @IsOptional() @IsPartialDate() date?: string;
  @IsOptional() @IsPartialDate() entryIntoForce?: string;
  @IsOptional() @IsPartialDate() periodStart?: string;
  @IsOptional() @IsPartialDate() periodEnd?: string;
  @IsOptional() @IsString() @IsNotEmpty() summary?: string;
}

export class EventProperties {
  @IsOptional() @IsIn(EVENT_TYPES) eventType?: string;
  @IsOptional() @IsPartialDate() date?: string;
  @IsOptional() @IsPartialDate() endDate?: string;
  @IsOptional() @IsInt() @Min(1) @Max(MAX_ORDINAL) ordinal?: number;
  @IsOptional() @IsArray() @IsString({ each: true }) @IsNotEmpty({ each: true }) topics?: string[];
  @IsOptional() @IsString() @IsNotEmpty() summary?: string;
  /** How many took part, as the source gives it (a whole number). */
  @IsOptional() @IsInt({ message: "participantCount must be a whole number" }) @Min(0) participantCount?: number;
}

export class SummaryProperties {
  @IsOptional() @IsString() @IsNotEmpty() summary?: string;
}

export class PlaceProperties {
  @IsOptional() @IsIn(PLACE_TYPES) placeType?: string;
  @IsOptional() @IsString() @IsNotEmpty() postalCode?: string;
}

export const PROPERTY_CLASSES: Record<EntityKind, new () => object> = {
  Person: PersonProperties,
  Institution: InstitutionProperties,
  Project: ProjectProperties,
  Programme: ProgrammeProperties,
  Document: DocumentProperties,
  Event: EventProperties,
  Dialogue: SummaryProperties,
  ResearchArea: SummaryProperties,
  Place: PlaceProperties,
};

// ---------- relationship properties, one class per type that has any ----------

export class AffiliationProperties {
  @IsOptional() @IsString() @IsNotEmpty() title?: string;
  @IsOptional() @IsPartialDate() asOf?: string;
}

export class ParticipationProperties {
  @IsIn(PARTICIPATION_ROLES, { message: `role must be one of ${PARTICIPATION_ROLES.join(", ")}` }) role!: string;
}

export class PartnerProperties {
  @IsOptional() @IsString() @IsNotEmpty() role?: string;
}

export class PriorityProperties {
  @IsIn(PRIORITY_TIERS, { message: `tier must be one of ${PRIORITY_TIERS.join(", ")}` }) tier!: string;
}

export class MeetingOfProperties {
  @IsOptional() @IsInt() @Min(1) @Max(MAX_ORDINAL) ordinal?: number;
}

export class MetProperties {
  @IsOptional() @IsPartialDate() date?: string;
}

/** SIGNED: the date of signature, when the source gives it. */
export class SignedProperties {
  @IsOptional() @IsPartialDate() date?: string;
}

/** Property rules for the relationship types that have properties; the others take none. */
export const RELATIONSHIP_PROPERTY_CLASSES: Partial<Record<RelationshipType, new () => object>> = {
  AFFILIATED_WITH: AffiliationProperties,
  PARTICIPATED_IN: ParticipationProperties,
  MET: MetProperties,
  SIGNED: SignedProperties,
  LEADS: AffiliationProperties,
  PARTNER_IN: PartnerProperties,
  SETS_PRIORITY: PriorityProperties,
  MEETING_OF: MeetingOfProperties,
};

// ---------- records ----------

/**
 * What entity and relationship records end with: a remark, the dates a curator inferred, and the
 * evidence. (Inherited rules run after a class's own, so problems keep the order of the fields.)
 */
abstract class RecordTail {
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  note?: string;

  /** Date properties no source states, each with the curator's reason (`{ "date": "year inferred from …" }`). */
  @IsOptional()
  @IsObject()
  inferredDates?: Record<string, string>;

  @IsArray()
  @ArrayNotEmpty({ message: "evidence needs at least one item (a quote or a curated reason)" })
  @ValidateNested({ each: true })
  @Type(() => Evidence)
  evidence!: Evidence[];
}

export class EntityRecord extends RecordTail {
  @Matches(ID_PATTERN, { message: "id must be kind-prefix:lowercase-slug, e.g. person:robert-jan-smits" })
  id!: string;

  @IsIn(ENTITY_KINDS, { message: `kind must be one of ${ENTITY_KINDS.join(", ")}` })
  kind!: EntityKind;

  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  name!: string;

  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  aliases?: string[];

  @IsOptional()
  @IsObject()
  properties?: Record<string, unknown>;

  /** External identifiers by scheme (ror, wikidata, orcid, cordis, kaken, isni): see identifiers.ts. */
  @IsOptional()
  @IsObject()
  identifiers?: Record<string, string>;
}

export class RelationshipRecord extends RecordTail {
  @IsIn(RELATIONSHIP_TYPE_NAMES, { message: `type must be one of ${RELATIONSHIP_TYPE_NAMES.join(", ")}` })
  type!: RelationshipType;

  @Matches(ID_PATTERN, { message: "from must be an entity id" })
  from!: string;

  @Matches(ID_PATTERN, { message: "to must be an entity id" })
  to!: string;

  @IsOptional()
  @IsObject()
  properties?: Record<string, unknown>;
}

export class SeedFile {
  @IsOptional()
  @ValidateNested()
  @Type(() => SourceRecord)
  source?: SourceRecord;

  @IsOptional()
  @IsArray()
  entities?: unknown[];

  @IsOptional()
  @IsArray()
  relationships?: unknown[];
}
