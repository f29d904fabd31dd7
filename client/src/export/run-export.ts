/**
 * What an export does, for every format: the canvas as a framed figure (PNG,
 * SVG), or the data behind the view (XLSX with quotes, CSV, GraphML, GEXF,
 * JSON) with human labels, colours, sizes and positions. The app shell calls
 * `runExport` with what it holds; the view may give its own graph to export
 * (the overlaps view: every pair it lists, with score and shared terms).
 */
import type { ElementDefinition } from 'cytoscape';
import type { ApiClient, Meta } from '../api/index.ts';
import { formatToday, localName, type Lang, type Translate } from '../i18n/index.ts';
import type { LegendBlock } from '../views/types.ts';
import { downloadBlob, downloadText, exportBaseName } from './download.ts';
import type { FigureText } from './figure.ts';
import { toCsv, toGexf, toGraphml, toJson } from './formats.ts';
import { exportModel, type ExportGraph } from './model.ts';
import { framePng } from './png.ts';
import { graphTable, workbookTables, type ExportLabels } from './tables.ts';
import { toXlsx } from './xlsx.ts';

export type ExportFormat = 'png' | 'svg' | 'xlsx' | 'csv' | 'graphml' | 'gexf' | 'json';

/** Every format, in the menu's order. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['png', 'svg', 'xlsx', 'csv', 'graphml', 'gexf', 'json'];
/** The formats that need no canvas (the table twin offers these). */
export const DATA_FORMATS: readonly ExportFormat[] = ['xlsx', 'csv', 'graphml', 'gexf', 'json'];

/** The canvas, as the export needs it. */
export interface ExportCanvas {
  png(): Promise<Blob>;
  svg(text: FigureText): string;
}

export interface ExportInput {
  view: string;
  /** "Samkart – Samarbeidsnettverk". */
  title: string;
  lang: Lang;
  t: Translate;
  api: Pick<ApiClient, 'evidenceOf'>;
  elements: readonly ElementDefinition[];
  /** Element ids that pass the filters (null: all). */
  keep: Set<string> | null;
  colors: ReadonlyMap<string, string>;
  meta: Meta | null;
  legend: readonly LegendBlock[];
  canvas: ExportCanvas | null;
  /** The view's own graph to export instead of the canvas's elements. */
  graph?: ExportGraph | null;
  now?: Date;
}

/** Names for ids from the explorer's meta data. */
export function exportLabels(lang: Lang, t: Translate, meta: Meta | null): ExportLabels {
  const sectors = new Map((meta?.sectors ?? []).map((s) => [s.id, localName(s, lang)]));
  const levels = new Map((meta?.levels ?? []).map((l) => [l.id, localName(l, lang)]));
  const documents = new Map((meta?.documents ?? []).map((d) => [d.id, d.title]));
  return { lang, t, sectorName: (id) => sectors.get(id) ?? id, levelName: (id) => levels.get(id) ?? id, documentTitle: (id) => documents.get(id) ?? id };
}

/** Titles of the documents an export's nodes and links are stated in, in the explorer's order. */
export function sourcesOf(g: ExportGraph, meta: Meta | null): string[] {
  const used = new Set([...g.nodes.flatMap((n) => n.documents), ...g.edges.flatMap((e) => e.documents)]);
  const docs = meta?.documents ?? [];
  const known = docs.filter((d) => used.has(d.id)).map((d) => d.title);
  return known.length ? known : docs.map((d) => d.title);
}

/** Reads a Blob as a data URL. */
function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error ?? new Error('Could not read the image'));
    r.readAsDataURL(blob);
  });
}

/** Makes the file of one format and hands it to the browser's download. */
export async function runExport(format: ExportFormat, input: ExportInput): Promise<void> {
  const { t, lang, meta } = input;
  const name = exportBaseName(input.view, input.now);
  const model = input.graph ?? exportModel(input.elements, input.keep, { colors: input.colors });
  const date = formatToday(lang, input.now);
  const sources = sourcesOf(model, meta);
  const text: FigureText = { title: input.title, date: t('export.date', { date }), legend: input.legend, legendTitle: t('legend.title'), sources, sourcesTitle: t('export.about.sources') };
  if (format === 'png' || format === 'svg') {
    if (!input.canvas) return;
    if (format === 'svg') downloadText(`${name}.svg`, input.canvas.svg(text), 'image/svg+xml');
    else downloadBlob(`${name}.png`, await framePng(await dataUrl(await input.canvas.png()), text));
    return;
  }
  const labels = exportLabels(lang, t, meta);
  if (format === 'xlsx' || format === 'csv') {
    const evidence = await input.api.evidenceOf([...model.nodes.map((n) => n.id), ...model.edges.map((e) => e.id)]);
    if (format === 'csv') {
      downloadText(`${name}.csv`, toCsv(graphTable(model, labels, evidence), lang === 'nb' ? ',' : '.'), 'text/csv');
      return;
    }
    const bytes = await toXlsx(workbookTables(model, labels, { title: input.title, date, sources }, evidence), { title: input.title, created: input.now });
    downloadBlob(`${name}.xlsx`, new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    return;
  }
  if (format === 'graphml') downloadText(`${name}.graphml`, toGraphml(model), 'application/graphml+xml');
  else if (format === 'gexf') downloadText(`${name}.gexf`, toGexf(model), 'application/gexf+xml');
  else downloadText(`${name}.json`, toJson(model), 'application/json');
}
