/**
 * Tiltak: measures coloured by status, with the bodies responsible for them
 * (arrows) and involved in them (dashed). A whole view comes as the server's
 * overview: the plain graph when it fits the element budget, else measures
 * grouped by owner and status, expanded on click. A focus
 * shows individuals, laid out in the layout worker.
 */
import { subgraphElements } from '../../graph/index.ts';
import { GroupPanel, isGroupId, LOD_INITIAL, lodKey, lodParams, lodStatus, loadLod, reduceLod, type LodAction, type LodData, type LodSlice } from '../shared/overview.tsx';
import { kindsBlocks, measureEdgesBlock, statusesBlock } from '../shared/legend.ts';
import { defineView, type ViewPanelProps } from '../types.ts';

type Props = ViewPanelProps<LodSlice, LodData, null, LodAction>;

/** The chosen group: its members and "expand". */
function Top({ api, data, slice, selection, act, focus, select }: Props) {
  const id = selection?.type === 'node' && isGroupId(selection.id) ? selection.id : null;
  const group = id ? data?.overview?.groups.find((g) => g.id === id) : undefined;
  if (!id || !group) return null;
  return (
    <GroupPanel
      api={api}
      groupId={id}
      label={group.label}
      memberCount={group.memberCount}
      measures={group.grouping === 'OWNER_STATUS'}
      expanded={slice.expand.includes(id)}
      onExpand={() => {
        act({ type: 'expandGroup', id });
        select(null);
      }}
      onCollapse={() => act({ type: 'collapseGroup', id })}
      onMember={focus}
      onClose={() => select(null)}
    />
  );
}

export const measuresView = defineView<LodSlice, LodData, null, LodAction>({
  id: 'measures',
  label: 'view.measures',
  help: 'view.measures.help',
  slice: { initial: LOD_INITIAL, params: lodParams('tx'), reduce: reduceLod },
  dataKey: (state, slice) => lodKey('MEASURES', state, slice),
  load: (api, state, slice, signal) => loadLod(api, 'MEASURES', state, slice, signal),
  graph: (d) => d.graph,
  elements: ({ data, env }) => (data ? subgraphElements(data.graph, { colors: env.colors }, 'measures') : []),
  layout: () => 'pick',
  status: ({ data, env }) => lodStatus(data, env.t),
  legend: ({ env }, present) => [statusesBlock(env.t), ...kindsBlocks(env.t, present.kinds), measureEdgesBlock(env.t)],
  filters: ['sectors', 'levels', 'kinds', 'statuses', 'documents'],
  table: () => ({ view: 'measures', columns: { layout: 'graph', typeColumn: 'status' }, matrix: null }),
  printFacts: ({ data, env }) => {
    const status = lodStatus(data, env.t);
    return status ? [{ label: env.t('print.lod'), value: status }] : [];
  },
  focusable: true,
  homeOf: ['Measure'],
  lists: [],
  Top,
});
