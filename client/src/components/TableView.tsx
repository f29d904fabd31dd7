/**
 * The table twin of each view: the same nodes and links as real tables, for
 * keyboard and screen-reader users. Selecting a row selects on the canvas and
 * the other way round.
 */
import { useEffect, useRef } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { SystemMatrix } from '../api/index.ts';
import { actorLabel, type FilterResult } from '../graph/index.ts';
import { localName, translateOr } from '../i18n/index.ts';
import type { Selection, ViewName } from '../state/index.ts';
import { useI18n } from '../app/i18n-context.ts';

export interface TableViewProps {
  view: ViewName;
  viewLabel: string;
  elements: ElementDefinition[];
  matrix: SystemMatrix | null;
  lit: FilterResult | null;
  filterMode: 'dim' | 'hide';
  selection: Selection | null;
  sectorName(id: string): string;
  levelName(id: string): string;
  onSelect(selection: Selection): void;
}

export function TableView(props: TableViewProps) {
  const { t, lang } = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const selected = props.selection?.id;

  useEffect(() => {
    if (!selected) return;
    const row = root.current?.querySelector('[data-selected="true"]');
    row?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const passes = (el: ElementDefinition) => !props.lit || (el.group === 'nodes' ? props.lit.nodes.has(el.data.id as string) : props.lit.edges.has(el.data.id as string));
  const shown = props.elements.filter((el) => props.filterMode === 'dim' || passes(el));

  if (props.view === 'matrix' && props.matrix) {
    const m = props.matrix;
    const levels = [...m.levels].sort((a, b) => a.rank - b.rank);
    const litRefs = new Set(shown.filter((e) => e.group === 'nodes' && passes(e)).map((e) => e.data.ref as string));
    return (
      <div className="table-view" ref={root} data-testid="table-view">
        <table className="data-table matrix-table">
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
                      <ul className="plain">
                        {actors.map((a) => (
                          <li key={a.id}>
                            <button
                              type="button"
                              className={`row-button${litRefs.has(a.id) ? '' : ' dimmed'}`}
                              aria-pressed={selected === a.id}
                              data-selected={selected === a.id}
                              title={a.name}
                              onClick={() => props.onSelect({ type: 'node', id: a.id })}
                            >
                              {actorLabel(a)}
                            </button>
                          </li>
                        ))}
                      </ul>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  const nodes = shown.filter((e) => e.group === 'nodes' && typeof e.data.type === 'string');
  const labelOf = new Map(nodes.map((n) => [n.data.id as string, n.data.label as string]));
  const edges = shown.filter((e) => e.group === 'edges');
  const typeLabel = (d: ElementDefinition['data']) =>
    d.type === 'Measure' ? translateOr(t, `status.${d.status}`, String(d.status)) : d.kind ? translateOr(t, `kind.${d.kind}`, String(d.kind)) : translateOr(t, `type.${d.type}`, String(d.type));
  return (
    <div className="table-view" ref={root} data-testid="table-view">
      <table className="data-table">
        <caption>{t('table.caption.nodes', { view: props.viewLabel, n: nodes.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.short')}</th>
            <th scope="col">{t('table.name')}</th>
            <th scope="col">{props.view === 'measures' ? t('table.status') : t('table.kind')}</th>
            <th scope="col">{t('table.sector')}</th>
            <th scope="col">{t('table.level')}</th>
            <th scope="col" className="num">{t('table.degree')}</th>
          </tr>
        </thead>
        <tbody>
          {nodes.map((n) => {
            const d = n.data;
            const isSel = selected === d.ref;
            return (
              <tr key={d.id as string} className={`${isSel ? 'selected' : ''}${passes(n) ? '' : ' dimmed'}`} data-selected={isSel}>
                <th scope="row">
                  <button type="button" className="row-button" aria-pressed={isSel} onClick={() => props.onSelect({ type: 'node', id: d.ref as string })}>
                    {d.label as string}
                  </button>
                </th>
                <td>{d.name as string}</td>
                <td>{typeLabel(d)}</td>
                <td>{((d.sectorIds as string[]) ?? []).map(props.sectorName).join(', ')}</td>
                <td>{((d.levelIds as string[]) ?? []).map(props.levelName).join(', ')}</td>
                <td className="num">{(d.degree as number) ?? ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <table className="data-table">
        <caption>{t('table.caption.edges', { view: props.viewLabel, n: edges.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('table.source')}</th>
            <th scope="col">{t('table.relation')}</th>
            <th scope="col">{t('table.target')}</th>
            <th scope="col">{t('table.kinds')}</th>
            <th scope="col" className="num">{t('table.weight')}</th>
          </tr>
        </thead>
        <tbody>
          {edges.map((e) => {
            const d = e.data;
            const isSel = selected === d.ref;
            return (
              <tr key={d.id as string} className={`${isSel ? 'selected' : ''}${passes(e) ? '' : ' dimmed'}`} data-selected={isSel}>
                <th scope="row">
                  <button type="button" className="row-button" aria-pressed={isSel} onClick={() => props.onSelect({ type: 'edge', id: d.ref as string })}>
                    {labelOf.get(d.source as string) ?? (d.source as string)}
                  </button>
                </th>
                <td>{translateOr(t, `edge.${d.type}`, String(d.type))}</td>
                <td>{labelOf.get(d.target as string) ?? (d.target as string)}</td>
                <td>{((d.kinds as string[]) ?? []).map((k) => translateOr(t, `coord.${k}`, k)).join(', ')}</td>
                <td className="num">{d.weight as number}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
