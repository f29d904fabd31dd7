/**
 * The replay, pure: given the graph as the documents state it (the base) and
 * the corrections in order, work out the correction layer (graph/store's
 * CorrectionLayer) and what became of each correction. The corrections are
 * applied to a working copy; the layer is the difference between the copy
 * and the base, so replaying the same corrections gives the same layer, and
 * a graph without a correction is exactly the graph never given it.
 */
import { edgeId, evidenceKey, parseCoordinationPairId, type EvidenceRef, type GraphEdge, type GraphNode, type PropValue, type Props, type RelType } from '../model/index.ts';
import { CORRECTION_PROPS, type CorrectionLayer, type CorrectionNote, type CorrectionPatch } from '../store/index.ts';
import { parseReviewId } from './parse.ts';
import type { AddOp, Correction, CorrectionOutcome, MergeOp, SetOp } from './types.ts';

/** The part of the graph the corrections refer to, as the documents state it, and the texts of the documents quoted. */
export interface BaseGraph {
  nodes: ReadonlyMap<string, GraphNode>;
  edges: ReadonlyMap<string, GraphEdge>;
  documents: ReadonlyMap<string, string>;
}

export interface CorrectionPlan {
  layer: CorrectionLayer;
  outcomes: CorrectionOutcome[];
}

/** Marks an edge the corrections added (so a later replay leaves it out of the base). */
export const ADDED = 'corrAdded';

/** Relationship types a correction may add, with the labels of their ends. */
export const ADDABLE: Partial<Record<RelType, [string, string]>> = {
  COORDINATES_WITH: ['Actor', 'Actor'],
  RESPONSIBLE_FOR: ['Actor', 'Measure'],
  INVOLVED_IN: ['Actor', 'Measure'],
  PARTICIPATES_IN: ['Actor', 'Initiative'],
  LEADS: ['Actor', 'Initiative'],
  COMMISSIONS: ['Actor', 'Initiative'],
  PART_OF: ['Actor', 'Actor'],
};

const EDGE_ID = /^(.+?)-\[([A-Z_]+)(?::([^\]]+))?\]->(.+)$/u;

/** The ends of an edge id (`source-[TYPE:key]->target`), or null for a node id. */
export function edgeEnds(id: string): { source: string; type: string; target: string } | null {
  // A coordination pair as the explorer names it ("coord:a|b"): every kind between the two.
  const pair = parseCoordinationPairId(id);
  if (pair) return { source: pair.source, type: 'COORDINATES_WITH', target: pair.target };
  const m = EDGE_ID.exec(id);
  return m ? { source: m[1], type: m[2], target: m[4] } : null;
}

/** Every node id the corrections refer to (edge ids give their ends), to read before planning. */
export function referencedIds(corrections: readonly Correction[]): { nodes: string[]; documents: string[] } {
  const nodes = new Set<string>();
  const documents = new Set<string>();
  const ref = (id: string | null | undefined) => {
    if (!id) return;
    const ends = edgeEnds(id);
    if (ends) {
      nodes.add(ends.source);
      nodes.add(ends.target);
    } else nodes.add(id);
  };
  for (const c of corrections) {
    switch (c.op) {
      case 'merge':
        ref(c.into);
        ref(c.from);
        break;
      case 'split':
        ref(c.actor);
        break;
      case 'set':
        ref(c.id);
        ref(c.level);
        ref(c.parent);
        c.sectors?.forEach(ref);
        break;
      case 'reject':
        ref(c.id);
        break;
      case 'add':
        ref(c.source);
        ref(c.target);
        documents.add(c.document);
        break;
      case 'accept':
        ref(parseReviewId(c.review)?.factId);
        break;
      case 'undo':
        break;
    }
  }
  return { nodes: [...nodes].sort(), documents: [...documents].sort() };
}

/** Which corrections are undone: an undo counts unless it is undone itself. */
export function undoneSet(corrections: readonly Correction[]): Set<number> {
  const undone = new Set<number>();
  for (let i = corrections.length - 1; i >= 0; i--) {
    const c = corrections[i];
    if (undone.has(c.n)) continue;
    if (c.op === 'undo') undone.add(c.undoes);
  }
  return undone;
}

function namesOf(n: GraphNode): string[] {
  const aliases = Array.isArray(n.props.aliases) ? (n.props.aliases as string[]) : [];
  return [n.props.name, n.props.abbreviation, ...aliases].filter((s): s is string => typeof s === 'string' && s !== '');
}

