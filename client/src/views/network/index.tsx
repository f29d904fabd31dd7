/**
 * Samarbeidsnettverk: bodies coloured by sector, linked by the coordination the
 * sources state. A whole view comes as the server's overview with its
 * positions: the plain network when it fits the element budget, else groups
 * by level and sector with their links summed, expanded on demand. A focus
 * shows individuals, laid out in the layout worker.
 */
import { subgraphElements } from '../../graph/index.ts';
import { GroupPanel, isGroupId, LOD_INITIAL, lodKey, lodParams, lodStatus, loadLod, reduceLod, type LodAction, type LodData, type LodSlice } from '../shared/overview.tsx';
import { coordinationBlock, kindsBlocks, sectorsBlock } from '../shared/legend.ts';
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
      measures={false}
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

export const networkView = defineView<LodSlice, LodData, null, LodAction>({
  id: 'network',
  label: 'view.network',
  help: 'view.network.help',
  slice: { initial: LOD_INITIAL, params: lodParams('nx'), reduce: reduceLod },
  dataKey: (state, slice) => lodKey('NETWORK', state, slice),
  load: (api, state, slice, signal) => loadLod(api, 'NETWORK', state, slice, signal),
  graph: (d) => d.graph,
  elements: ({ data, env }) => (data ? subgraphElements(data.graph, { colors: env.colors }, 'network') : []),
  layout: () => 'pick',
  status: ({ data, env }) => lodStatus(data, env.t),
  legend: ({ env }, present) => [sectorsBlock(env.t, env.lang, env.sectors, env.colors), ...kindsBlocks(env.t, present.kinds), coordinationBlock(env.t)],
  filters: ['sectors', 'levels', 'kinds', 'coordKinds', 'documents'],
  table: () => ({ view: 'network', columns: { layout: 'graph', typeColumn: 'kind' }, matrix: null }),
  printFacts: ({ data, env }) => {
    const status = lodStatus(data, env.t);
    return status ? [{ label: env.t('print.lod'), value: status }] : [];
  },
  focusable: true,
  homeOf: ['Actor'],
  lists: [],
  Top,
});
