/**
 * One document → one DocumentBatch: everything the text states, each node and
 * edge with its evidence span. Pure: text in, batch and warnings out. Person
 * names and e-mail addresses are removed first unless the user opted in, so
 * offsets, quotes and stored text never hold them.
 */
import { entryByKey, initiativeByKey, resolveActorName, resolveInitiativeName } from '../gazetteer/index.ts';
import { remapSourceMap, type ActorRecord, type DocumentFormat, type Replacement, type SourceMap } from '../read/index.ts';
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
  lineOf,
  parseDocumentMeta,
  redactPeople,
  runExtractors,
  splitSentences,
  type ActorMention,
  type ParseIssue,
  type Span,
} from '../parse/index.ts';
import { curatedFacts } from './curated.ts';
import type { ParsedInitiative, ParsedMeasure, ParsedSystemTable } from '../parse/index.ts';
import type { LoadWarning, SourceFile } from './read-document.ts';

export interface BuildOptions {
  /** Keep person names and e-mail addresses (opt-in). */
  includePeople?: boolean;
}

/** Where a document's text came from, when it was read from a PDF, DOCX, HTML page or spreadsheet (graph/read). */
export interface DocumentOrigin {
  format: DocumentFormat;
  /** Offsets of the text back to the original; moved with the text when person names are redacted. */
  sourceMap?: SourceMap;
  pageCount?: number;
  /** Content hash of the original file in the file store (graph/files). */
  fileSha256?: string | null;
  /** Rows of a sheet of organisations and their parent bodies. */
  actors?: ActorRecord[];
}

export interface BuiltDocument {
  batch: DocumentBatch;
  warnings: LoadWarning[];
  counts: { actors: number; measures: number; initiatives: number; links: number };
  /** The text as stored (after redaction). */
  text: string;
  /** New uncurated organisations and low-confidence facts, with their spans in `text`. */
  review: ReviewItem[];
  /** The source map for `text` (after redaction), when the document came from a file with one. */
  sourceMap?: SourceMap;
}

/** How many mentions of one actor in one document are kept as evidence. */
const MAX_MENTIONS_PER_ACTOR = 10;

/**
 * Above this many bodies in one list (an "Ansvarlig:" line, a member list),
 * the pairwise coordination links are left out: n bodies would make
 * n(n-1)/2 links, and a list that long states membership, not that each pair
 * works together. Membership edges are kept.
 */
export const MAX_PAIRWISE_LIST = 12;

/** How a fact was found, kept on its node or edge: method, rule and confidence. */
function provenanceProps(m: { method?: string; rule?: string; confidence?: number } | undefined, fallback: { method: string; rule: string; confidence: number }): Props {
  return { foundBy: m?.method ?? fallback.method, rule: m?.rule ?? fallback.rule, confidence: m?.confidence ?? fallback.confidence };
}

/** Collects nodes and edges, merging repeats and their evidence. */
class BatchBuilder {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();
  /** How each actor is written in this document, for its aliases. */
  readonly written = new Map<string, Set<string>>();
  /** Facts left out or read with little confidence, for the review report. */
  readonly review: ReviewItem[] = [];
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
    const id = this.actorNode(m, evidence);
    const forms = this.written.get(id) ?? new Set<string>();
    const asWritten = m.text.replace(/\s+/gu, ' ').replace(/\s*\([^()]*\)$/u, '').trim();
    if (asWritten) forms.add(asWritten);
    this.written.set(id, forms);
    if ((m.confidence ?? 1) < REVIEW_CONFIDENCE || (!m.key && m.method === 'pattern')) {
      this.review.push({ kind: m.key ? 'low-confidence' : 'uncurated-organisation', factId: id, text: m.text, start: m.start, end: m.end, confidence: m.confidence ?? 0.5, rule: m.rule ?? 'pattern' });
    }
    return id;
  }

  private actorNode(m: ActorMention, evidence: EvidenceRef[]): string {
    if (m.key) {
      const entry = entryByKey(m.key);
      if (entry) return this.node({ id: actorId(entry.key), label: 'Actor', props: m.method === 'fuzzy' ? { foundBy: 'fuzzy' } : {}, evidence });
    }
    const props: Props = { name: m.name, kind: m.kind ?? 'ORGANISATION', curated: false, aliases: m.text !== m.name ? [m.text] : [], ...provenanceProps(m, { method: 'pattern', rule: 'list', confidence: 0.6 }) };
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

  /** Pairwise coordination among a list's members, unless the list is too long to say so (see MAX_PAIRWISE_LIST). */
  coordinateAll(kind: CoordinationKind, members: readonly string[], evidenceOf: (i: number, j: number) => EvidenceRef[]): void {
    if (members.length > MAX_PAIRWISE_LIST) return;
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) this.coordinate(kind, members[i], members[j], evidenceOf(i, j));
  }
}

