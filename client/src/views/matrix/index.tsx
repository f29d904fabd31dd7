/**
 * Systemkart: levels as rows, sectors as columns, each body in its cells. The
 * matrix is laid out by its own geometry (preset positions) for the canvas's
 * size and the text scale, so that it fits the screen with readable labels,
 * and again when a panel opens or closes; "show links" draws the coordination
 * network between the bodies' first cells.
 */
import type { OverviewGroup, Subgraph, SystemMatrix } from '../../api/index.ts';
import { useI18n } from '../../app/i18n-context.ts';
import { canvasMeasure, cellItems, FONT_STACK, matrixElements, parseMoreRef, type CellItem, type Measure } from '../../graph/index.ts';
import { flagParam } from '../../state/url-schema.ts';
import { coordinationBlock } from '../shared/legend.ts';
import { ELEMENT_BUDGET, GroupPanel, isGroupId } from '../shared/overview.tsx';
import { defineView, type ViewPanelProps } from '../types.ts';

export interface MatrixSlice {
  showLinks: boolean;
}
export type MatrixAction = { type: 'toggleLinks' };
export interface MatrixData {
  matrix: SystemMatrix;
  /** The coordination network's individuals (all of it when it fits the budget). */
  graph: Subgraph;
  /** Groups of bodies the matrix does not place (national scale), for the "other" row. */
  otherGroups: OverviewGroup[];
}

/** The items a full cell does not draw, as a list: a body selects it, a group opens its members. */
function CellList({ items, onPick, onClose }: { items: CellItem[]; onPick(id: string): void; onClose(): void }) {
  const { t } = useI18n();
  return (
    <section className="group-panel" aria-labelledby="cell-list-heading" data-testid="cell-list">
      <header className="side-header">
        <h2 id="cell-list-heading" className="panel-title">
          {t('matrix.more', { n: items.length })}
        </h2>
        <button type="button" className="text-button" onClick={onClose} aria-label={t('group.close')}>
          ✕
        </button>
      </header>
      <ul className="plain group-members">
        {items.map((item) => (
          <li key={item.group ? item.id : item.actor.id}>
            <button type="button" className="link-button" onClick={() => onPick(item.group ? item.id : item.actor.id)}>
              {item.group ? item.label : item.actor.name}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The chosen group of a cell or of the "other" row: its members as a searchable list. */
function Top({ api, data, selection, selectNode, select }: ViewPanelProps<MatrixSlice, MatrixData, null, MatrixAction>) {
  const id = selection?.type === 'node' && isGroupId(selection.id) ? selection.id : null;
  if (!id || !data) return null;
  const more = parseMoreRef(id);
  const cell = more && data.matrix.cells.find((c) => c.level.id === more.levelId && c.sector.id === more.sectorId);
  if (more && cell) return <CellList items={cellItems(cell).slice(more.from)} onPick={selectNode} onClose={() => select(null)} />;
  const group = data.matrix.cells.flatMap((c) => c.groups ?? []).find((g) => g.id === id) ?? data.otherGroups.find((g) => g.id === id);
  if (!group) return null;
  return <GroupPanel api={api} groupId={id} label={group.label} memberCount={group.memberCount} measures={false} expanded={false} onMember={selectNode} onClose={() => select(null)} />;
}

/** The toolbar's "show links" switch. */
function Tools({ slice, act }: ViewPanelProps<MatrixSlice, MatrixData, null, MatrixAction>) {
  const { t } = useI18n();
  return (
    <label className="switch">
      <input type="checkbox" checked={slice.showLinks} onChange={() => act({ type: 'toggleLinks' })} data-testid="links-toggle" />
      <span>{t('matrix.showLinks')}</span>
    </label>
  );
}

/** Text widths in the canvas's label font, measured once per text (made on first use: there is no canvas in tests). */
let measure: Measure | null = null;

export const matrixView = defineView<MatrixSlice, MatrixData, null, MatrixAction>({
  id: 'matrix',
  label: 'view.matrix',
  help: 'view.matrix.help',
  slice: {
    initial: { showLinks: false },
    params: { showLinks: flagParam('links') },
    reduce: (s, a) => (a.type === 'toggleLinks' ? { ...s, showLinks: !s.showLinks } : s),
  },
  dataKey: () => 'view:matrix',
  load: async (api, _state, _slice, signal) => {
    // The network through the overview: whole when it fits the budget, else its individuals and its groups.
    const [matrix, overview] = await Promise.all([api.systemMatrix(signal), api.overview({ view: 'NETWORK', budget: ELEMENT_BUDGET }, signal)]);
    const individuals = overview.nodes.filter((n) => n.data.type !== 'Group');
    const ids = new Set(individuals.map((n) => n.id));
    const graph: Subgraph = { nodes: individuals, edges: overview.edges.filter((e) => ids.has(e.source) && ids.has(e.target)), truncated: false };
    const otherGroups = overview.aggregated ? overview.groups.filter((g) => !g.levelId && !g.sectorId) : [];
    return { matrix, graph, otherGroups };
  },
  graph: (d) => d.graph,
  elements: ({ data, slice, env }) =>
    data
      ? matrixElements(data.matrix, {
          colors: env.colors,
          lang: env.lang,
          network: data.graph,
          showLinks: slice.showLinks,
          otherLabel: env.t('matrix.other'),
          otherGroups: data.otherGroups,
          moreLabel: (n) => env.t('matrix.more', { n }),
          frame: env.canvas,
          textScale: env.textScale,
          minPx: env.presenting ? 18 : 12,
          measure: (measure ??= canvasMeasure(FONT_STACK, 700)),
        })
      : [],
  layout: () => 'preset',
  fitsCanvas: true,
  // The boxes are sized for the matrix's own font.
  presentFontScale: 1,
  // The column headers already carry the sector colours.
  legend: ({ slice, env }) => (slice.showLinks ? [coordinationBlock(env.t)] : []),
  filters: ['sectors', 'levels', 'kinds', 'coordKinds', 'documents'],
  table: ({ data }) => ({ view: 'matrix', columns: { layout: 'matrix', typeColumn: 'kind' }, matrix: data?.matrix ?? null }),
  printFacts: () => [],
  focusable: false,
  homeOf: [],
  lists: ['Actor'],
  Tools,
  Top,
});
