/**
 * The table twin of each view: the same content as the canvas as real,
 * sortable tables, for keyboard and screen-reader users and for reading off
 * numbers. The matrix as level × sector (with the "Annet" row the canvas
 * draws), the overlaps ranked with their scores, the brokers with their
 * betweenness, the sector gaps and the measures with unclear responsibility,
 * and for every view its nodes and links with translated labels. Selecting a
 * row selects on the canvas and the other way round.
 */
import { useEffect, useRef } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { Broker, Overlap, ResponsibilityFlag, SectorGapMatrix, SystemMatrix } from '../api/index.ts';
import { effortLabel, effortOwners, effortTitle, ownerNames, pairKey } from '../analysis/index.ts';
import { actorLabel, type FilterResult } from '../graph/index.ts';
import { localName, translateOr, type MessageKey } from '../i18n/index.ts';
import type { Selection } from '../state/index.ts';
import { useI18n } from '../app/i18n-context.ts';
import { GapTable } from './GapTable.tsx';
import { SortableTable, type Column } from './SortableTable.tsx';
import type { SortState } from './table-sort.ts';

/** The parts of a view's data that have a table of their own. */
export interface TableData {
  overlaps?: Overlap[];
  brokers?: Broker[];
  gaps?: SectorGapMatrix;
  flags?: ResponsibilityFlag[];
}

export interface TableViewProps {
  /** How the view's own module says its table reads (the node table's type column). */
  columns?: { layout: 'matrix' | 'graph'; typeColumn: 'kind' | 'status' };
  viewLabel: string;
  elements: ElementDefinition[];
  /** The system matrix: given, the table is level × sector instead of nodes and links. */
  matrix: SystemMatrix | null;
  /** The view's data: each part it holds (overlaps, brokers, gaps, unclear measures) gets its ranked table. */
  data?: TableData | null;
  /** Overlaps: the minimum score shown and the pair on show. */
  minScore?: number;
  pair?: Overlap | null;
  colors?: Map<string, string>;
  lit: FilterResult | null;
  filterMode: 'dim' | 'hide';
  selection: Selection | null;
  sectorName(id: string): string;
  levelName(id: string): string;
  onSelect(selection: Selection): void;
  onPair?(pair: { a: string; b: string }): void;
}

type Data = ElementDefinition['data'];

/** A column that sorts by the text it shows (or shows `render` instead, sorting by the text). */
function textColumn<T>(key: string, label: string, text: (row: T) => string, render: (row: T) => React.ReactNode = text): Column<T> {
  return { key, label, value: text, render };
}

/** A column that sorts by a number and shows it as `show` writes it. */
function numberColumn<T>(key: string, label: string, value: (row: T) => number, show: (row: T) => React.ReactNode = value): Column<T> {
  return { key, label, numeric: true, value, render: show };
}

