// How each kind of entity looks, everywhere (graph nodes, legend, badges). Colours are from the
// Okabe–Ito palette (readable with colour-blindness), with a distinct shade per kind.
export const KINDS = [
  "PERSON",
  "INSTITUTION",
  "PROJECT",
  "PROGRAMME",
  "DOCUMENT",
  "EVENT",
  "DIALOGUE",
  "RESEARCH_AREA",
  "PLACE",
] as const;
export type EntityKind = (typeof KINDS)[number];

export const KIND_STYLE: Record<EntityKind, { label: string; plural: string; color: string }> = {
  PERSON: { label: "Person", plural: "People", color: "#D55E00" },
  INSTITUTION: { label: "Institution", plural: "Institutions", color: "#0072B2" },
  PROJECT: { label: "Project", plural: "Projects", color: "#009E73" },
  PROGRAMME: { label: "Programme", plural: "Programmes", color: "#56B4E9" },
  DOCUMENT: { label: "Document", plural: "Documents", color: "#6A3D9A" },
  EVENT: { label: "Event", plural: "Events", color: "#E69F00" },
  DIALOGUE: { label: "Dialogue", plural: "Dialogues", color: "#CC79A7" },
  RESEARCH_AREA: { label: "Research area", plural: "Research areas", color: "#7F7F00" },
  PLACE: { label: "Place", plural: "Places", color: "#8C8C8C" },
};

export function kindStyle(kind: string) {
  return KIND_STYLE[kind as EntityKind] ?? { label: kind, plural: kind, color: "#444" };
}

/** "PARTICIPATED_IN" → "participated in". */
export function words(constant: string): string {
  return constant.toLowerCase().replace(/_/g, " ");
}

/** The API's ParticipationRole values, in words (the seed's spelling: co-chair, not "co chair"). */
const ROLE_LABELS: Record<string, string> = {
  CHAIR: "chair",
  CO_CHAIR: "co-chair",
  SPEAKER: "speaker",
  PARTICIPANT: "participant",
  ORGANISER: "organiser",
  HOST: "host",
  CONTACT: "contact",
};

/** "CO_CHAIR" → "co-chair". */
export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? words(role);
}

/** "FLAGSHIP" → "flagship" (a PriorityTier value in words). */
export function tierLabel(tier: string): string {
  return words(tier);
}
