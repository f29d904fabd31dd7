/**
 * One document → one DocumentBatch: everything the text states, each node and
 * edge with its evidence span. Pure: text in, batch and warnings out. Person
 * names and e-mail addresses are removed first unless the user opted in, so
 * offsets, quotes and stored text never hold them.
 */
import { entryByKey, findActorMentions, initiativeByKey, overlapsAny, resolveInitiativeName } from '../gazetteer/index.ts';
import {
  actorId,
  documentId,
  edgeId,
  initiativeId,
  levelId,
  measureId,
  sectorId,
  type CoordinationKind,
  type DocumentBatch,
  type DocumentId,
  type EvidenceRef,
  type GraphEdge,
  type GraphNode,
  type Props,
  type RelType,
} from '../model/index.ts';
import {
  findLocalServices,
  lineOf,
  parseCollaborations,
  parseDocumentMeta,
  parseMeasureBlocks,
  parseSystemTable,
  redactPeople,
  splitSentences,
  type ActorMention,
  type ParseIssue,
  type Span,
} from '../parse/index.ts';
import { curatedFacts } from './curated.ts';
import type { LoadWarning, SourceFile } from './read-document.ts';

export interface BuildOptions {
  /** Keep person names and e-mail addresses (opt-in). */
  includePeople?: boolean;
}

export interface BuiltDocument {
  batch: DocumentBatch;
  warnings: LoadWarning[];
  counts: { actors: number; measures: number; initiatives: number; links: number };
  /** The text as stored (after redaction). */
  text: string;
}

/** How many mentions of one actor in one document are kept as evidence. */
const MAX_MENTIONS_PER_ACTOR = 10;

/** Collects nodes and edges, merging repeats and their evidence. */
class BatchBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  constructor(readonly doc: DocumentId) {}

  ev(span: Span): EvidenceRef {
    return { documentId: this.doc, start: span.start, end: span.end };
  }

  node(n: GraphNode): string {
    const had = this.nodes.get(n.id);
    if (!had) this.nodes.set(n.id, { ...n, evidence: [...n.evidence] });
    else {
      had.props = { ...had.props, ...n.props };
      for (const e of n.evidence) if (!had.evidence.some((x) => x.start === e.start && x.end === e.end)) had.evidence.push(e);
    }
    return n.id;
  }

  edge(type: RelType, source: string, target: string, evidence: EvidenceRef[], props: Props = {}, key?: string): void {
    const id = edgeId(type, source, target, key);
    const had = this.edges.get(id);
    if (!had) this.edges.set(id, { id, type, source, target, props, evidence: [...evidence] });
    else for (const e of evidence) if (!had.evidence.some((x) => x.start === e.start && x.end === e.end)) had.evidence.push(e);
  }

  /** An actor node for a mention: curated from the gazetteer, or an uncurated organisation. */
  actor(m: ActorMention, evidence: EvidenceRef[]): string {
    if (m.key) {
      const entry = entryByKey(m.key);
      if (entry) return this.node({ id: actorId(entry.key), label: 'Actor', props: {}, evidence });
    }
    const props: Props = { name: m.name, kind: m.kind ?? 'ORGANISATION', curated: false, aliases: m.text !== m.name ? [m.text] : [] };
    if (m.abbreviation) props.abbreviation = m.abbreviation;
    const service = m.serviceKey ? entryByKey(m.serviceKey) : null;
    if (service) Object.assign(props, { service: service.key, place: m.place ?? null });
    const id = this.node({ id: actorId(m.name), label: 'Actor', props, evidence });
    // A local service ("Barnevernet i Bodø kommune") is at its service's level and in its sectors, as its name says.
    if (service) {
      for (const l of service.levelKeys) this.edge('AT_LEVEL', id, levelId(l), evidence);
      for (const s of service.sectorKeys) this.edge('IN_SECTOR', id, sectorId(s), evidence);
    }
    return id;
  }

  /** A coordination edge between two actors; ids ordered so the pair has one edge per kind. */
  coordinate(kind: CoordinationKind, a: string, b: string, evidence: EvidenceRef[]): void {
    if (a === b) return;
    const [s, t] = a < b ? [a, b] : [b, a];
    this.edge('COORDINATES_WITH', s, t, evidence, { kind }, kind);
  }
}