/** Below this confidence a fact goes to the review report. */
export const REVIEW_CONFIDENCE = 0.7;

/** A fact the loader is unsure of, or an organisation no curated list knows, for a person to check. */
export interface ReviewItem {
  kind: 'uncurated-organisation' | 'low-confidence' | 'inferred';
  /** The node or edge id it is about. */
  factId: string;
  text: string;
  start: number;
  end: number;
  confidence: number;
  rule: string;
}

/** Builds the batch for one document. */
export function buildDocumentBatch(file: Pick<SourceFile, 'fileName' | 'text'> & { origin?: DocumentOrigin }, options: BuildOptions = {}): BuiltDocument {
  const { text, redactions } = redactPeople(file.text, { includePeople: options.includePeople ?? false });
  const origin = file.origin;
  const sourceMap = origin?.sourceMap ? remapSourceMap(origin.sourceMap, redactions) : undefined;
  const doc = documentId(file.fileName);
  const source = { documentId: doc, fileName: file.fileName };
  const b = new BatchBuilder(doc);
  const facts = runExtractors(text, source);
  const issues: ParseIssue[] = [...facts.issues];
  const meta = parseDocumentMeta(text, file.fileName);
  b.node({
    id: doc,
    label: 'Document',
    props: {
      title: meta.title,
      fileName: file.fileName,
      text,
      year: meta.year,
      genre: meta.genre,
      format: origin?.format ?? formatOfName(file.fileName),
      pageCount: origin?.pageCount ?? null,
      fileSha256: origin?.fileSha256 ?? null,
      // Only the spans evidence needs (pages, boxes, cells, heading paths): the redacted boxes stay in the file store.
      sourceMap: sourceMap && sourceMap.spans.length ? JSON.stringify({ ...sourceMap, redactedBoxes: undefined }) : null,
    },
    evidence: [],
  });
  const sentences = splitSentences(text);
  const sentenceOf = (span: Span): Span => sentences.find((s) => s.start <= span.start && span.end <= s.end) ?? span;

  addMeasures(b, facts.measures, sentenceOf, doc);
  addSystemTables(b, facts.systemTables);
  addInitiatives(b, facts.initiatives, doc);
  addMentions(b, facts.mentions, doc);
  if (origin?.actors?.length) addActorRecords(b, origin.actors.map((a) => moveRecord(a, redactions)), doc);
  addCuratedFacts(b);

  for (const n of b.nodes.values()) n.evidence.sort((x, y) => x.start - y.start || x.end - y.end);
  for (const e of b.edges.values()) e.evidence.sort((x, y) => x.start - y.start || x.end - y.end);
  const nodes = [...b.nodes.values()];
  const edges = [...b.edges.values()];
  const review = dedupeReview(b.review);
  return {
    batch: { documentId: doc, nodes, edges },
    text,
    review,
    ...(sourceMap ? { sourceMap } : {}),
    warnings: issues.map((i) => ({ fileName: file.fileName, line: i.line ?? (i.start !== undefined ? lineOf(text, i.start) : undefined), message: i.severity === 'info' ? `note: ${i.message}` : i.message })),
    counts: {
      actors: nodes.filter((n) => n.label === 'Actor').length,
      measures: nodes.filter((n) => n.label === 'Measure').length,
      initiatives: nodes.filter((n) => n.label === 'Initiative').length,
      links: edges.length,
    },
  };
}

