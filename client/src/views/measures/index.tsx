/**
 * Tiltak: measures coloured by status, with the bodies responsible for them
 * (arrows) and involved in them (dashed). A whole view comes as the server's
 * overview: the plain graph when it fits the element budget, else measures
 * grouped by owner and status, expanded on click. A focus
 * shows individuals, laid out in the layout worker.
 */
import { LodGroupTop, LOD_INITIAL, lodElements, lodPrintFacts, lodKey, lodParams, lodStatus, loadLod, reduceLod, type LodAction, type LodData, type LodSlice } from '../shared/overview.tsx';
import { kindsBlocks, measureEdgesBlock, statusesBlock } from '../shared/legend.ts';
import { defineView } from '../types.ts';

export const measuresView = defineView<LodSlice, LodData, null, LodAction>({
  id: 'measures',
  label: 'view.measures',
  help: 'view.measures.help',
  slice: { initial: LOD_INITIAL, params: lodParams('tx'), reduce: reduceLod },
  dataKey: (state, slice) => lodKey('MEASURES', state, slice),
  load: (api, state, slice, signal) => loadLod(api, 'MEASURES', state, slice, signal),
  graph: (d) => d.graph,
  elements: ({ data, env }) => (data ? lodElements(data, env, 'measures') : []),
  layout: () => 'pick',
  status: ({ data, env }) => lodStatus(data, env.t),
  legend: ({ env }, present) => [statusesBlock(env.t), ...kindsBlocks(env.t, present.kinds), measureEdgesBlock(env.t)],
  filters: ['sectors', 'levels', 'kinds', 'statuses', 'documents'],
  table: () => ({ view: 'measures', columns: { layout: 'graph', typeColumn: 'status' }, matrix: null }),
  printFacts: lodPrintFacts,
  focusable: true,
  homeOf: ['Measure'],
  lists: [],
  Top: LodGroupTop,
});