export function TableView(props: TableViewProps) {
  const { t, lang } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const selected = props.selection?.id;
  const number = new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en', { maximumFractionDigits: 3 });
  const percent = new Intl.NumberFormat(lang === 'nb' ? 'nb-NO' : 'en', { style: 'percent', maximumFractionDigits: 0 });

  useEffect(() => {
    if (!selected) return;
    const row = root.current?.querySelector('[data-selected="true"]');
    row?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const passes = (el: ElementDefinition) => !props.lit || (el.group === 'nodes' ? props.lit.nodes.has(el.data.id as string) : props.lit.edges.has(el.data.id as string));
  const shown = props.elements.filter((el) => props.filterMode === 'dim' || passes(el));
  const pick = (ref: string, type: 'node' | 'edge' = 'node', label: string) => (
    <button type="button" className="row-button" aria-pressed={selected === ref} data-selected={selected === ref} onClick={() => props.onSelect({ type, id: ref })}>
      {label}
    </button>
  );

  const parts: React.ReactNode[] = [];

  if (props.matrix) parts.push(<MatrixTable key="matrix" {...props} shown={shown} passes={passes} />);

  if (props.data?.overlaps) {
    const min = props.minScore ?? 0;
    const ranked = props.data.overlaps.filter((o) => o.score >= min - 1e-9).map((o, i) => ({ o, rank: i + 1, key: pairKey(o.a.id, o.b.id) }));
    const on = props.pair ? pairKey(props.pair.a.id, props.pair.b.id) : null;
    type Row = (typeof ranked)[number];
    const columns: Column<Row>[] = [
      numberColumn('rank', t('table.rank'), (r) => r.rank),
      {
        key: 'a',
        label: t('table.overlapA'),
        value: (r) => effortLabel(r.o.a),
        render: (r) => (
          <button type="button" className="row-button" aria-pressed={on === r.key} onClick={() => props.onPair?.({ a: r.o.a.id, b: r.o.b.id })} title={effortTitle(r.o.a)}>
            {effortLabel(r.o.a)}
          </button>
        ),
      },
      textColumn('ownersA', t('overlaps.owners'), (r) => ownerNames(effortOwners(r.o.a), t('overlaps.and')), (r) => ownerNames(effortOwners(r.o.a), t('overlaps.and')) || t('overlaps.noOwner')),
      textColumn('b', t('table.overlapB'), (r) => effortLabel(r.o.b), (r) => <span title={effortTitle(r.o.b)}>{effortLabel(r.o.b)}</span>),
      textColumn('ownersB', t('overlaps.owners'), (r) => ownerNames(effortOwners(r.o.b), t('overlaps.and')), (r) => ownerNames(effortOwners(r.o.b), t('overlaps.and')) || t('overlaps.noOwner')),
      numberColumn('score', t('overlaps.score'), (r) => r.o.score, (r) => percent.format(r.o.score)),
      { key: 'terms', label: t('table.sharedTerms'), render: (r) => r.o.sharedTerms.join(', ') },
    ];
    parts.push(
      <SortableTable
        key="overlaps"
        testId="overlap-table"
        caption={t('table.caption.overlaps', { n: ranked.length, min: percent.format(min) })}
        columns={columns}
        rows={ranked}
        rowKey={(r) => r.key}
        selected={(r) => r.key === on}
        initialSort={{ column: 'rank', direction: 'ascending' }}
      />,
    );
  }

  if (props.data?.brokers) {
    const ranked = props.data.brokers.filter((b) => b.partners > 0).map((b, i) => ({ b, rank: i + 1 }));
    type Row = (typeof ranked)[number];
    const columns: Column<Row>[] = [
      numberColumn('rank', t('table.rank'), (r) => r.rank),
      textColumn('name', t('table.name'), (r) => actorLabel(r.b.actor), (r) => pick(r.b.actor.id, 'node', actorLabel(r.b.actor))),
      textColumn('full', t('table.fullName'), (r) => r.b.actor.name),
      numberColumn('betweenness', t('brokers.betweenness'), (r) => r.b.betweenness, (r) => number.format(r.b.betweenness)),
      numberColumn('partners', t('brokers.partners'), (r) => r.b.partners),
      numberColumn('cross', t('table.crossSector'), (r) => r.b.crossSectorPartners),
      numberColumn('sectors', t('brokers.sectors'), (r) => r.b.sectorsBridged.length),
    ];
    parts.push(
      <SortableTable
        key="brokers"
        testId="broker-table"
        caption={t('table.caption.brokers', { n: ranked.length })}
        columns={columns}
        rows={ranked}
        rowKey={(r) => r.b.actor.id}
        selected={(r) => r.b.actor.id === selected}
        initialSort={{ column: 'rank', direction: 'ascending' }}
      />,
    );
  }

  if (props.data?.gaps) parts.push(<GapTable key="gaps" matrix={props.data.gaps} colors={props.colors ?? new Map()} />);

  if (props.data?.flags) {
    const flags = props.data.flags;
    type Row = ResponsibilityFlag;
    const columns: Column<Row>[] = [
      { key: 'measure', label: t('table.measure'), value: (f) => f.measure.number, render: (f) => pick(f.measure.id, 'node', `${t('type.Measure')} ${f.measure.number}`) },
      textColumn('title', t('table.title'), (f) => f.measure.title),
      textColumn('reason', t('table.reason'), (f) => t(`unclear.reason.${f.reason}` satisfies MessageKey)),
      textColumn('owners', t('overlaps.owners'), (f) => f.owners.map(actorLabel).join(', '), (f) => f.owners.map(actorLabel).join(', ') || t('overlaps.noOwner')),
      textColumn('document', t('table.document'), (f) => f.measure.document.title),
    ];
    parts.push(
      <SortableTable
        key="unclear"
        testId="unclear-table"
        caption={t('table.caption.unclear', { n: flags.length })}
        columns={columns}
        rows={flags}
        rowKey={(f) => f.measure.id}
        selected={(f) => f.measure.id === selected}
        initialSort={{ column: 'measure', direction: 'ascending' }}
      />,
    );
  }

  if (!props.matrix) {
    const nodes = shown.filter((e) => e.group === 'nodes' && typeof e.data.type === 'string');
    const labelOf = new Map(nodes.map((n) => [n.data.id as string, n.data.label as string]));
    const edges = shown.filter((e) => e.group === 'edges');
    const typeLabel = (d: Data) => (d.kind ? translateOr(t, `kind.${d.kind}`, String(d.kind)) : translateOr(t, `type.${d.type}`, String(d.type)));
    const names = (ids: unknown, name: (id: string) => string) => ((ids as string[] | undefined) ?? []).map(name).join(', ');
    const hasStatus = nodes.some((n) => n.data.status);
    const hasDegree = nodes.some((n) => typeof n.data.degree === 'number');
    const nodeColumns: Column<ElementDefinition>[] = [
      textColumn('short', t('table.short'), (n) => n.data.label as string, (n) => pick(n.data.ref as string, 'node', n.data.label as string)),
      textColumn('name', t('table.name'), (n) => n.data.name as string),
      textColumn('type', t('table.type'), (n) => typeLabel(n.data)),
      ...(hasStatus ? [{ key: 'status', label: t('table.status'), value: (n: ElementDefinition) => (n.data.status ? translateOr(t, `status.${n.data.status}`, String(n.data.status)) : null), render: (n: ElementDefinition) => (n.data.status ? translateOr(t, `status.${n.data.status}`, String(n.data.status)) : '') }] : []),
      textColumn('sector', t('table.sector'), (n) => names(n.data.sectorIds, props.sectorName)),
      textColumn('level', t('table.level'), (n) => names(n.data.levelIds, props.levelName)),
      ...(hasDegree ? [numberColumn('degree', t('table.degree'), (n: ElementDefinition) => n.data.degree as number, (n) => (n.data.degree as number) ?? '')] : []),
    ];
    const edgeLabel = (d: Data) => translateOr(t, `edge.${d.type}`, String(d.type));
    const edgeColumns: Column<ElementDefinition>[] = [
      {
        key: 'source',
        label: t('table.source'),
        value: (e) => labelOf.get(e.data.source as string) ?? (e.data.source as string),
        render: (e) => (e.data.inert ? labelOf.get(e.data.source as string) ?? (e.data.source as string) : pick(e.data.ref as string, 'edge', labelOf.get(e.data.source as string) ?? (e.data.source as string))),
      },
      textColumn('relation', t('table.relation'), (e) => edgeLabel(e.data)),
      textColumn('target', t('table.target'), (e) => labelOf.get(e.data.target as string) ?? (e.data.target as string)),
      textColumn('kinds', t('table.kinds'), (e) => ((e.data.kinds as string[]) ?? []).map((k) => translateOr(t, `coord.${k}`, k)).join(', ')),
      numberColumn('weight', t('table.weight'), (e) => e.data.weight as number, (e) => (e.data.type === 'OVERLAP' ? '' : number.format((e.data.weight as number) ?? 0))),
    ];
    const measures = props.columns?.typeColumn === 'status' || !!props.data?.flags;
    /** The nodes' or the links' table: rows by element id, dimmed when the filters tone them down, selected by their API id. */
    const elementTable = (key: 'nodes' | 'edges', caption: string, columns: Column<ElementDefinition>[], rows: ElementDefinition[], initialSort: SortState) => (
      <SortableTable
        key={key}
        testId={key === 'nodes' ? 'node-table' : 'edge-table'}
        caption={caption}
        columns={columns}
        rows={rows}
        rowKey={(el) => el.data.id as string}
        rowClass={(el) => (passes(el) ? '' : 'dimmed')}
        selected={(el) => el.data.ref === selected}
        initialSort={initialSort}
      />
    );
    const nodeSort: SortState = !measures && hasDegree ? { column: 'degree', direction: 'descending' } : { column: 'short', direction: 'ascending' };
    parts.push(elementTable('nodes', t('table.caption.nodes', { view: props.viewLabel, n: nodes.length }), nodeColumns, nodes, nodeSort));
    if (edges.length > 0) parts.push(elementTable('edges', t('table.caption.edges', { view: props.viewLabel, n: edges.length }), edgeColumns, edges, { column: 'source', direction: 'ascending' }));
  }

  return (
    <div className="table-view" ref={root} data-testid="table-view">
      {parts}
    </div>
  );
}

/** The system matrix as level × sector, with the row of bodies the canvas puts under "Annet". */
function MatrixTable(props: TableViewProps & { shown: ElementDefinition[]; passes(el: ElementDefinition): boolean }) {
  const { t, lang } = useI18n();
  const m = props.matrix!;
  const selected = props.selection?.id;
  const levels = [...m.levels].sort((a, b) => a.rank - b.rank);
  const litRefs = new Set(props.shown.filter((e) => e.group === 'nodes' && props.passes(e)).map((e) => e.data.ref as string));
  // The canvas's "Annet" row: bodies in the network that the matrix has no cell for.
  const other = props.shown.filter((e) => e.group === 'nodes' && String(e.data.id).startsWith('mx:a:other|'));
  const actorButton = (id: string, label: string, name: string) => (
    <li key={id}>
      <button
        type="button"
        className={`row-button${litRefs.has(id) ? '' : ' dimmed'}`}
        aria-pressed={selected === id}
        data-selected={selected === id}
        title={name}
        onClick={() => props.onSelect({ type: 'node', id })}
      >
        {label}
      </button>
    </li>
  );
  return (
    <table className="data-table matrix-table" data-testid="matrix-table">
      <caption>{t('table.caption.matrix')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('table.level.sector')}</th>
          {m.sectors.map((s) => (
            <th key={s.id} scope="col">
              <span className="th-ministry">{s.ministry?.abbreviation ?? ''}</span>
              {localName(s, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {levels.map((l) => (
          <tr key={l.id}>
            <th scope="row">{localName(l, lang)}</th>
            {m.sectors.map((s) => {
              const cell = m.cells.find((c) => c.level.id === l.id && c.sector.id === s.id);
              const actors = (cell?.actors ?? []).filter((a) => props.filterMode === 'dim' || litRefs.has(a.id));
              return (
                <td key={s.id}>
                  <ul className="plain">{actors.map((a) => actorButton(a.id, actorLabel(a), a.name))}</ul>
                </td>
              );
            })}
          </tr>
        ))}
        {other.length > 0 && (
          <tr data-testid="matrix-other-row">
            <th scope="row">{t('matrix.other')}</th>
            <td colSpan={m.sectors.length}>
              <ul className="plain inline-list">{other.map((e) => actorButton(e.data.ref as string, e.data.label as string, e.data.name as string))}</ul>
            </td>
          </tr>
        )}
      </tbody>
    </table>
  );
}
