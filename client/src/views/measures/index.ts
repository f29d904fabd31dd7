/**
 * Tiltak: measures coloured by status, with the bodies responsible for them
 * (arrows) and involved in them (dashed). Laid out like the network.
 */
import type { Subgraph } from '../../api/index.ts';
import { subgraphElements } from '../../graph/index.ts';
import { focusKey, loadGraph } from '../shared/graph-data.ts';
import { kindsBlocks, measureEdgesBlock, statusesBlock } from '../shared/legend.ts';
import { defineView } from '../types.ts';

export const measuresView = defineView<Record<string, never>, Subgraph, null, never>({
  id: 'measures',
  label: 'view.measures',
  help: 'view.measures.help',
  slice: { initial: {}, params: {}, reduce: (s) => s },
  dataKey: (state) => `view:measures${focusKey(state.focus)}`,
  load: (api, state, _slice, signal) => loadGraph(api, 'MEASURES', state.focus, signal),
  graph: (d) => d,
  elements: ({ data, env }) => (data ? subgraphElements(data, { colors: env.colors }, 'measures') : []),
  layout: () => 'pick',
  legend: ({ env }, present) => [statusesBlock(env.t), ...kindsBlocks(env.t, present.kinds), measureEdgesBlock(env.t)],
  filters: ['sectors', 'levels', 'kinds', 'statuses', 'documents'],
  table: () => ({ view: 'measures', columns: { layout: 'graph', typeColumn: 'status' }, matrix: null }),
  printFacts: () => [],
  focusable: true,
  homeOf: ['Measure'],
  lists: [],
});
