/**
 * The one interface every explorer view implements (issue 14.1). A view is a
 * module in `views/<id>/` registered with one line in `views/index.ts`; the
 * app shell, the URL code, the reducer, the legend, the sidebar, the table
 * twin and the printed facts look the current view up in that list and never
 * branch on which view it is. Precedents: excalidraw's action registry,
 * gephi-lite's layout collection.
 */
import type { ComponentType } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { ApiClient, Overlap, Sector, Subgraph, SystemMatrix } from '../api/index.ts';
import type { FilterKey } from '../state/reducer.ts';
import type { ExplorerState, Selection } from '../state/state.ts';
import type { ParamSchema } from '../state/url-schema.ts';
import type { Lang, MessageKey, Translate } from '../i18n/index.ts';
import type { PrintFact } from '../components/PrintSheet.tsx';
import type { ExportGraph } from '../export/model.ts';
import type { TableData } from '../components/TableView.tsx';

/** What the pure parts of a view get besides their data. */
export interface ViewEnv {
  lang: Lang;
  t: Translate;
  /** Colour of each sector id. */
  colors: Map<string, string>;
  /** Sector ids in table order. */
  sectorOrder: readonly string[];
  /** The sectors, for legends. */
  sectors: readonly Sector[];
  presenting: boolean;
  /** Canvas label scale (projector mode, presentations). */
  textScale: number;
  /** The canvas's size in screen pixels, for a view that lays itself out for it (`fitsCanvas`); null until measured. */
  canvas?: { width: number; height: number } | null;
}

/** Everything a view's pure functions and panels read: state, its own slice, its data and extras. */
export interface ViewRun<S, D, X> {
  state: ExplorerState;
  slice: S;
  data: D | null;
  /** The view's extra data, null until loaded (or when it has none). */
  extra: X | null;
  env: ViewEnv;
}

/** A view's own part of the state: its initial value, its URL parameters, and its reducer. */
export interface ViewSlice<S, A> {
  initial: S;
  /** Declarative URL parameters of the slice (see state/url-schema.ts). */
  params: ParamSchema<S>;
  reduce(slice: S, action: A): S;
}

/** An icon in a legend or filter row. */
export type LegendIcon =
  | { swatch: string; dashed?: boolean }
  | { shape: string; stroke?: string }
  | { line: string; dash?: number[]; color?: string; width?: number; arrow?: boolean };

export interface LegendItem {
  icon?: LegendIcon;
  label: string;
  muted?: boolean;
}

/** One block of the legend: a heading and its rows. */
export interface LegendBlock {
  title?: string;
  items: LegendItem[];
}

/** What the table twin (TableView) needs from a view; the shell adds elements, filters and selection. */
export interface ViewTableProps {
  /** The view's id. */
  view: string;
  /** The part of the view on show, when it has parts. */
  section?: 'brokers' | 'gaps' | 'unclear' | null;
  /** How the node table reads: the matrix's cells, or nodes with a kind or a status column. */
  columns: { layout: 'matrix' | 'graph'; typeColumn: 'kind' | 'status' };
  matrix: SystemMatrix | null;
  /** The parts of the view's data with ranked tables of their own. */
  data?: TableData | null;
  minScore?: number;
  pair?: Overlap | null;
  onPair?(pair: { a: string; b: string }): void;
}

/** Props of a view's panels (side list, strip above the canvas, toolbar controls). */
export interface ViewPanelProps<S, D, X, A> extends ViewRun<S, D, X> {
  loading: boolean;
  /** Dispatches one of the view's own actions; `show` also switches to the view. */
  act(action: A, show?: boolean): void;
  /** Selects a node and centres the canvas on it. */
  selectNode(id: string): void;
  /** Clears or sets the selection. */
  select(selection: Selection | null): void;
  /** Focuses a node: its neighbourhood, as individuals. */
  focus(id: string): void;
  selection: Selection | null;
  api: ApiClient;
}

