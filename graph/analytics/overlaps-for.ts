/**
 * Overlaps for the API: builds the comparison items from the graph (measures
 * with their responsible and involved bodies, initiatives with their lead and
 * participants and the sentences that name them), scores them once per graph
 * version, and pages the result. Reads only the graph version's snapshot, so both
 * stores give the same answer.
 */
import { InvalidInputError, type ActorKind, type EvidenceRef } from '../model/index.ts';
import { sentenceAt, splitSentences, type TextSpan } from '../parse/index.ts';
import { MAX_LIMIT, page, type ActorView, type DocumentView, type GraphBase, type GraphSnapshot, type InitiativeView, type MeasureView, type NodeView } from '../query/index.ts';
import { derived } from './derived.ts';
import type { OverlapItem, OverlapPair, Place } from './overlaps.ts';
import { scoreOverlapsInThread } from './analytics-thread.ts';

/** Default floor of `overlaps(minScore)`. */
export const DEFAULT_MIN_SCORE = 0.05;

/** Each actor's latest successor (itself when never renamed), following SUCCEEDED_BY between actors. */
export function successorLine(base: GraphBase): (actorId: string) => string {
  const next = new Map<string, string>();
  const actors = new Set(base.nodes.filter((n) => n.__typename === 'Actor').map((n) => n.id));
  for (const e of base.edges) if (e.type === 'SUCCEEDED_BY' && actors.has(e.source) && actors.has(e.target)) next.set(e.source, e.target);
  return (id) => {
    const seen = new Set([id]);
    let at = id;
    while (next.has(at) && !seen.has(next.get(at)!)) seen.add((at = next.get(at)!));
    return at;
  };
}

/** The sentences of the documents that state each ref (the ref itself when no sentence holds it), without repeats, in document order. */
function statingSentences(refs: readonly EvidenceRef[], docs: Map<string, DocumentView>, sentences: Map<string, TextSpan[]>): (Place & { text: string })[] {
  const out: (Place & { text: string })[] = [];
  for (const r of [...refs].sort((x, y) => (x.documentId < y.documentId ? -1 : x.documentId > y.documentId ? 1 : x.start - y.start))) {
    const doc = docs.get(r.documentId);
    if (!doc) continue;
    let list = sentences.get(doc.id);
    if (!list) sentences.set(doc.id, (list = splitSentences(doc.text)));
    const s = sentenceAt(list, r.start) ?? { start: r.start, end: r.end, text: doc.text.slice(r.start, r.end) };
    if (!out.some((o) => o.documentId === doc.id && o.start === s.start)) out.push({ documentId: doc.id, start: s.start, end: s.end, text: s.text });
  }
  return out;
}

/** A measure's block: from its heading to its "Ansvarlig" line, per document it is stated in. */
function blocks(refs: readonly EvidenceRef[]): Place[] {
  const by = new Map<string, Place>();
  for (const r of refs) {
    const b = by.get(r.documentId);
    by.set(r.documentId, b ? { ...b, start: Math.min(b.start, r.start), end: Math.max(b.end, r.end) } : { documentId: r.documentId, start: r.start, end: r.end });
  }
  return [...by.values()].sort((x, y) => (x.documentId < y.documentId ? -1 : 1));
}

