/**
 * Systemkart: levels as rows, sectors as columns, each body in its cells. The
 * matrix is laid out by its own geometry (preset positions); "show links"
 * draws the coordination network between the bodies' first cells.
 */
import type { Subgraph, SystemMatrix } from '../../api/index.ts';
import { useI18n } from '../../app/i18n-context.ts';
import { matrixElements } from '../../graph/index.ts';
import { flagParam } from '../../state/url-schema.ts';
import { coordinationBlock } from '../shared/legend.ts';
import { defineView, type ViewPanelProps } from '../types.ts';

export interface MatrixSlice {
  showLinks: boolean;
}
export type MatrixAction = { type: 'toggleLinks' };
export interface MatrixData {
  matrix: SystemMatrix;
  graph: Subgraph;
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
    const [matrix, graph] = await Promise.all([api.systemMatrix(signal), api.graph({ view: 'NETWORK' }, signal)]);
    return { matrix, graph };
  },
  graph: (d) => d.graph,
  elements: ({ data, slice, env }) =>
    data ? matrixElements(data.matrix, { colors: env.colors, lang: env.lang, network: data.graph, showLinks: slice.showLinks, otherLabel: env.t('matrix.other') }) : [],
  layout: () => 'preset',
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
});