const same = (a: PropValue | undefined, b: PropValue | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const clone = <T extends GraphNode | GraphEdge>(x: T): T => ({ ...x, props: { ...x.props }, evidence: [...x.evidence] });

class Failure extends Error {
  constructor(
    readonly status: 'missing' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

/** Plans the corrections over the base. Never throws for a bad correction: its outcome says why. */
export function planCorrections(base: BaseGraph, corrections: readonly Correction[]): CorrectionPlan {
  const nodes = new Map([...base.nodes].map(([id, n]) => [id, clone(n)]));
  const edges = new Map([...base.edges].map(([id, e]) => [id, clone(e)]));
  const touchedBy = new Map<string, Set<number>>();
  const outcomes: CorrectionOutcome[] = [];
  const undone = undoneSet(corrections);

  // A split of a name a merge brought takes that merge back.
  const splitMerges = new Set<number>();
  corrections.forEach((c, i) => {
    if (c.op !== 'split' || undone.has(c.n)) return;
    for (let j = i - 1; j >= 0; j--) {
      const m = corrections[j];
      if (m.op !== 'merge' || undone.has(m.n) || splitMerges.has(m.n) || m.into !== c.actor) continue;
      const from = base.nodes.get(m.from);
      if (from && namesOf(from).includes(c.alias)) {
        splitMerges.add(m.n);
        break;
      }
    }
  });

  let current: Correction;
  let touched: Set<string>;
  const touch = (id: string) => {
    touched.add(id);
    let set = touchedBy.get(id);
    if (!set) touchedBy.set(id, (set = new Set()));
    set.add(current.n);
  };
  const rejected = (x: GraphNode | GraphEdge) => x.props[CORRECTION_PROPS.rejected] === true;
  /** The actor an id now stands for: itself, or the one it was merged into. */
  const survivor = (id: string): string => {
    const seen = new Set<string>();
    let at = id;
    for (;;) {
      const into = nodes.get(at)?.props.mergedInto;
      if (typeof into !== 'string' || seen.has(at)) return at;
      seen.add(at);
      at = into;
    }
  };
  const need = (id: string, label?: string): GraphNode => {
    const n = nodes.get(id);
    if (!n) throw new Failure('missing', `${id} is not in the graph (no loaded document states it)`);
    if (label && n.label !== label) throw new Failure('invalid', `${id} is a ${n.label}, not an ${label}`);
    return n;
  };
  const live = (id: string, label?: string): GraphNode => {
    const n = need(survivor(id), label);
    if (rejected(n)) throw new Failure('invalid', `${n.id} is rejected`);
    return n;
  };
  const edgesOf = (id: string) => [...edges.values()].filter((e) => e.source === id || e.target === id);
  const setProp = (x: GraphNode | GraphEdge, key: string, value: PropValue | undefined) => {
    if (value === undefined || value === null) delete x.props[key];
    else x.props[key] = value;
    touch(x.id);
  };
  const addEvidence = (x: GraphNode | GraphEdge, refs: readonly EvidenceRef[]) => {
    const have = new Set(x.evidence.map(evidenceKey));
    for (const r of refs) if (!have.has(evidenceKey(r))) x.evidence.push(r);
  };
  /** Adds an edge, or brings back and adds evidence to the one with its id. */
  const link = (type: RelType, a: string, b: string, props: Props, evidence: readonly EvidenceRef[]): GraphEdge | null => {
    if (a === b) return null;
    const kind = type === 'COORDINATES_WITH' ? String(props.kind) : undefined;
    const [source, target] = type === 'COORDINATES_WITH' && b < a ? [b, a] : [a, b];
    const id = edgeId(type, source, target, kind);
    let e = edges.get(id);
    if (e) {
      if (rejected(e)) setProp(e, CORRECTION_PROPS.rejected, null);
    } else {
      e = { id, type, source, target, props: { ...props, [ADDED]: true }, evidence: [] };
      edges.set(id, e);
    }
    addEvidence(e, evidence);
    touch(id);
    return e;
  };
  const reject = (x: GraphNode | GraphEdge, extra: Props = {}) => {
    setProp(x, CORRECTION_PROPS.rejected, true);
    for (const [k, v] of Object.entries(extra)) setProp(x, k, v);
  };
  /** Replaces an actor's links of one type (AT_LEVEL, IN_SECTOR, PART_OF) by links to `targets`. */
  const relink = (actor: GraphNode, type: RelType, targets: string[]) => {
    for (const e of edgesOf(actor.id)) if (e.type === type && e.source === actor.id && !rejected(e) && !targets.includes(e.target)) reject(e);
    for (const t of targets) link(type, actor.id, t, {}, []);
  };

  const merge = (c: MergeOp) => {
    const into = live(c.into, 'Actor');
    const from = need(c.from, 'Actor');
    if (rejected(from)) throw new Failure('invalid', `${from.id} is rejected or merged already${typeof from.props.mergedInto === 'string' ? ` (into ${from.props.mergedInto})` : ''}`);
    if (into.id === from.id) throw new Failure('invalid', `${c.from} is merged into ${c.into} already`);
    const aliases = Array.isArray(into.props.aliases) ? (into.props.aliases as string[]) : [];
    const mine = new Set(namesOf(into));
    setProp(into, 'aliases', [...aliases, ...namesOf(from).filter((s) => !mine.has(s))].filter((s, i, all) => all.indexOf(s) === i));
    addEvidence(into, from.evidence);
    reject(from, { mergedInto: into.id });
    for (const e of edgesOf(from.id)) {
      if (rejected(e)) continue;
      reject(e, { mergedInto: into.id });
      const [a, b] = [e.source === from.id ? into.id : e.source, e.target === from.id ? into.id : e.target];
      const props = { ...e.props };
      delete props[CORRECTION_PROPS.rejected];
      delete props.mergedInto;
      delete props[ADDED];
      link(e.type, a, b, props, e.evidence);
    }
  };

  const set = (c: SetOp) => {
    const n = c.kind !== undefined || c.level !== undefined || c.sectors || c.parent !== undefined ? live(c.id, 'Actor') : live(c.id);
    if (c.name !== undefined && c.name !== n.props.name) {
      const aliases = Array.isArray(n.props.aliases) ? (n.props.aliases as string[]) : [];
      const old = typeof n.props.name === 'string' ? n.props.name : null;
      if (old && n.label === 'Actor' && !aliases.includes(old)) setProp(n, 'aliases', [...aliases, old]);
      setProp(n, n.label === 'Measure' ? 'title' : 'name', c.name);
    }
    if (c.kind !== undefined) setProp(n, 'kind', c.kind);
    if (c.level !== undefined) relink(n, 'AT_LEVEL', c.level === null ? [] : [need(c.level, 'Level').id]);
    if (c.sectors) relink(n, 'IN_SECTOR', c.sectors.map((s) => need(s, 'Sector').id));
    if (c.parent !== undefined) {
      const parent = c.parent === null ? null : live(c.parent, 'Actor');
      if (parent?.id === n.id) throw new Failure('invalid', `${n.id} cannot be its own parent`);
      relink(n, 'PART_OF', parent ? [parent.id] : []);
    }
    touch(n.id);
  };

  const add = (c: AddOp) => {
    const labels = ADDABLE[c.type];
    if (!labels) throw new Failure('invalid', `a correction cannot add ${c.type} (use "set" for levels, sectors and parents)`);
    const text = base.documents.get(c.document);
    if (text === undefined) throw new Failure('missing', `the document ${c.document} is not loaded (document ids look like doc:rapport-1; leave the document out to find the quote in any loaded one)`);
    const start = text.indexOf(c.quote);
    if (start < 0) throw new Failure('missing', `the quote "${c.quote.length > 80 ? c.quote.slice(0, 80) + '…' : c.quote}" is not in ${c.document} (a quote must be found word for word)`);
    const source = live(c.source, labels[0]);
    const target = labels[1] === 'Actor' ? live(c.target, 'Actor') : need(c.target, labels[1]);
    if (source.id === target.id) throw new Failure('invalid', `${c.source} and ${c.target} are the same actor`);
    const evidence = { documentId: c.document as EvidenceRef['documentId'], start, end: start + c.quote.length };
    link(c.type, source.id, target.id, c.type === 'COORDINATES_WITH' ? { kind: c.kind ?? 'JOINT_WORK', foundBy: 'correction' } : { foundBy: 'correction' }, [evidence]);
  };

  for (const c of corrections) {
    current = c;
    touched = new Set();
    if (undone.has(c.n) || splitMerges.has(c.n)) {
      outcomes.push({ n: c.n, status: 'undone', touched: [] });
      continue;
    }
    // A correction that fails changes nothing: it works on a copy of what it may touch.
    const savedNodes = new Map(nodes);
    const savedEdges = new Map(edges);
    const snapshot = (m: Map<string, GraphNode | GraphEdge>) => new Map([...m].map(([k, v]) => [k, clone(v)]));
    const before = { nodes: snapshot(savedNodes) as Map<string, GraphNode>, edges: snapshot(savedEdges) as Map<string, GraphEdge> };
    const beforeTouched = new Map([...touchedBy].map(([k, v]) => [k, new Set(v)]));
    try {
      switch (c.op) {
        case 'merge':
          merge(c);
          break;
        case 'split': {
          const n = live(c.actor, 'Actor');
          // A name a merge brought went back with that merge (see splitMerges); any other alias is dropped.
          const brought = corrections.some((m) => m.op === 'merge' && splitMerges.has(m.n) && m.into === c.actor && namesOf(base.nodes.get(m.from)!).includes(c.alias));
          if (!brought) {
            const aliases = Array.isArray(n.props.aliases) ? (n.props.aliases as string[]) : [];
            if (!aliases.includes(c.alias)) throw new Failure('invalid', `${n.id} has no alias "${c.alias}"`);
            setProp(n, 'aliases', aliases.filter((a) => a !== c.alias));
          }
          touch(n.id);
          break;
        }
        case 'set':
          set(c);
          break;
        case 'reject': {
          const e = edges.get(c.id);
          const pair = parseCoordinationPairId(c.id);
          if (pair) {
            const links = edgesOf(pair.source).filter((x) => x.type === 'COORDINATES_WITH' && (x.target === pair.target || x.source === pair.target) && !rejected(x));
            if (!links.length) throw new Failure('missing', `no coordination between ${pair.source} and ${pair.target} is in the graph`);
            for (const x of links) reject(x);
          } else if (e) reject(e);
          else {
            const n = need(c.id);
            reject(n);
            for (const x of edgesOf(n.id)) if (!rejected(x)) reject(x);
          }
          break;
        }
        case 'add':
          add(c);
          break;
        case 'accept': {
          const { factId } = parseReviewId(c.review)!;
          const x = edges.get(factId) ?? nodes.get(factId);
          if (!x) throw new Failure('missing', `${factId} is not in the graph (no loaded document states it)`);
          setProp(x, 'reviewed', true);
          break;
        }
        case 'undo':
          break;
      }
      outcomes.push({ n: c.n, status: 'applied', touched: [...touched].sort() });
    } catch (e) {
      if (!(e instanceof Failure)) throw e;
      nodes.clear();
      for (const [k, v] of before.nodes) nodes.set(k, v);
      edges.clear();
      for (const [k, v] of before.edges) edges.set(k, v);
      touchedBy.clear();
      for (const [k, v] of beforeTouched) touchedBy.set(k, v);
      outcomes.push({ n: c.n, status: e.status, problem: e.message, touched: [] });
    }
  }

  // The layer: what differs from the base, on what a correction touched.
  const patches: CorrectionPatch[] = [];
  const added: GraphEdge[] = [];
  const byNumber = new Map(corrections.map((c) => [c.n, c]));
  for (const [id, numbers] of [...touchedBy].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const corrections = [...numbers].sort((a, b) => a - b);
    const now = nodes.get(id) ?? edges.get(id);
    if (!now) continue;
    // Who, when and why travel with the fact, so every reader (GraphQL, Cypher) can show them.
    const notes: CorrectionNote[] = corrections.map((n) => {
      const c = byNumber.get(n)!;
      return { n, op: c.op, author: c.author, at: c.at, why: c.why };
    });
    now.props[CORRECTION_PROPS.notes] = JSON.stringify(notes);
    const was = base.nodes.get(id) ?? base.edges.get(id);
    if (!was) {
      const e = now as GraphEdge;
      added.push({ ...e, props: { ...e.props, [CORRECTION_PROPS.ids]: corrections } });
      continue;
    }
    const props: Props = {};
    for (const key of new Set([...Object.keys(was.props), ...Object.keys(now.props)])) {
      if (!same(was.props[key], now.props[key])) props[key] = now.props[key] ?? null;
    }
    const had = new Set(was.evidence.map(evidenceKey));
    const evidence = now.evidence.filter((r) => !had.has(evidenceKey(r)));
    const patch: CorrectionPatch = { id, on: nodes.has(id) ? 'node' : 'edge', props, evidence, corrections };
    if (patch.on === 'edge') patch.source = (now as GraphEdge).source;
    patches.push(patch);
  }
  return { layer: { patches, edges: added }, outcomes };
}
