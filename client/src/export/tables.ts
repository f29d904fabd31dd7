/**
 * The exported view as tables people read: Norwegian (or English) headers and
 * labels instead of codes, names instead of ids, document titles, and the
 * quotes behind every node and link. One table per sheet of the XLSX; the CSV
 * is the one table of everything. Pure.
 */
import type { Evidence } from '../api/index.ts';
import { formatNumber, translateOr, type Lang, type MessageKey, type Translate } from '../i18n/index.ts';
import type { ExportEdge, ExportGraph, ExportNode } from './model.ts';

/** Names for the ids and codes an export holds. */
export interface ExportLabels {
  lang: Lang;
  t: Translate;
  sectorName(id: string): string;
  levelName(id: string): string;
  documentTitle(id: string): string;
}

export type Cell = string | number | null;

export interface ExportColumn {
  header: string;
  /** Width in characters, for spreadsheets. */
  width: number;
  /** Long text that should wrap. */
  wrap?: boolean;
}

export interface ExportTable {
  /** Sheet name (at most 31 characters). */
  name: string;
  columns: ExportColumn[];
  rows: Cell[][];
}

/** Title, date and sources: what every export says about itself. */
export interface ExportMeta {
  title: string;
  /** The date written out ("3. desember 2026"). */
  date: string;
  /** Titles of the documents the export's facts come from. */
  sources: string[];
}

const col = (t: Translate, key: MessageKey, width: number, wrap = false): ExportColumn => ({ header: t(key), width, wrap });
const join = (xs: readonly string[]) => xs.filter(Boolean).join('; ');

/** What a node is, in words: "Direktorat", "Tiltak", "Samarbeid". */
export function nodeTypeLabel(n: ExportNode, l: ExportLabels): string {
  if (n.type === 'Actor' && n.kind) return translateOr(l.t, `kind.${n.kind}`, n.kind);
  return translateOr(l.t, `type.${n.type}`, n.type);
}

/** A relation in words: "Samarbeider med", "Ansvarlig for", "Overlapper med". */
export function relationLabel(e: ExportEdge, l: ExportLabels): string {
  return translateOr(l.t, `edge.${e.type}`, e.type);
}

/** A node's name as a reader knows it: "Tiltak 12: title" for measures, else the full name. */
export function nodeName(n: ExportNode): string {
  if (n.type === 'Measure' && n.name && n.label && n.name !== n.label) return `${n.label}: ${n.name}`;
  return n.name || n.label || n.id;
}

/** Every node and link in one table (the CSV), with its quotes. */
export function graphTable(g: ExportGraph, l: ExportLabels, evidence: ReadonlyMap<string, readonly Evidence[]> = new Map()): ExportTable {
  const { t } = l;
  const names = new Map(g.nodes.map((n) => [n.id, nodeName(n)]));
  const quotes = (id: string) => (evidence.get(id) ?? []).map((e) => `«${e.quote.replace(/\s+/g, ' ').trim()}» (${l.documentTitle(e.document.id) || e.document.title})`).join(' | ');
  const rows: Cell[][] = [];
  for (const n of g.nodes) {
    rows.push([
      nodeTypeLabel(n, l), nodeName(n), n.label !== n.name ? n.label : '', n.status ? translateOr(t, `status.${n.status}`, n.status) : '',
      join(n.levels.map(l.levelName)), join(n.sectors.map(l.sectorName)), '', '', '', '', null, '', join(n.documents.map(l.documentTitle)), quotes(n.id), n.id,
    ]);
  }
  for (const e of g.edges) {
    rows.push([
      t('export.element.link'), '', '', '', '', '', names.get(e.source) ?? e.source, names.get(e.target) ?? e.target, relationLabel(e, l),
      join(e.kinds.map((k) => translateOr(t, `coord.${k}`, k))), e.score ?? e.weight, join(e.sharedTerms ?? []), join(e.documents.map(l.documentTitle)), quotes(e.id), e.id,
    ]);
  }
  return {
    name: t('export.sheet.all'),
    columns: [
      col(t, 'export.col.element', 16), col(t, 'export.col.name', 40, true), col(t, 'export.col.short', 12), col(t, 'export.col.status', 14),
      col(t, 'export.col.levels', 20), col(t, 'export.col.sectors', 24), col(t, 'export.col.from', 30), col(t, 'export.col.to', 30),
      col(t, 'export.col.relation', 20), col(t, 'export.col.basis', 24), col(t, 'export.col.strength', 10), col(t, 'export.col.sharedTerms', 30),
      col(t, 'export.col.sources', 40, true), col(t, 'export.col.quotes', 80, true), col(t, 'export.col.id', 30),
    ],
    rows,
  };
}

