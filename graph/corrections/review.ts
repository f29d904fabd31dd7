/**
 * The review list the explorer works through ("Til gjennomgang"): what the
 * loader was not sure of, read back from the graph under the same stable ids
 * as the loader's review report (`review:<fact id>@<document id>`), minus
 * what a person accepted or rejected already; and the likely duplicate
 * actors, each with both names' evidence side by side.
 */
import { lineOf } from '../parse/index.ts';
import type { Evidence, GraphEdge, GraphNode } from '../model/index.ts';
import { correctionNotesOf, type CorrectionNote, type GraphStore } from '../store/index.ts';
import { duplicateSuggestions, type DuplicateSuggestion } from './duplicates.ts';
// The loader's own threshold for what goes on its review list (not the barrel: graph/load replays corrections).
import { REVIEW_CONFIDENCE } from '../load/build-document.ts';


export interface ReviewListItem {
  id: string;
  kind: 'uncurated-organisation' | 'low-confidence';
  factId: string;
  name: string;
  documentId: string;
  line: number;
  quote: string;
  confidence: number;
  rule: string;
}

export interface DuplicateItem extends DuplicateSuggestion {
  names: [string, string];
  evidence: [Evidence[], Evidence[]];
}

export interface ReviewList {
  items: ReviewListItem[];
  duplicates: DuplicateItem[];
}

const num = (v: unknown, fallback: number) => (typeof v === 'number' ? v : fallback);
const MAX_EVIDENCE = 3;

/** The review list of the graph in the store now. */
export async function reviewList(store: GraphStore): Promise<ReviewList> {
  const actors = await store.findNodes({ label: 'Actor' });
  const parts = await store.findEdges({ types: ['PART_OF'] });
  const unsure = actors.filter((a) => a.props.reviewed !== true && (a.props.curated === false || a.props.foundBy === 'fuzzy' || num(a.props.confidence, 1) < REVIEW_CONFIDENCE));
  const duplicates = duplicateSuggestions(actors, parts).slice(0, 200);
  const byId = new Map(actors.map((a) => [a.id, a]));
  const docIds = new Set<string>();
  for (const a of unsure) for (const e of a.evidence) docIds.add(e.documentId);
  for (const d of duplicates) for (const id of [d.a, d.b]) for (const e of byId.get(id)!.evidence.slice(0, MAX_EVIDENCE)) docIds.add(e.documentId);
  const texts = new Map<string, string>();
  for (const d of await store.getNodes([...docIds].sort())) if (d && typeof d.props.text === 'string') texts.set(d.id, d.props.text);
  const quote = (e: { documentId: string; start: number; end: number }) => (texts.get(e.documentId) ?? '').slice(e.start, e.end);

  const items: ReviewListItem[] = [];
  for (const a of unsure) {
    const seen = new Set<string>();
    for (const e of a.evidence) {
      if (seen.has(e.documentId) || !texts.has(e.documentId)) continue;
      seen.add(e.documentId);
      items.push({
        id: `review:${a.id}@${e.documentId}`,
        kind: a.props.curated === false ? 'uncurated-organisation' : 'low-confidence',
        factId: a.id,
        name: String(a.props.name ?? a.id),
        documentId: e.documentId,
        line: lineOf(texts.get(e.documentId)!, e.start),
        quote: quote(e).replace(/\s+/gu, ' ').slice(0, 300),
        confidence: num(a.props.confidence, a.props.curated === false ? 0.6 : 0.5),
        rule: String(a.props.rule ?? a.props.foundBy ?? 'pattern'),
      });
    }
  }
  items.sort((x, y) => x.confidence - y.confidence || (x.id < y.id ? -1 : 1));
  const evidenceOf = (n: GraphNode): Evidence[] => n.evidence.slice(0, MAX_EVIDENCE).map((e) => ({ ...e, quote: quote(e) }));
  return {
    items,
    duplicates: duplicates.map((d) => {
      const [a, b] = [byId.get(d.a)!, byId.get(d.b)!];
      return { ...d, names: [String(a.props.name ?? a.id), String(b.props.name ?? b.id)], evidence: [evidenceOf(a), evidenceOf(b)] };
    }),
  };
}

/** A fact the corrections hide, with its evidence and who hid it: the toggle "Vis forkastede" shows these. */
export interface RejectedFact {
  id: string;
  kind: 'node' | 'edge';
  label: string;
  name: string;
  mergedInto: string | null;
  evidence: Evidence[];
  corrections: CorrectionNote[];
}

/** Every fact the corrections hide (rejected, or merged into another actor), nothing lost. */
export async function rejectedFacts(store: GraphStore): Promise<RejectedFact[]> {
  const nodes = (await Promise.all((['Actor', 'Measure', 'Initiative'] as const).map((label) => store.findNodes({ label, where: { rejected: [true] }, includeRejected: true })))).flat();
  const edges = (await store.findEdges({ includeRejected: true })).filter((e) => e.props.rejected === true);
  const names = new Map<string, string>();
  const ends = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  for (const n of [...nodes, ...(await store.getNodes(ends)).filter((x): x is GraphNode => !!x)]) names.set(n.id, String(n.props.name ?? n.props.title ?? n.id));
  const docIds = [...new Set([...nodes, ...edges].flatMap((x) => x.evidence.slice(0, MAX_EVIDENCE).map((e) => e.documentId)))].sort();
  const texts = new Map<string, string>();
  for (const d of await store.getNodes(docIds)) if (d && typeof d.props.text === 'string') texts.set(d.id, d.props.text);
  const evidence = (x: GraphNode | GraphEdge): Evidence[] => x.evidence.slice(0, MAX_EVIDENCE).map((e) => ({ ...e, quote: (texts.get(e.documentId) ?? '').slice(e.start, e.end) }));
  return [
    ...nodes.map((n): RejectedFact => ({ id: n.id, kind: 'node', label: n.label, name: names.get(n.id)!, mergedInto: typeof n.props.mergedInto === 'string' ? n.props.mergedInto : null, evidence: evidence(n), corrections: correctionNotesOf(n.props) })),
    ...edges.map((e): RejectedFact => ({ id: e.id, kind: 'edge', label: e.type, name: `${names.get(e.source) ?? e.source} – ${names.get(e.target) ?? e.target}${typeof e.props.kind === 'string' ? ` (${e.props.kind})` : ''}`, mergedInto: typeof e.props.mergedInto === 'string' ? e.props.mergedInto : null, evidence: evidence(e), corrections: correctionNotesOf(e.props) })),
  ];
}
