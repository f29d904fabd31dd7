/**
 * The explorer's views, in tab order. A new view is one folder under views/
 * and one line here; the shell, the URL, the reducer, the legend, the sidebar,
 * the table twin and the printed facts find it in this list.
 */
import type { AnyView } from './types.ts';
import { matrixView } from './matrix/index.tsx';
import { networkView } from './network/index.tsx';
import { measuresView } from './measures/index.tsx';
import { overlapsView } from './overlaps/index.tsx';
import { brokersView } from './brokers/index.tsx';

export const VIEW_LIST: readonly AnyView[] = [matrixView, networkView, measuresView, overlapsView, brokersView];

export type { AnyView, LegendBlock, LegendIcon, LegendItem, ViewTableProps, ViewEnv, ViewModule, ViewPanelProps, ViewRun } from './types.ts';