/** The sheets of the XLSX: about, actors, measures and initiatives, links, quotes. */
export function workbookTables(g: ExportGraph, l: ExportLabels, meta: ExportMeta, evidence: ReadonlyMap<string, readonly Evidence[]> = new Map()): ExportTable[] {
  const { t, lang } = l;
  const names = new Map(g.nodes.map((n) => [n.id, nodeName(n)]));
  const about: ExportTable = {
    name: t('export.sheet.about'),
    columns: [col(t, 'export.col.field', 18), col(t, 'export.col.value', 100, true)],
    rows: [
      [t('export.about.title'), meta.title],
      [t('export.about.date'), meta.date],
      [t('export.about.counts'), t('export.about.countsValue', { nodes: formatNumber(lang, g.nodes.length), links: formatNumber(lang, g.edges.length) })],
      ...meta.sources.map((s, i): Cell[] => [i === 0 ? t('export.about.sources') : '', s]),
      [t('export.about.note'), t('export.about.noteValue')],
    ],
  };
  const actors: ExportTable = {
    name: t('export.sheet.actors'),
    columns: [col(t, 'export.col.name', 48, true), col(t, 'export.col.short', 12), col(t, 'export.col.kind', 20), col(t, 'export.col.levels', 22), col(t, 'export.col.sectors', 30, true), col(t, 'export.col.sources', 48, true), col(t, 'export.col.id', 30)],
    rows: g.nodes.filter((n) => n.type === 'Actor').map((n) => [n.name || n.label, n.label !== n.name ? n.label : '', nodeTypeLabel(n, l), join(n.levels.map(l.levelName)), join(n.sectors.map(l.sectorName)), join(n.documents.map(l.documentTitle)), n.id]),
  };
  const efforts: ExportTable = {
    name: t('export.sheet.measures'),
    columns: [col(t, 'export.col.kind', 12), col(t, 'export.col.number', 10), col(t, 'export.col.title', 60, true), col(t, 'export.col.status', 16), col(t, 'export.col.sources', 48, true), col(t, 'export.col.id', 30)],
    rows: g.nodes
      .filter((n) => n.type === 'Measure' || n.type === 'Initiative')
      .map((n) => [nodeTypeLabel(n, l), n.type === 'Measure' ? n.label.replace(/^\D+/, '') : '', n.name || n.label, n.status ? translateOr(t, `status.${n.status}`, n.status) : '', join(n.documents.map(l.documentTitle)), n.id]),
  };
  const links: ExportTable = {
    name: t('export.sheet.links'),
    columns: [
      col(t, 'export.col.from', 36, true), col(t, 'export.col.relation', 20), col(t, 'export.col.to', 36, true), col(t, 'export.col.basis', 26, true),
      col(t, 'export.col.weight', 10), col(t, 'export.col.score', 10), col(t, 'export.col.sharedTerms', 30, true), col(t, 'export.col.explanation', 70, true), col(t, 'export.col.sources', 40, true),
    ],
    rows: g.edges.map((e) => [
      names.get(e.source) ?? e.source, relationLabel(e, l), names.get(e.target) ?? e.target, join(e.kinds.map((k) => translateOr(t, `coord.${k}`, k))),
      e.score === undefined ? e.weight : null, e.score ?? null, join(e.sharedTerms ?? []), e.explanation ?? '', join(e.documents.map(l.documentTitle)),
    ]),
  };
  const quoteRows: Cell[][] = [];
  const about1 = (id: string) => names.get(id) ?? (() => {
    const e = g.edges.find((x) => x.id === id);
    return e ? `${names.get(e.source) ?? e.source} – ${names.get(e.target) ?? e.target}` : id;
  })();
  for (const [id, list] of evidence) {
    for (const e of list) quoteRows.push([about1(id), l.documentTitle(e.document.id) || e.document.title, e.page ?? null, e.quote.replace(/\s+/g, ' ').trim(), e.location ?? t('export.quote.chars', { start: e.start, end: e.end })]);
  }
  const quotes: ExportTable = {
    name: t('export.sheet.quotes'),
    columns: [col(t, 'export.col.about', 36, true), col(t, 'export.col.document', 40, true), col(t, 'export.col.page', 8), col(t, 'export.col.quote', 90, true), col(t, 'export.col.place', 20)],
    rows: quoteRows,
  };
  return [about, actors, efforts, links, quotes];
}
