/**
 * Samarbeidsnettverk: bodies coloured by sector, linked by the coordination the
 * sources state. The whole view comes with the server's force-directed
 * positions; a focus is laid out in the layout worker.
 */
import type { Subgraph } from '../../api/index.ts';
import { subgraphElements } from '../../graph/index.ts';
import { focusKey, loadGraph } from '../shared/graph-data.ts';
import { coordinationBlock, kindsBlocks, sectorsBlock } from '../shared/legend.ts';
import { defineView } from '../types.ts';

export const networkView = defineView<Record<string, never>, Subgraph, null, never>({
  id: 'network',
  label: 'view.network',
  help: 'view.network.help',
  slice: { initial: {}, params: {}, reduce: (s) => s },
  dataKey: (state) => `view:network${focusKey(state.focus)}`,
  load: (api, state, _slice, signal) => loadGraph(api, 'NETWORK', state.focus, signal),
  graph: (d) => d,
  elements: ({ data, env }) => (data ? subgraphElements(data, { colors: env.colors }, 'network') : []),
  layout: () => 'pick',
  legend: ({ env }, present) => [sectorsBlock(env.t, env.lang, env.sectors, env.colors), ...kindsBlocks(env.t, present.kinds), coordinationBlock(env.t)],
  filters: ['sectors', 'levels', 'kinds', 'coordKinds', 'documents'],
  table: () => ({ view: 'network', columns: { layout: 'graph', typeColumn: 'kind' }, matrix: null }),
  printFacts: () => [],
  focusable: true,
  homeOf: ['Actor'],
  lists: [],
});