/** A name of one or two lower-case words after its first letter, such as "Styringsgruppe" or "nasjonale nettverk". */
export function isCommonNounName(name: string): boolean {
  const words = name.trim().split(/\s+/u);
  return words.length <= 2 && !/\p{Lu}/u.test(name.slice(1)) && !/\d/u.test(name);
}

/** One review item per fact and span. */
function dedupeReview(items: readonly ReviewItem[]): ReviewItem[] {
  const seen = new Set<string>();
  return items.filter((r) => {
    const k = `${r.factId}|${r.start}|${r.end}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Measures: responsible, involved, joint work. */
function addMeasures(b: BatchBuilder, measures: readonly ParsedMeasure[], sentenceOf: (s: Span) => Span, doc: DocumentId): void {
  for (const m of measures) {
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
        parent: m.parent,
        ...provenanceProps(m.provenance, m.provenance),
      },
      evidence,
    });
    if (m.provenance.confidence < REVIEW_CONFIDENCE) {
      b.review.push({ kind: 'inferred', factId: id, text: `Tiltak ${m.number}: ${m.title}`, start: m.heading.start, end: m.heading.end, confidence: m.provenance.confidence, rule: m.provenance.rule });
    }
    b.edge('STATED_IN', id, doc, [heading]);
    const line = m.responsibleSpan ? b.ev(m.responsibleSpan) : heading;
    const owners = m.responsible.map((r) => b.actor(r, [b.ev(r)]));
    for (const o of owners) b.edge('RESPONSIBLE_FOR', o, id, [line], provenanceProps(m.provenance, m.provenance));
    b.coordinateAll('SHARED_RESPONSIBILITY', owners, () => [line]);
    for (const inv of m.involved) {
      const actor = b.actor(inv, [b.ev(inv)]);
      if (!owners.includes(actor)) b.edge('INVOLVED_IN', actor, id, [b.ev(sentenceOf(inv))]);
    }
    for (const jw of m.jointWork) {
      const ids = [...new Set(jw.actors.map((a) => b.actor(a, [b.ev(a)])))];
      for (const a of ids) if (!owners.includes(a)) b.edge('INVOLVED_IN', a, id, [b.ev(jw.span)]);
      b.coordinateAll('JOINT_WORK', ids, () => [b.ev(jw.span)]);
    }
  }
}

/** System-perspective tables: each cell places its bodies at a level in a sector; the column's chain gives part-of. */
function addSystemTables(b: BatchBuilder, tables: readonly ParsedSystemTable[]): void {
  for (const table of tables) {
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

}

/** Collaborations: participants, leads, commissioners, lineage. */
function addInitiatives(b: BatchBuilder, initiatives: readonly ParsedInitiative[], doc: DocumentId): void {
  // A collaboration named only by a common noun ("Styringsgruppe", "referansegruppen") is this document's own:
  // its id is scoped to the document, or every steering group of every document would be one.
  const initiativeNode = (key: string | null, name: string): string =>
    key ? initiativeId(key) : isCommonNounName(name) ? initiativeId(`${doc.slice('doc:'.length)} ${name}`) : initiativeId(name);
  for (const init of initiatives) {
    const curated = init.key ? initiativeByKey(init.key) : null;
    const id = initiativeNode(init.key, init.name);
    const props: Props = { name: curated?.name ?? init.name, key: init.key, ...(init.provenance ? provenanceProps(init.provenance, init.provenance) : { foundBy: 'gazetteer', rule: 'curated-initiative', confidence: 0.9 }) };
    if (init.commissioners?.length) props.commissionedBy = [...new Set(init.commissioners.map((c) => c.actor.name))];
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
    b.coordinateAll('SAME_INITIATIVE', members.map((m) => m.actor), (i, j) => {
      const ev = [members[i].evidence, members[j].evidence];
      return ev.filter((e, k) => k === 0 || e.start !== ev[0].start);
    });
    // Commissioners and funders stand outside: they are named, never members.
    for (const c of init.commissioners ?? []) b.edge('COMMISSIONS', b.actor(c.actor, [b.ev(c.actor)]), id, [b.ev(c.evidence)]);
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

}

/** Every body the text names, so search and the document view find it. */
function addMentions(b: BatchBuilder, mentions: readonly ActorMention[], doc: DocumentId): void {
  const perActor = new Map<string, number>();
  for (const m of mentions) {
    const id = b.actor(m, [b.ev(m)]);
    const n = perActor.get(id) ?? 0;
    if (n >= MAX_MENTIONS_PER_ACTOR) continue;
    perActor.set(id, n + 1);
    b.node({ id, label: 'Actor', props: {}, evidence: [b.ev(m)] });
    b.edge('STATED_IN', id, doc, [b.ev(m)]);
  }
}

/** Curated facts (kind, levels, sectors, parents, renames) for every curated body in the batch; written forms become aliases. */
function addCuratedFacts(b: BatchBuilder): void {
  const keys = [...b.nodes.values()].filter((n) => n.label === 'Actor' && !('curated' in n.props && n.props.curated === false)).map((n) => n.id.slice('actor:'.length));
  const facts = curatedFacts(keys.filter((k) => entryByKey(k)));
  for (const n of facts.nodes) {
    const had = b.nodes.get(n.id);
    b.nodes.set(n.id, { ...n, props: { ...n.props, ...(had?.props ?? {}) }, evidence: had?.evidence ?? [] });
  }
  for (const e of facts.edges) if (!b.edges.has(e.id)) b.edges.set(e.id, e);
  for (const [id, forms] of b.written) {
    const node = b.nodes.get(id);
    if (!node) continue;
    const name = String(node.props.name ?? '');
    const had = Array.isArray(node.props.aliases) ? (node.props.aliases as string[]) : [];
    const known = new Set([name, String(node.props.abbreviation ?? ''), ...had].map((x) => x.toLowerCase()));
    const added = [...forms].filter((f) => !known.has(f.toLowerCase()));
    if (added.length) node.props = { ...node.props, aliases: [...had, ...added] };
  }
}

/** The format a text file's name gives: Markdown or plain text. */
function formatOfName(fileName: string): DocumentFormat {
  return /\.(?:md|markdown)$/iu.test(fileName) ? 'md' : 'txt';
}

/** An actor record's spans moved past redactions made before them (a span inside one shrinks onto its placeholder). */
function moveRecord(a: ActorRecord, replacements: readonly Replacement[]): ActorRecord {
  const move = (offset: number, isEnd: boolean): number => {
    let delta = 0;
    for (const r of replacements) {
      if (offset <= r.sourceStart) break;
      if (offset < r.sourceEnd) return isEnd ? r.end : r.start;
      delta = r.end - r.sourceEnd;
    }
    return offset + delta;
  };
  const span = <T extends { start: number; end: number }>(x: T): T => ({ ...x, start: move(x.start, false), end: move(x.end, true) });
  return { name: span(a.name), parent: a.parent ? span(a.parent) : null, row: span(a.row) };
}

/**
 * A sheet of organisations and their parent bodies: each row names a body
 * (curated when the gazetteer knows it, else an uncurated organisation) and
 * the body it answers to, as PART_OF with the row as evidence.
 */
function addActorRecords(b: BatchBuilder, records: readonly ActorRecord[], doc: DocumentId): void {
  const actorFor = (span: { start: number; end: number }, name: string): string => {
    const entry = resolveActorName(name);
    const mention: ActorMention = { start: span.start, end: span.end, text: name, name: entry?.name ?? name, key: entry?.key ?? null, method: entry ? 'gazetteer' : 'pattern', rule: 'sheet-of-organisations', confidence: entry ? 1 : 0.6 };
    return b.actor(mention, [b.ev(span)]);
  };
  for (const r of records) {
    if (!r.name.text.trim()) continue;
    const child = actorFor(r.name, r.name.text);
    b.edge('STATED_IN', child, doc, [b.ev(r.name)]);
    if (!r.parent) continue;
    const parent = actorFor(r.parent, r.parent.text);
    if (parent !== child) b.edge('PART_OF', child, parent, [b.ev(r.row)], { foundBy: 'sheet', rule: 'sheet-of-organisations', confidence: 0.9 });
  }
}
