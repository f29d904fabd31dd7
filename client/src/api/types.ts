/**
 * Result shapes of the GraphQL API the explorer consumes. Field names follow
 * server/schema.graphql exactly; each interface lists only what we select.
 */

// The enums are the model's own, so the explorer and the graph cannot drift apart.
export { ACTOR_KINDS, COORDINATION_KINDS, MEASURE_STATUSES } from '../../../graph/model/types.ts';
export type { ActorKind, CoordinationKind, MeasureStatus } from '../../../graph/model/types.ts';
import type { ActorKind, CoordinationKind, MeasureStatus } from '../../../graph/model/types.ts';
import type { BrokerMapOf } from '../../../graph/analytics/broker-map.ts';

export type GraphView = 'NETWORK' | 'MEASURES' | 'SYSTEM' | 'ALL';

export interface DocumentRef {
  id: string;
  title: string;
  fileName: string;
}

export interface DocumentSummary extends DocumentRef {
  year: number | null;
  genre: string | null;
}

export interface DocumentFull extends DocumentRef {
  text: string;
}

/** A span of a source document: quote === document.text.slice(start, end). */
export interface Evidence {
  document: DocumentRef;
  start: number;
  end: number;
  quote: string;
  /** Page (1-based) of the original PDF, when asked for and known. */
  page?: number | null;
  /** Where in the original (a cell, a heading path), when asked for and known. */
  location?: string | null;
}

export interface Level {
  id: string;
  name: string;
  nameEn: string;
  rank: number;
}

export interface Sector {
  id: string;
  name: string;
  nameEn: string;
  ministry: { id: string; name: string; abbreviation: string | null } | null;
}

export interface ActorRef {
  id: string;
  name: string;
  abbreviation: string | null;
  kind: ActorKind;
  /** Asked for where an actor is drawn without the network around it (an effort's owners). */
  sectors?: { id: string }[];
  levels?: { id: string; rank: number }[];
}

export interface MatrixCell {
  level: { id: string };
  sector: { id: string };
  actors: ActorRef[];
  evidence: Evidence[];
  /** Level of detail: actors of one kind or service type gathered when the cell holds many. */
  groups?: MatrixGroup[];
  /** The actors in no group: drawn beside the groups. */
  ungrouped?: { id: string }[];
}

/** A group of one cell of the system matrix, e.g. "Barnevernstjenesten · 356 kommuner". */
export interface MatrixGroup {
  id: string;
  label: string;
  memberCount: number;
  kind: ActorKind | null;
  countyId: string | null;
}

export interface SystemMatrix {
  levels: Level[];
  sectors: Sector[];
  cells: MatrixCell[];
}

export interface GraphNodeData {
  id: string;
  type: string;
  label: string;
  name: string;
  kind: ActorKind | null;
  status: MeasureStatus | null;
  sectorIds: string[];
  levelIds: string[];
  sector: string | null;
  levelRank: number | null;
  parent: string | null;
  documentIds: string[];
  degree: number;
  curated: boolean | null;
  /** Position in the server's layout of the whole view, when asked for (`layout: true`). */
  x?: number | null;
  y?: number | null;
  /** A group node of an overview: how many actors or measures it gathers. */
  memberCount?: number | null;
  /** A group node of an overview: its label without the count; null when the label is only the count. */
  stem?: string | null;
  /** An expanded member of an overview: the group it came from. */
  groupId?: string | null;
}

export interface GraphEdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  kinds: CoordinationKind[];
  weight: number;
  documentIds: string[];
  /** An AGGREGATE edge of an overview: the number of links summed into it. */
  count?: number | null;
}

export interface Subgraph {
  nodes: { id: string; data: GraphNodeData }[];
  edges: { id: string; source: string; target: string; data: GraphEdgeData }[];
  truncated: boolean;
}

/** The brokers' map (brokerMap): the linked network whole, or, when reduced, the leading brokers and the bodies they bridge. */
export type BrokerMap = BrokerMapOf<Subgraph>;

export type OverviewGrouping = 'LEVEL' | 'SECTOR' | 'LEVEL_SECTOR' | 'COUNTY' | 'KIND' | 'SERVICE_COUNTY' | 'OWNER_STATUS';

export interface OverviewFilterInput {
  view?: GraphView;
  groupBy?: OverviewGrouping;
  budget?: number;
  expand?: string[];
  focus?: string;
  depth?: number;
  kinds?: ActorKind[];
  sectorIds?: string[];
  levelIds?: string[];
  statuses?: MeasureStatus[];
  documentIds?: string[];
  coordinationKinds?: CoordinationKind[];
  layout?: boolean;
}

export interface OverviewGroup {
  id: string;
  label: string;
  memberCount: number;
  grouping: OverviewGrouping;
  levelId: string | null;
  sectorId: string | null;
  countyId: string | null;
  kind: ActorKind | null;
}

/** A level-of-detail map: group nodes and AGGREGATE edges where the view is too large, else the plain view. */
export interface Overview {
  nodes: Subgraph['nodes'];
  edges: Subgraph['edges'];
  aggregated: boolean;
  totalNodes: number;
  totalEdges: number;
  groups: OverviewGroup[];
}

export interface GraphFilterInput {
  view?: GraphView;
  focus?: string;
  depth?: number;
  kinds?: ActorKind[];
  sectorIds?: string[];
  levelIds?: string[];
  statuses?: MeasureStatus[];
  documentIds?: string[];
  coordinationKinds?: CoordinationKind[];
  limit?: number;
  /** Ask for the server's positions (x, y) of the whole view. */
  layout?: boolean;
}

export interface MeasureRef {
  id: string;
  number: string;
  title: string;
  status: MeasureStatus;
}

export interface InitiativeRef {
  id: string;
  name: string;
}

