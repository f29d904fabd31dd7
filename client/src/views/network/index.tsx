/**
 * Samarbeidsnettverk: bodies coloured by sector, linked by the coordination the
 * sources state. A whole view comes as the server's overview with its
 * positions: the plain network when it fits the element budget, else groups
 * by level and sector with their links summed, expanded on demand. A focus
 * shows individuals, laid out in the layout worker.
 */
import { LodGroupTop, LOD_INITIAL, lodElements, lodPrintFacts, lodKey, lodParams, lodStatus, loadLod, reduceLod, type LodAction, type LodData, type LodSlice } from '../shared/overview.tsx';
import { coordinationBlock, kindsBlocks, sectorsBlock } from '../shared/legend.ts';
import { defineView } from '../types.ts';

export const networkView = defineView<LodSlice, LodData, null, LodAction>({
  id: 'network',
  label: 'view.network',
  help: 'view.network.help',
  slice: { initial: LOD_INITIAL, params: lodParams('nx'), reduce: reduceLod },
  dataKey: (state, slice) => lodKey('NETWORK', state, slice),
  load: (api, state, slice, signal) => loadLod(api, 'NETWORK', state, slice, signal),
  graph: (d) => d.graph,
  elements: ({ data, env }) => (data ? lodElements(data, env, 'network') : []),
  layout: () => 'pick',
  status: ({ data, env }) => lodStatus(data, env.t),
  legend: ({ env }, present) => [sectorsBlock(env.t, env.lang, env.sectors, env.colors), ...kindsBlocks(env.t, present.kinds), coordinationBlock(env.t)],
  filters: ['sectors', 'levels', 'kinds', 'coordKinds', 'documents'],
  table: () => ({ view: 'network', columns: { layout: 'graph', typeColumn: 'kind' }, matrix: null }),
  printFacts: lodPrintFacts,
  focusable: true,
  homeOf: ['Actor'],
  lists: [],
  Top: LodGroupTop,
});