/** Builds the items to compare from the graph's base data and documents. */
export async function overlapItems(snapshot: GraphSnapshot): Promise<OverlapItem[]> {
  const { base } = snapshot;
  const documents = snapshot.nodes.Document;
  const byId = new Map(base.nodes.map((n) => [n.id, n]));
  const docs = new Map(documents.map((d) => [d.id, d]));
  const sentences = new Map<string, TextSpan[]>();
  const short = (id: string) => {
    const a = byId.get(id) as ActorView | undefined;
    return a ? (a.abbreviation ?? a.name) : id;
  };
  const line = successorLine(base);
  const into = new Map<string, { responsible: string[]; leads: string[]; participants: string[]; bodies: string[] }>();
  const at = (id: string) => into.get(id) ?? (into.set(id, { responsible: [], leads: [], participants: [], bodies: [] }), into.get(id)!);
  for (const e of base.edges) {
    if (e.type === 'RESPONSIBLE_FOR') at(e.target).responsible.push(e.source);
    if (e.type === 'LEADS') at(e.target).leads.push(e.source);
    if (e.type === 'PARTICIPATES_IN') at(e.target).participants.push(e.source);
    if (e.type === 'RESPONSIBLE_FOR' || e.type === 'INVOLVED_IN' || e.type === 'LEADS' || e.type === 'PARTICIPATES_IN') at(e.target).bodies.push(e.source);
  }
  const sorted = (xs: string[]) => [...new Set(xs)].sort();
  const items: OverlapItem[] = [];
  let made = 0;
  for (const n of base.nodes) {
    if (n.__typename !== 'Measure' && n.__typename !== 'Initiative') continue;
    // Splitting the stating documents into sentences adds up on a large graph: let requests in between.
    if (++made % 200 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const rel = into.get(n.id) ?? { responsible: [], leads: [], participants: [], bodies: [] };
    const named = sorted(n.__typename === 'Measure' ? rel.responsible : rel.leads.length ? rel.leads : rel.participants);
    const bodies = sorted(rel.bodies);
    let text: string;
    let context = '';
    let places: Place[];
    if (n.__typename === 'Measure') {
      const m = n as MeasureView;
      text = [m.text, m.progress ?? ''].filter(Boolean).join('\n');
      places = blocks(m.evidenceRefs);
    } else {
      // Initiatives have at most a line of description; the sentences that name them say what they are about.
      const i = n as InitiativeView;
      const stating = statingSentences(i.evidenceRefs, docs, sentences);
      text = i.description ?? '';
      context = stating.filter((s) => !text.includes(s.text)).map((s) => s.text).join('\n');
      places = stating.map(({ documentId, start, end }) => ({ documentId, start, end }));
    }
    items.push({
      id: n.id,
      label: n.__typename === 'Measure' ? `Tiltak ${(n as MeasureView).number}` : (n as InitiativeView).name,
      title: n.__typename === 'Measure' ? (n as MeasureView).title : (n as InitiativeView).name,
      text,
      context,
      places,
      owners: sorted(named.map(line)),
      ownerNames: named.map(short),
      bodies,
      bodyNames: new Map(bodies.map((b) => [b, short(b)])),
    });
  }
  return items.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Kinds of body whose names are left out of the texts compared: the state's own bodies, which say who, not what. */
const NAMED_AWAY: readonly ActorKind[] = ['MINISTRY', 'DIRECTORATE', 'OMBUDSMAN'];

/** The best scored pairs at this graph version (at most MAX_LIMIT, all `overlaps` can ask for: it has no offset), best first. */
export function allOverlaps(snapshot: GraphSnapshot): Promise<OverlapPair[]> {
  return derived(snapshot, 'overlaps', async () => {
    const { base } = snapshot;
    const items = await overlapItems(snapshot);
    const names = base.nodes
      .filter((n): n is ActorView => n.__typename === 'Actor' && NAMED_AWAY.includes(n.kind))
      .flatMap((a) => [a.name, ...(a.abbreviation ? [a.abbreviation] : []), ...a.aliases]);
    const documents = [...snapshot.nodes.Document].sort((x, y) => (x.id < y.id ? -1 : 1)).map((d) => d.text);
    // Thousands of efforts make millions of pairs: scored in the analytics thread, and only the pairs the API can serve are kept.
    return scoreOverlapsInThread({ items, documents, names, top: MAX_LIMIT });
  });
}

/** Overlapping pairs at or above minScore, best first, with their nodes. */
export async function overlapsFor(
  snapshot: GraphSnapshot,
  minScore?: number | null,
  limit?: number | null,
): Promise<(Omit<OverlapPair, 'a' | 'b'> & { a: NodeView; b: NodeView })[]> {
  if (minScore != null && !(minScore >= 0 && minScore <= 1)) throw new InvalidInputError('minScore must be between 0 and 1');
  const all = await allOverlaps(snapshot);
  const byId = snapshot.byId;
  const pairs = all.filter((p) => p.score >= (minScore ?? DEFAULT_MIN_SCORE));
  return page(pairs, limit ?? 50, 0).map((p) => ({ ...p, a: byId.get(p.a)!, b: byId.get(p.b)! }));
}