/** Which layout a view's elements get: their own positions, or the layout the user picks (force-directed, by level, by sector). */
export type ViewLayout = 'preset' | 'pick';

export interface ViewModule<S = unknown, D = unknown, X = unknown, A = unknown> {
  /** The id in the URL (`v=`) and in test ids (`tab-<id>`). */
  id: string;
  label: MessageKey;
  help: MessageKey;
  /** A longer title when the view has parts (brokers: "Meglere og hull · Sektorhull"). */
  title?(slice: S, t: Translate): string;
  slice: ViewSlice<S, A>;
  /** Cache key of the data the state needs (filters are applied client-side and are not in it). */
  dataKey(state: ExplorerState, slice: S): string;
  load(api: ApiClient, state: ExplorerState, slice: S, signal: AbortSignal): Promise<D>;
  /**
   * Data that follows client-side choices (the overlapping pair on show):
   * its cache key (null: nothing to load) and its loader. The run's `extra`
   * is null until it has loaded.
   */
  extra?: {
    key(run: Omit<ViewRun<S, D, null>, 'extra' | 'env'>): string | null;
    load(api: ApiClient, run: Omit<ViewRun<S, D, null>, 'extra' | 'env'> & { data: D }, signal: AbortSignal): Promise<X>;
  };
  /** The coordination network behind the view, for labels and selections (empty when it has none). */
  graph(data: D): Subgraph | null;
  /** Elements before layout; with `layout(slice) === 'preset'` they carry positions. */
  elements(run: ViewRun<S, D, X>): ElementDefinition[];
  layout(slice: S): ViewLayout;
  /**
   * The view lays its elements out for the canvas's size (the matrix): its `elements` get `env.canvas`, and run
   * again, and the canvas fits again, when the canvas changes size (a panel opens or closes, the window resizes).
   */
  fitsCanvas?: boolean;
  /** Canvas label scale in a presentation, when the view's boxes are sized for its own font (the matrix: 1). */
  presentFontScale?: number;
  /** A class on the stage body, for view-specific styles. */
  className?(slice: S): string;
  /** Marks put on after the layout (so sizing never moves a node). */
  decorate?(positioned: ElementDefinition[], run: ViewRun<S, D, X>): ElementDefinition[];
  /** A strip of text above the canvas's count (what is aggregated and how to see more). */
  status?(run: ViewRun<S, D, X>): string | null;
  legend(run: ViewRun<S, D, X>, present: { kinds: ReadonlySet<string> }): LegendBlock[];
  /** The filter groups the sidebar offers; empty when the view has its own side panel instead. */
  filters: readonly FilterKey[];
  /** The table twin's view-specific tables (ranked lists, the matrix) and columns. */
  table(run: ViewRun<S, D, X>, act: (action: A, show?: boolean) => void): ViewTableProps;
  /** The view's own facts on a printed handout (the shell adds counts, focus, selection and filters). */
  printFacts(run: ViewRun<S, D, X>): PrintFact[];
  /** What data exports carry when it is not the canvas's elements (the overlaps view: every pair it lists). */
  exportGraph?(run: ViewRun<S, D, X>): ExportGraph | null;
  /** Focus and "expand neighbours" stay in this view (else they open the home view of actors). */
  focusable: boolean;
  /** Node types (`__typename`) this view is the home of: a search hit not on the canvas opens it. */
  homeOf: readonly string[];
  /** Node types the view lists in full: choosing one in search never leaves the view. */
  lists: readonly string[];
  Side?: ComponentType<ViewPanelProps<S, D, X, A>>;
  Top?: ComponentType<ViewPanelProps<S, D, X, A>>;
  Tools?: ComponentType<ViewPanelProps<S, D, X, A>>;
}

/** A view module with its type parameters erased, as the registry holds them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyView = ViewModule<any, any, any, any>;

/** Identity with inference: `defineView({...})` checks a module against the interface. */
export function defineView<S, D, X, A>(view: ViewModule<S, D, X, A>): ViewModule<S, D, X, A> {
  return view;
}