/** Builds the batch for one document. */
export function buildDocumentBatch(file: Pick<SourceFile, 'fileName' | 'text'>, options: BuildOptions = {}): BuiltDocument {
  const { text } = redactPeople(file.text, { includePeople: options.includePeople ?? false });
  const doc = documentId(file.fileName);
  const source = { documentId: doc, fileName: file.fileName };
  const b = new BatchBuilder(doc);
  const issues: ParseIssue[] = [];

  const measures = parseMeasureBlocks(text, source);
  const tables = parseSystemTable(text, source);
  const initiatives = parseCollaborations(text, source);
  issues.push(...measures.issues, ...tables.issues, ...initiatives.issues);
  const meta = parseDocumentMeta(text, file.fileName);
  b.node({
    id: doc,
    label: 'Document',
    props: { title: meta.title, fileName: file.fileName, text, year: meta.year, genre: meta.genre },
    evidence: [],
  });
  const sentences = splitSentences(text);
  const sentenceOf = (span: Span): Span => sentences.find((s) => s.start <= span.start && span.end <= s.end) ?? span;

  // Measures: responsible, involved, joint work.
  for (const m of measures.items) {
    const id = measureId(doc, m.number);
    const heading = b.ev(m.heading);
    const evidence = [heading, ...(m.statusSpan ? [b.ev(m.statusSpan)] : []), ...(m.responsibleSpan ? [b.ev(m.responsibleSpan)] : [])];
    b.node({
      id,
      label: 'Measure',
      props: {
        number: m.number,
        title: m.title,
        text: m.description?.text ?? '',
        status: m.status,
        statusText: m.statusText,
        progress: m.progress?.text ?? null,
        responsibleText: m.responsibleText,
        documentId: doc,
      },
      evidence,
    });
    b.edge('STATED_IN', id, doc, [heading]);
    const line = m.responsibleSpan ? b.ev(m.responsibleSpan) : heading;
    const owners = m.responsible.map((r) => b.actor(r, [b.ev(r)]));
    for (const o of owners) b.edge('RESPONSIBLE_FOR', o, id, [line]);
    for (let i = 0; i < owners.length; i++) for (let j = i + 1; j < owners.length; j++) b.coordinate('SHARED_RESPONSIBILITY', owners[i], owners[j], [line]);
    for (const inv of m.involved) {
      const actor = b.actor(inv, [b.ev(inv)]);
      if (!owners.includes(actor)) b.edge('INVOLVED_IN', actor, id, [b.ev(sentenceOf(inv))]);
    }
    for (const jw of m.jointWork) {
      const ids = [...new Set(jw.actors.map((a) => b.actor(a, [b.ev(a)])))];
      for (const a of ids) if (!owners.includes(a)) b.edge('INVOLVED_IN', a, id, [b.ev(jw.span)]);
      for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) b.coordinate('JOINT_WORK', ids[i], ids[j], [b.ev(jw.span)]);
    }
  }

  // System-perspective tables: each cell places its bodies at a level in a sector; the column's chain gives part-of.
  for (const table of tables.items) {
    const header = new Map<number, { actor: string; span: Span }>();
    for (const cell of table.cells) {
      if (cell.levelRank !== 0) continue;
      for (const a of cell.actors) {
        const actor = b.actor(a, [b.ev(a)]);
        for (let c = cell.column; c < cell.column + cell.columnSpan; c++) header.set(c, { actor, span: cell });
      }
    }
    for (const cell of table.cells) {
      const where = b.ev(cell);
      for (const a of cell.actors) {
        const actor = b.actor(a, [b.ev(a)]);
        b.edge('AT_LEVEL', actor, levelId(cell.levelKey), [where]);
        if (cell.sectorKey) b.edge('IN_SECTOR', actor, sectorId(cell.sectorKey), [where]);
        const top = header.get(cell.column);
        const entry = a.key ? entryByKey(a.key) : null;
        // The column's ministry owns the directorates under it; deeper rows are linked only where the gazetteer agrees.
        if (top && top.actor !== actor && (cell.levelKey === 'direktorat' || (entry?.parentKey && actorId(entry.parentKey) === top.actor))) {
          b.edge('PART_OF', actor, top.actor, [where, b.ev(top.span)]);
        }
      }
    }
    for (const cell of table.cells) {
      if (cell.levelRank < 2) continue;
      const above = table.cells.filter((c) => c.column === cell.column && c.levelRank === cell.levelRank - 1);
      for (const a of cell.actors) {
        const entry = a.key ? entryByKey(a.key) : null;
        if (!entry?.parentKey) continue;
        for (const up of above) {
          if (up.actors.some((u) => u.key === entry.parentKey)) b.edge('PART_OF', actorId(entry.key), actorId(entry.parentKey), [b.ev(cell), b.ev(up)]);
        }
      }
    }
  }

  // Collaborations: participants, leads, lineage.
  const initiativeNode = (key: string | null, name: string): string => (key ? initiativeId(key) : initiativeId(name));
  for (const init of initiatives.items) {
    const curated = init.key ? initiativeByKey(init.key) : null;
    const id = initiativeNode(init.key, init.name);
    const props: Props = { name: curated?.name ?? init.name, key: init.key };
    if (init.description) props.description = init.description.text;
    if (init.period) Object.assign(props, { period: init.period.text, startYear: init.period.startYear, endYear: init.period.endYear });
    b.node({ id, label: 'Initiative', props, evidence: [b.ev(init.nameSpan)] });
    b.edge('STATED_IN', id, doc, [b.ev(init.nameSpan)]);
    const members: { actor: string; evidence: EvidenceRef }[] = [];
    for (const p of init.participants) {
      const actor = b.actor(p.actor, [b.ev(p.actor)]);
      b.edge('PARTICIPATES_IN', actor, id, [b.ev(p.evidence)]);
      members.push({ actor, evidence: b.ev(p.evidence) });
    }
    for (let i = 0; i < members.length; i++)
      for (let j = i + 1; j < members.length; j++) {
        const ev = [members[i].evidence, members[j].evidence];
        b.coordinate('SAME_INITIATIVE', members[i].actor, members[j].actor, ev.filter((e, k) => k === 0 || e.start !== ev[0].start));
      }
    if (init.lead) {
      const lead = b.actor(init.lead.actor, [b.ev(init.lead.actor)]);
      b.edge('LEADS', lead, id, [b.ev(init.lead.evidence)], { role: init.lead.role });
      for (const m of members) b.coordinate('LEADS_OR_COORDINATES', lead, m.actor, [b.ev(init.lead.evidence), m.evidence]);
    }
    for (const [other, span, type] of [
      [init.buildsOn, init.buildsOnEvidence, 'SUCCEEDED_BY'],
      [init.partOf, init.partOfEvidence, 'PART_OF'],
    ] as const) {
      if (!other || !span) continue;
      const entry = resolveInitiativeName(other);
      const otherId = initiativeNode(entry?.key ?? null, entry?.name ?? other);
      b.node({ id: otherId, label: 'Initiative', props: { name: entry?.name ?? other, key: entry?.key ?? null }, evidence: [b.ev(span)] });
      if (type === 'SUCCEEDED_BY') b.edge('SUCCEEDED_BY', otherId, id, [b.ev(span)]);
      else b.edge('PART_OF', id, otherId, [b.ev(span)]);
    }
  }

  // Every curated body the text names, so search and the document view find it. A service named as
  // part of a local service ("Barnevernet" in "Barnevernet i Bodø kommune") is that local body, not the service.
  const perActor = new Map<string, number>();
  const locals = findLocalServices(text);
  for (const m of findActorMentions(text)) {
    if (locals.length && overlapsAny(locals, m.start, m.end)) continue;
    const id = actorId(m.entry.key);
    const n = perActor.get(id) ?? 0;
    if (n >= MAX_MENTIONS_PER_ACTOR) continue;
    perActor.set(id, n + 1);
    b.node({ id, label: 'Actor', props: {}, evidence: [b.ev(m)] });
    b.edge('STATED_IN', id, doc, [b.ev(m)]);
  }

  // Curated facts (kind, levels, sectors, parents, renames) for every curated body in the batch.
  const keys = [...b.nodes.values()].filter((n) => n.label === 'Actor' && !('curated' in n.props && n.props.curated === false)).map((n) => n.id.slice('actor:'.length));
  const facts = curatedFacts(keys.filter((k) => entryByKey(k)));
  for (const n of facts.nodes) {
    const had = b.nodes.get(n.id);
    b.nodes.set(n.id, { ...n, props: { ...n.props, ...(had?.props ?? {}) }, evidence: had?.evidence ?? [] });
  }
  for (const e of facts.edges) if (!b.edges.has(e.id)) b.edges.set(e.id, e);

  for (const n of b.nodes.values()) n.evidence.sort((x, y) => x.start - y.start || x.end - y.end);
  for (const e of b.edges.values()) e.evidence.sort((x, y) => x.start - y.start || x.end - y.end);
  const nodes = [...b.nodes.values()];
  const edges = [...b.edges.values()];
  return {
    batch: { documentId: doc, nodes, edges },
    text,
    warnings: issues.map((i) => ({ fileName: file.fileName, line: i.line ?? (i.start !== undefined ? lineOf(text, i.start) : undefined), message: i.severity === 'info' ? `note: ${i.message}` : i.message })),
    counts: {
      actors: nodes.filter((n) => n.label === 'Actor').length,
      measures: nodes.filter((n) => n.label === 'Measure').length,
      initiatives: nodes.filter((n) => n.label === 'Initiative').length,
      links: edges.length,
    },
  };
}
