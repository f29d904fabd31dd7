/**
 * Domain views of stored nodes: what the API serves for an Actor, a Measure,
 * and so on, read from a GraphNode's properties. Pure.
 */
import type {
  ActorKind,
  CoordinationKind,
  Evidence,
  EvidenceRef,
  GraphNode,
  MeasureStatus,
  NodeLabel,
} from '../model/index.ts';
import { correctionNotesOf, type CorrectionNote } from '../store/index.ts';

interface Base {
  id: string;
  __typename: NodeLabel;
  evidenceRefs: EvidenceRef[];
  /** The people's corrections that changed it (graph/corrections), with who, when and why; empty when none. */
  corrections?: CorrectionNote[];
}
export interface ActorView extends Base {
  __typename: 'Actor';
  name: string;
  abbreviation: string | null;
  aliases: string[];
  kind: ActorKind;
  curated: boolean;
  succeededOn: string | null;
  /** For a local service ("Barnevernstjenesten i Bodø kommune"): the gazetteer key of its service type. */
  service: string | null;
  /** For a local service: its place as written ("Bodø"). */
  place: string | null;
}
export interface MeasureView extends Base {
  __typename: 'Measure';
  number: string;
  title: string;
  text: string;
  status: MeasureStatus;
  statusText: string | null;
  progress: string | null;
  documentId: string;
}
export interface InitiativeView extends Base {
  __typename: 'Initiative';
  name: string;
  description: string | null;
  period: string | null;
  startYear: number | null;
  endYear: number | null;
}
export interface SectorView extends Base {
  __typename: 'Sector';
  name: string;
  nameEn: string;
  ministryId: string | null;
  order: number;
}
export interface LevelView extends Base {
  __typename: 'Level';
  name: string;
  nameEn: string;
  rank: number;
}
export interface DocumentView extends Base {
  __typename: 'Document';
  title: string;
  fileName: string;
  text: string;
  year: number | null;
  genre: string | null;
  /** The original file's format, its pages (PDF), its hash in the file store, and the source map (JSON) evidence is located with (graph/read). */
  format: string;
  pageCount: number | null;
  fileSha256: string | null;
  sourceMap: string | null;
}
export type NodeView = ActorView | MeasureView | InitiativeView | SectorView | LevelView | DocumentView;

/** A coordination link between two actors, all kinds merged. */
export interface CoordinationView {
  sourceId: string;
  targetId: string;
  weight: number;
  kinds: CoordinationKind[];
  evidenceRefs: EvidenceRef[];
  /** The corrections that changed any of its links. */
  corrections?: CorrectionNote[];
}

export type { Evidence };

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));
const optStr = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const optNum = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** The view of a stored node, by its label. */
export function toView(n: GraphNode): NodeView {
  const p = n.props;
  const base = { id: n.id, evidenceRefs: n.evidence, corrections: correctionNotesOf(p) };
  switch (n.label) {
    case 'Actor':
      return {
        ...base,
        __typename: 'Actor',
        name: str(p.name),
        abbreviation: optStr(p.abbreviation),
        aliases: Array.isArray(p.aliases) ? (p.aliases as string[]) : [],
        kind: (p.kind as ActorKind) ?? 'OTHER',
        curated: p.curated === true,
        succeededOn: optStr(p.succeededOn),
        service: optStr(p.service),
        place: optStr(p.place),
      };
    case 'Measure':
      return {
        ...base,
        __typename: 'Measure',
        number: str(p.number),
        title: str(p.title),
        text: str(p.text),
        status: (p.status as MeasureStatus) ?? 'UNKNOWN',
        statusText: optStr(p.statusText),
        progress: optStr(p.progress),
        documentId: str(p.documentId),
      };
    case 'Initiative':
      return {
        ...base,
        __typename: 'Initiative',
        name: str(p.name),
        description: optStr(p.description),
        period: optStr(p.period),
        startYear: optNum(p.startYear),
        endYear: optNum(p.endYear),
      };
    case 'Sector':
      return {
        ...base,
        __typename: 'Sector',
        name: str(p.name),
        nameEn: str(p.nameEn) || str(p.name),
        ministryId: optStr(p.ministryId),
        order: optNum(p.order) ?? 0,
      };
    case 'Level':
      return { ...base, __typename: 'Level', name: str(p.name), nameEn: str(p.nameEn) || str(p.name), rank: optNum(p.rank) ?? 0 };
    case 'Document':
      return {
        ...base,
        __typename: 'Document',
        title: str(p.title),
        fileName: str(p.fileName),
        text: str(p.text),
        year: optNum(p.year),
        genre: optStr(p.genre),
        format: optStr(p.format) ?? (/\.(?:md|markdown)$/iu.test(str(p.fileName)) ? 'md' : 'txt'),
        pageCount: optNum(p.pageCount),
        fileSha256: optStr(p.fileSha256),
        sourceMap: optStr(p.sourceMap),
      };
  }
}

/** Display name of any view. */
export function nameOf(v: NodeView): string {
  switch (v.__typename) {
    case 'Measure':
      return `Tiltak ${v.number}: ${v.title}`;
    case 'Document':
      return v.title;
    default:
      return v.name;
  }
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true });

/** Norwegian alphabetical order (Æ, Ø, Å last), then id, so ties are stable. */
export function byName<T extends NodeView>(a: T, b: T): number {
  return collator.compare(nameOf(a), nameOf(b)) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Measures by document, then by number as numbers ("9" before "10", "1.1" before "1.2"). */
export function byMeasureNumber(a: MeasureView, b: MeasureView): number {
  if (a.documentId !== b.documentId) return a.documentId < b.documentId ? -1 : 1;
  // Plain numbers (nearly all) compare as numbers, as the numeric collator would, without its cost.
  const byNumber = WHOLE.test(a.number) && WHOLE.test(b.number) ? Number(a.number) - Number(b.number) : collator.compare(a.number, b.number);
  return byNumber || (a.id < b.id ? -1 : 1);
}

const WHOLE = /^\d{1,15}$/;
