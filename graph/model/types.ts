/**
 * The graph model: node labels, relationship types, evidence and the enums of
 * the public contract. Stores and loaders speak only these shapes.
 */
import type { DocumentId } from './ids.ts';

export const ACTOR_KINDS = [
  'MINISTRY',
  'DIRECTORATE',
  'REGIONAL_STATE',
  'COUNTY',
  'MUNICIPAL_SERVICE',
  // A whole municipality or county municipality, distinct from the services inside it.
  'MUNICIPALITY',
  'COUNTY_MUNICIPALITY',
  'ORGANISATION',
  'OMBUDSMAN',
  'OTHER',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const MEASURE_STATUSES = [
  'NOT_STARTED',
  'STARTED',
  'IN_PROGRESS',
  'ON_TRACK',
  'DELAYED',
  'COMPLETED',
  'UNKNOWN',
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

export const COORDINATION_KINDS = [
  'SHARED_RESPONSIBILITY',
  'JOINT_WORK',
  'SAME_INITIATIVE',
  'LEADS_OR_COORDINATES',
] as const;
export type CoordinationKind = (typeof COORDINATION_KINDS)[number];

export const NODE_LABELS = ['Document', 'Actor', 'Sector', 'Level', 'Measure', 'Initiative'] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

/**
 * Relationship types. Directions:
 * Actor-RESPONSIBLE_FOR->Measure, Actor-INVOLVED_IN->Measure,
 * Actor-PARTICIPATES_IN->Initiative, Actor-LEADS->Initiative (props.role: leads|coordinates),
 * Actor-PART_OF->Actor (child to parent), Actor-IN_SECTOR->Sector, Actor-AT_LEVEL->Level,
 * Actor-SUCCEEDED_BY->Actor (props.date), Initiative-SUCCEEDED_BY->Initiative,
 * any-STATED_IN->Document, Actor-COORDINATES_WITH->Actor (key = kind; source id < target id),
 * Actor-COMMISSIONS->Initiative (commissioned or funded it: "på oppdrag fra", a grant; never a participant).
 */
export const REL_TYPES = [
  'RESPONSIBLE_FOR',
  'INVOLVED_IN',
  'PARTICIPATES_IN',
  'LEADS',
  'PART_OF',
  'IN_SECTOR',
  'AT_LEVEL',
  'SUCCEEDED_BY',
  'STATED_IN',
  'COORDINATES_WITH',
  'COMMISSIONS',
] as const;
export type RelType = (typeof REL_TYPES)[number];

/**
 * The extra Neo4j labels an actor carries for its kind, besides `:Actor`.
 * County and municipal services are both `:Service`; county ones are `:County` too.
 */
export const ACTOR_KIND_LABELS: Record<ActorKind, readonly string[]> = {
  MINISTRY: ['Ministry'],
  DIRECTORATE: ['Directorate'],
  REGIONAL_STATE: ['RegionalBody'],
  COUNTY: ['County', 'Service'],
  MUNICIPAL_SERVICE: ['Service'],
  MUNICIPALITY: ['Municipality'],
  COUNTY_MUNICIPALITY: ['CountyMunicipality'],
  ORGANISATION: ['Organisation'],
  OMBUDSMAN: ['Ombudsman'],
  OTHER: ['OtherActor'],
};

/** A span of a document that states a fact. The quote is read from the document text. */
export interface EvidenceRef {
  documentId: DocumentId;
  start: number;
  end: number;
}

/** Evidence with its quote, as served: quote === document.text.slice(start, end). */
export interface Evidence extends EvidenceRef {
  quote: string;
}

/** A property value both stores can hold. */
export type PropValue = string | number | boolean | null | string[] | number[];
export type Props = Record<string, PropValue>;

/** A node as stores hold it. `kind` is set for actors. */
export interface GraphNode {
  id: string;
  label: NodeLabel;
  props: Props;
  evidence: EvidenceRef[];
}

/** A relationship as stores hold it. `key` separates parallel edges of one type (e.g. coordination kinds). */
export interface GraphEdge {
  id: string;
  type: RelType;
  source: string;
  target: string;
  props: Props;
  evidence: EvidenceRef[];
}

/** What one write carries: nodes and edges, merged into what is there. */
export interface GraphBatch {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Everything one document contributes; written atomically, replacing its earlier contribution. */
export interface DocumentBatch extends GraphBatch {
  documentId: DocumentId;
}

/** Node and edge counts, by label and by type. */
export interface GraphCounts {
  nodes: Partial<Record<NodeLabel, number>>;
  edges: Partial<Record<RelType, number>>;
}

/** The headline numbers of a graph: documents, actors, measures, initiatives and links (all relationships). */
export function countSummary(c: GraphCounts): { documents: number; actors: number; measures: number; initiatives: number; links: number } {
  return {
    documents: c.nodes.Document ?? 0,
    actors: c.nodes.Actor ?? 0,
    measures: c.nodes.Measure ?? 0,
    initiatives: c.nodes.Initiative ?? 0,
    links: Object.values(c.edges).reduce<number>((s, n) => s + (n ?? 0), 0),
  };
}

/** Evidence key "docId|start|end", the form stores keep it in. */
export function evidenceKey(e: EvidenceRef): string {
  return `${e.documentId}|${e.start}|${e.end}`;
}

/** Reads an evidence key back. */
export function parseEvidenceKey(key: string): EvidenceRef {
  const [documentId, start, end] = key.split('|');
  return { documentId: documentId as DocumentId, start: Number(start), end: Number(end) };
}

/** Union of evidence lists without duplicates, in a stable order (document, start, end). */
export function mergeEvidence(...lists: EvidenceRef[][]): EvidenceRef[] {
  const seen = new Map<string, EvidenceRef>();
  for (const list of lists) for (const e of list) seen.set(evidenceKey(e), e);
  return [...seen.values()].sort(compareEvidence);
}

/** Order of evidence: by document id, then start, then end. */
export function compareEvidence(a: EvidenceRef, b: EvidenceRef): number {
  return a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end;
}