/** One name of a renamed body's line, with the dates it was in force (ISO; null when open). */
export interface NameChange {
  name: string;
  abbreviation: string | null;
  from: string | null;
  until: string | null;
  /** The body that bore the name, with the facts it brings to the line. */
  actor: { id: string; responsibleFor: MeasureRef[]; involvedIn: MeasureRef[]; initiatives: InitiativeRef[]; evidence: Evidence[] };
}

export interface ActorDetails extends ActorRef {
  __typename: 'Actor';
  aliases: string[];
  curated: boolean;
  succeededOn: string | null;
  /** The actor the line of renames is shown under (today's body). */
  lineId: string;
  /** "Statsforvalteren (tidligere Fylkesmannen)"; the name when never renamed. */
  displayName: string;
  /** Every name of the line, oldest first. */
  nameHistory: NameChange[];
  levels: Level[];
  sectors: { id: string; name: string; nameEn: string }[];
  parent: ActorRef | null;
  children: ActorRef[];
  predecessors: ActorRef[];
  successors: ActorRef[];
  responsibleFor: MeasureRef[];
  involvedIn: MeasureRef[];
  initiatives: InitiativeRef[];
  evidence: Evidence[];
}

export interface MeasureDetails extends MeasureRef {
  __typename: 'Measure';
  text: string;
  statusText: string | null;
  progress: string | null;
  responsible: ActorRef[];
  involved: ActorRef[];
  document: DocumentRef;
  evidence: Evidence[];
}

export interface InitiativeDetails extends InitiativeRef {
  __typename: 'Initiative';
  description: string | null;
  lead: ActorRef | null;
  leadRole: string | null;
  participants: ActorRef[];
  period: string | null;
  startYear: number | null;
  endYear: number | null;
  buildsOn: InitiativeRef[];
  evidence: Evidence[];
}

export interface DocumentDetails extends DocumentRef {
  __typename: 'Document';
  year: number | null;
  genre: string | null;
}

export interface SectorDetails {
  __typename: 'Sector';
  id: string;
  name: string;
  nameEn: string;
}

export interface LevelDetails {
  __typename: 'Level';
  id: string;
  name: string;
  nameEn: string;
  rank: number;
}

export type NodeDetails =
  | ActorDetails
  | MeasureDetails
  | InitiativeDetails
  | DocumentDetails
  | SectorDetails
  | LevelDetails;

export interface Coordination {
  source: ActorRef;
  target: ActorRef;
  weight: number;
  kinds: CoordinationKind[];
  evidence: Evidence[];
}

/** A node as `path` and `search` return it: its type and a readable name. */
export type NodeSummary =
  | ({ __typename: 'Actor' } & ActorRef)
  | ({ __typename: 'Measure' } & MeasureRef)
  | ({ __typename: 'Initiative' } & InitiativeRef)
  | ({ __typename: 'Document' } & { id: string; title: string })
  | ({ __typename: 'Sector' } & { id: string; name: string; nameEn: string })
  | ({ __typename: 'Level' } & { id: string; name: string; nameEn: string });

export interface PathEdge {
  source: string;
  target: string;
  type: string;
  reversed: boolean;
  evidence: Evidence[];
}

export interface Path {
  nodes: NodeSummary[];
  edges: PathEdge[];
}

export interface SearchHit {
  node: NodeSummary;
  score: number;
  snippet: string | null;
}

/** Everything the explorer loads once: the table's rows and columns and the sources. */
export interface Meta {
  levels: Level[];
  sectors: Sector[];
  documents: DocumentSummary[];
}

/** A measure as an overlap names it: its text and who is responsible. */
export interface MeasureEffort {
  __typename: 'Measure';
  id: string;
  number: string;
  title: string;
  text: string;
  progress: string | null;
  status: MeasureStatus;
  responsible: ActorRef[];
  document: DocumentRef;
}

/** An initiative as an overlap names it: its description, lead and participants. */
export interface InitiativeEffort {
  __typename: 'Initiative';
  id: string;
  name: string;
  description: string | null;
  lead: ActorRef | null;
  participants: ActorRef[];
  /** Where the sources name it: for an initiative without a description, its paragraph says what it is. */
  evidence: Evidence[];
}

/** One side of an overlap. */
export type Effort = MeasureEffort | InitiativeEffort;

/** Two efforts that look like the same thing under different owners. */
export interface Overlap {
  a: Effort;
  b: Effort;
  score: number;
  sharedTerms: string[];
  explanation: string;
}

/** A body's place in the coordination network: how much it links others. */
export interface Broker {
  actor: ActorRef;
  /** Normalised betweenness (0 to 1). */
  betweenness: number;
  degree: number;
  weightedDegree: number;
  partners: number;
  crossSectorPartners: number;
  sectorsBridged: { id: string }[];
}

/** Coordination links between the bodies of two sectors (a = b: inside one). */
export interface SectorCell {
  a: { id: string };
  b: { id: string };
  links: number;
  weight: number;
  examples: { source: ActorRef; target: ActorRef; weight: number; kinds: CoordinationKind[] }[];
}

export interface SectorGapMatrix {
  sectors: Sector[];
  cells: SectorCell[];
  gaps: { a: { id: string }; b: { id: string } }[];
}

export const RESPONSIBILITY_REASONS = ['NO_OWNER', 'SEVERAL_OWNERS', 'DIRECTORATE_OWNER', 'NON_MINISTRY_OWNER'] as const;
export type ResponsibilityReason = (typeof RESPONSIBILITY_REASONS)[number];

/** A measure whose responsibility is unclear, and why. */
export interface ResponsibilityFlag {
  measure: MeasureRef & { document: DocumentRef };
  reason: ResponsibilityReason;
  owners: ActorRef[];
  explanation: string;
  evidence: Evidence[];
}
