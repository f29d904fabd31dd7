/**
 * The explorer: state in a reducer mirrored in the URL, data through the API
 * client, and the pure element builders feeding the one GraphCanvas. A story
 * (a sequence of saved scenes) is built in the story panel and presented full
 * screen; each scene is an explorer state restored through the same reducer.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ElementDefinition } from 'cytoscape';
import type { ApiClient, Evidence, NodeSummary, Overlap, Subgraph } from '../api/index.ts';
import { contextEvidence, effortOwners, findOverlap, pairKey, paragraphAround } from '../analysis/index.ts';
import {
  activeFilterCount,
  applyFilters,
  layoutPositions,
  LAYOUTS,
  matrixElements,
  overlapElements,
  pathOverlay,
  sectorGapElements,
  summaryLabel,
  sectorColors,
  subgraphElements,
  withBrokers,
  withFlags,
  withPositions,
  type LayoutName,
} from '../graph/index.ts';
import { exportBaseName, exportModel, downloadBlob, downloadText, toCsv, toGexf, toGraphml, toJson } from '../export/index.ts';
import { localName, translator, type MessageKey } from '../i18n/index.ts';
import { decodeState, encodeState, reducer, VIEWS, type Depth, type ExplorerState, type Selection, type ViewName } from '../state/index.ts';
import {
  BUILTIN_STORIES,
  builtinStory,
  decodeStoryLink,
  emptyStory,
  encodeStoryLink,
  restoreStory,
  sceneFromState,
  stateFromScene,
  storyFileName,
  storyFromHash,
  storyToJson,
  StoryError,
  studioReducer,
  type Story,
  type StudioState,
} from '../stories/index.ts';
import { BrokersPanel } from '../components/BrokersPanel.tsx';
import { DetailsPanel, type EdgeDetails } from '../components/DetailsPanel.tsx';
import { DocumentView } from '../components/DocumentView.tsx';
import { ExportMenu, type ExportFormat } from '../components/ExportMenu.tsx';
import { FilterSidebar } from '../components/FilterSidebar.tsx';
import { GapTable } from '../components/GapTable.tsx';
import { GraphCanvas, type GraphCanvasHandle } from '../components/GraphCanvas.tsx';
import { Legend } from '../components/Legend.tsx';
import { OverlapDetail } from '../components/OverlapDetail.tsx';
import { OverlapsPanel } from '../components/OverlapsPanel.tsx';
import { PathPicker, PathResult } from '../components/PathPanel.tsx';
import { PresentControls, PresentHeader } from '../components/PresentBar.tsx';
import { PrintSheet } from '../components/PrintSheet.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { StoryPanel } from '../components/StoryPanel.tsx';
import { TableView } from '../components/TableView.tsx';
import { I18nContext } from './i18n-context.ts';
import { loadView, viewKey } from './load-view.ts';
import { printFacts } from './print-facts.ts';
import { clearAsyncCache, useAsync } from './use-async.ts';
import { usePresentation } from './use-presentation.ts';

const VIEW_LABEL: Record<ViewName, MessageKey> = {
  matrix: 'view.matrix',
  network: 'view.network',
  measures: 'view.measures',
  overlaps: 'view.overlaps',
  brokers: 'view.brokers',
};
const VIEW_HELP: Record<ViewName, MessageKey> = {
  matrix: 'view.matrix.help',
  network: 'view.network.help',
  measures: 'view.measures.help',
  overlaps: 'view.overlaps.help',
  brokers: 'view.brokers.help',
};
/** Views whose side list takes the filter sidebar's place. */
const OWN_SIDE: ReadonlySet<ViewName> = new Set(['overlaps', 'brokers']);
/** Canvas label scale in a presentation, for a projector at 1920×1080 (the matrix's boxes are sized for its own font). */
const PRESENT_FONT_SCALE = 1.45;

/** A subgraph without its unlinked nodes. */
function linkedOnly(g: Subgraph): Subgraph {
  const linked = new Set(g.edges.flatMap((e) => [e.source, e.target]));
  return { ...g, nodes: g.nodes.filter((n) => linked.has(n.id)) };
}

/** The state and studio a page load starts from: a built-in story (`?story=id&scene=n`) or the URL's state. */
function initialState(): { state: ExplorerState; studio: StudioState } {
  const params = new URLSearchParams(window.location.search);
  const base = decodeState(window.location.search);
  const story = builtinStory(params.get('story'));
  const index = Math.max(0, (Number.parseInt(params.get('scene') ?? '1', 10) || 1) - 1);
  if (story) {
    const i = Math.min(index, story.scenes.length - 1);
    return { state: stateFromScene(story.scenes[i], base), studio: { story, index: i, presenting: true, panelOpen: false } };
  }
  return { state: base, studio: { story: emptyStory(translator(base.lang)('story.untitled')), index: -1, presenting: false, panelOpen: false } };
}

export function App({ api }: { api: ApiClient }) {
  const [initial] = useState(initialState);
  const [state, dispatch] = useReducer(reducer, initial.state);
  const [studio, studioDispatch] = useReducer(studioReducer, initial.studio);
  const [reload, setReload] = useState(0);
  const [copied, setCopied] = useState(false);
  const [storyCopied, setStoryCopied] = useState(false);
  const [storyMessage, setStoryMessage] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const [printImage, setPrintImage] = useState('');
  const canvas = useRef<GraphCanvasHandle>(null);
  const pendingCenter = useRef<string | null>(null);
  const i18n = useMemo(() => ({ lang: state.lang, t: translator(state.lang) }), [state.lang]);
  const { t, lang } = i18n;
  const presenting = studio.presenting && studio.story.scenes.length > 0;
  const scene = presenting ? studio.story.scenes[studio.index] ?? null : null;

  // URL ↔ state. While presenting, the URL names the story and scene instead.
  const previous = useRef<ExplorerState>(state);
  const storyHash = useRef<string>(window.location.hash);
  // A story in the link's hash is decoded after the first render; until then the URL is left as it came.
  const [linkedStory, setLinkedStory] = useState(() => storyFromHash(window.location.hash));
  useEffect(() => {
    if (linkedStory) return;
    let url: string;
    if (presenting) {
      const sceneParam = `scene=${studio.index + 1}`;
      url = studio.story.id
        ? `${window.location.pathname}?story=${encodeURIComponent(studio.story.id)}&${sceneParam}`
        : `${window.location.pathname}?${sceneParam}${storyHash.current}`;
    } else {
      const qs = encodeState(state);
      url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    }
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      const prev = previous.current;
      const big = prev.view !== state.view || prev.selection?.id !== state.selection?.id;
      if (big) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    previous.current = state;
    window.__samkart = { ...(window.__samkart ?? {}), state, studio: { presenting, index: studio.index, scenes: studio.story.scenes.length } };
    document.documentElement.lang = state.lang;
    // Sizes are in rem, so projector mode and presentations scale the root font.
    document.documentElement.classList.toggle('large-text', state.largeText);
    document.documentElement.classList.toggle('presenting', presenting);
  }, [state, presenting, studio.index, studio.story, linkedStory]);
  const presentingRef = useRef(presenting);
  presentingRef.current = presenting;
  useEffect(() => {
    const onPop = () => {
      // In a presentation, Back and Forward move between scenes.
      const sceneParam = new URLSearchParams(window.location.search).get('scene');
      if (presentingRef.current && sceneParam) studioDispatch({ type: 'goto', index: (Number.parseInt(sceneParam, 10) || 1) - 1 });
      else dispatch({ type: 'restore', state: decodeState(window.location.search) });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // A story in the link's hash (#story=…) opens as a presentation.
  useEffect(() => {
    if (!linkedStory) return;
    let live = true;
    decodeStoryLink(linkedStory).then(
      (story) => {
        if (!live) return;
        const n = Number.parseInt(new URLSearchParams(window.location.search).get('scene') ?? '1', 10) || 1;
        studioDispatch({ type: 'load', story, index: n - 1, present: true });
        setLinkedStory(null);
      },
      (err: unknown) => {
        if (!live) return;
        storyHash.current = '';
        setStoryMessage({ kind: 'error', text: storyErrorText(err) });
        studioDispatch({ type: 'togglePanel', open: true });
        setLinkedStory(null);
      },
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [linkedStory]);

  // The scene on show sets the explorer's state (language and display settings stay the viewer's).
  const viewer = useRef(state);
  viewer.current = state;
  const sceneKey = scene ? `${scene.id}|${scene.state}|${scene.highlights.join(',')}` : '';
  useEffect(() => {
    if (!scene) return;
    dispatch({ type: 'restore', state: stateFromScene(scene, viewer.current) });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [sceneKey]);

  function storyErrorText(err: unknown): string {
    if (err instanceof StoryError) return t('story.error', { reason: t(`story.error.${err.code}` satisfies MessageKey, { n: err.scene ?? '' }) });
    return t('story.error', { reason: String((err as Error)?.message ?? err) });
  }

  // Data.
  const meta = useAsync('meta', (s) => api.meta(s), reload);
  const viewData = useAsync(viewKey(state), (s) => loadView(api, state, s), reload);
  const colors = useMemo(() => sectorColors((meta.data?.sectors ?? viewData.data?.matrix?.sectors ?? []).map((s) => s.id)), [meta.data, viewData.data]);
  const sectorOrder = useMemo(() => (meta.data?.sectors ?? []).map((s) => s.id), [meta.data]);

  // The overlapping pair on show: the chosen one, else the best above the minimum.
  const overlaps = state.view === 'overlaps' ? viewData.data?.overlaps ?? null : null;
  const pair = useMemo<Overlap | null>(() => {
    if (!overlaps) return null;
    if (state.overlap) return findOverlap(overlaps, state.overlap);
    return overlaps.find((o) => o.score >= state.minScore - 1e-9) ?? null;
  }, [overlaps, state.overlap, state.minScore]);
  const ownerIds = useMemo(() => (pair ? [...new Set([...effortOwners(pair.a), ...effortOwners(pair.b)].map((a) => a.id))].sort() : []), [pair]);
  const pairCoordination = useAsync(ownerIds.length > 1 ? `coord|${ownerIds.join(',')}` : null, (s) => api.coordination(ownerIds, s), reload);
  // An initiative without a description is shown by the paragraph that names it.
  const contextKey = pair ? [pair.a, pair.b].map((e) => contextEvidence(e)).map((ev) => (ev ? `${ev.document.id}@${ev.start}-${ev.end}` : '')).join('|') : '';
  const pairContext = useAsync(
    contextKey.replace(/\|/g, '') ? `context|${contextKey}` : null,
    async (s) => {
      const out: Record<'a' | 'b', string | null> = { a: null, b: null };
      for (const side of ['a', 'b'] as const) {
        const ev = contextEvidence(pair![side]);
        if (!ev) continue;
        const doc = await api.document(ev.document.id, s);
        out[side] = doc ? paragraphAround(doc.text, ev.start, ev.end) : null;
      }
      return out;
    },
    reload,
  );

  const section = state.view === 'brokers' ? state.section : null;
  const base = useMemo<ElementDefinition[]>(() => {
    const d = viewData.data;
    if (!d) return [];
    if (state.view === 'matrix' && d.matrix) {
      return matrixElements(d.matrix, { colors, lang, network: d.graph, showLinks: state.showLinks, otherLabel: t('matrix.other') });
    }
    if (state.view === 'overlaps') {
      if (!pair || (ownerIds.length > 1 && !pairCoordination.data)) return [];
      return overlapElements(pair, pairCoordination.data ?? [], {
        colors,
        textScale: presenting ? PRESENT_FONT_SCALE : state.largeText ? 1.3 : 1,
        network: d.graph,
        labels: { overlap: (n) => t('overlaps.edge.overlap', { n }), link: (n) => t('overlaps.edge.link', { n }), noLink: t('overlaps.edge.noLink') },
      });
    }
    if (section === 'gaps') return d.gaps ? sectorGapElements(d.gaps, { colors, lang }) : [];
    // Brokers sit in the linked part of the network; bodies without a link broker nothing.
    if (section === 'brokers') return subgraphElements(linkedOnly(d.graph), { colors }, 'network');
    return subgraphElements(d.graph, { colors }, state.view === 'measures' || section === 'unclear' ? 'measures' : 'network');
  }, [viewData.data, state.view, section, state.showLinks, colors, lang, t, pair, ownerIds, pairCoordination.data, presenting, state.largeText]);

  const pathKey = state.path.from && state.path.to && state.path.from !== state.path.to ? `path|${state.path.from}|${state.path.to}` : null;
  const path = useAsync(pathKey, (s) => api.path(state.path.from!, state.path.to!, 6, s), reload);
  const presetPositions = state.view === 'matrix' || state.view === 'overlaps' || section === 'gaps';
  const overlay = useMemo(() => pathOverlay(base, path.data, !presetPositions), [base, path.data, presetPositions]);

  const positioned = useMemo<ElementDefinition[]>(() => {
    const all = [...base, ...overlay.extra];
    if (presetPositions) return all;
    return withPositions(all, layoutPositions(all, state.layout, sectorOrder));
  }, [base, overlay.extra, presetPositions, state.layout, sectorOrder]);
  // Brokers and flags decorate the laid-out graph, so sizing by betweenness never moves a node.
  const elements = useMemo<ElementDefinition[]>(() => {
    const d = viewData.data;
    if (section === 'brokers' && d?.brokers) return withBrokers(positioned, d.brokers, state.sizeBy);
    if (section === 'unclear' && d?.flags) return withFlags(positioned, d.flags);
    return positioned;
  }, [positioned, section, viewData.data, state.sizeBy]);

  const structureKey = useMemo(
    () => `${state.view}|${section ?? ''}|${state.sizeBy}|${state.layout}|${lang}|${elements.map((e) => e.data.id as string).join(',')}`,
    [elements, state.view, section, state.sizeBy, state.layout, lang],
  );
  const lit = useMemo(() => (activeFilterCount(state.filters) > 0 ? applyFilters(elements, state.filters) : null), [elements, state.filters]);
  const spot = useMemo(() => new Set(state.highlights), [state.highlights]);

  const refLabel = useMemo(() => {
    const m = new Map<string, string>();
    for (const e of elements) if (e.group === 'nodes' && typeof e.data.ref === 'string' && typeof e.data.type === 'string') m.set(e.data.ref, (e.data.short as string | undefined) ?? (e.data.label as string));
    for (const n of viewData.data?.graph.nodes ?? []) if (!m.has(n.id)) m.set(n.id, n.data.label);
    for (const n of path.data?.nodes ?? []) if (!m.has(n.id)) m.set(n.id, summaryLabel(n));
    return m;
  }, [elements, viewData.data, path.data]);
  const [extraLabels, setExtraLabels] = useState<Record<string, string>>({});
  const labelOf = useCallback((id: string) => refLabel.get(id) ?? extraLabels[id] ?? id.replace(/^[a-z]+:/, ''), [refLabel, extraLabels]);

  // Selection details.
  const sel = state.selection;
  const edgeEl = sel?.type === 'edge' ? elements.find((e) => e.group === 'edges' && e.data.ref === sel.id) : undefined;
  const edgeInfo = useMemo(() => {
    if (!edgeEl) return null;
    const src = elements.find((e) => e.data.id === edgeEl.data.source)?.data.ref as string | undefined;
    const tgt = elements.find((e) => e.data.id === edgeEl.data.target)?.data.ref as string | undefined;
    return src && tgt ? { type: edgeEl.data.type as string, source: src, target: tgt } : null;
  }, [edgeEl, elements]);
  const nodeDetails = useAsync(sel?.type === 'node' ? `node|${sel.id}` : null, (s) => api.node(sel!.id, s), reload);
  const edgeKey = edgeInfo ? `edge|${edgeInfo.type}|${edgeInfo.source}|${edgeInfo.target}` : null;
  const edgeDetails = useAsync<EdgeDetails | null>(
    edgeKey,
    async (s) => {
      const e = edgeInfo!;
      if (e.type === 'COORDINATES_WITH') {
        const list = await api.coordination([e.source, e.target], s);
        const c = list.find((x) => (x.source.id === e.source && x.target.id === e.target) || (x.source.id === e.target && x.target.id === e.source)) ?? null;
        return { kind: 'coordination', source: e.source, target: e.target, coordination: c };
      }
      return { kind: 'relation', type: e.type, source: e.source, target: e.target, path: await api.path(e.source, e.target, 1, s) };
    },
    reload,
  );
  const doc = useAsync(state.document ? `doc|${state.document.id}` : null, (s) => api.document(state.document!.id, s), reload);

  const inView = !!sel && elements.some((e) => e.data.ref === sel.id);

  // Centre on a node chosen in search or in the table, once it is on the canvas.
  useEffect(() => {
    const id = pendingCenter.current;
    if (id && elements.some((e) => e.data.ref === id)) {
      pendingCenter.current = null;
      requestAnimationFrame(() => canvas.current?.center(id));
    }
  }, [structureKey, elements, state.selection]);

  const select = useCallback((selection: Selection | null) => dispatch({ type: 'select', selection }), []);
  const selectAndCenter = useCallback((selection: Selection) => {
    pendingCenter.current = selection.id;
    dispatch({ type: 'select', selection });
  }, []);

  const search = useCallback((text: string, signal: AbortSignal) => api.search(text, 10, signal), [api]);
  const chooseNode = useCallback(
    (n: NodeSummary) => {
      const refs = new Set(elements.map((e) => e.data.ref as string));
      let view = state.view;
      if (n.__typename === 'Measure' && !refs.has(n.id)) view = 'measures';
      else if (n.__typename === 'Actor' && !refs.has(n.id) && view !== 'matrix') view = 'network';
      if (view !== state.view) dispatch({ type: 'setView', view });
      else if (state.focus && !refs.has(n.id)) dispatch({ type: 'clearFocus' });
      pendingCenter.current = n.id;
      dispatch({ type: 'select', selection: { type: 'node', id: n.id } });
    },
    [elements, state.view, state.focus],
  );
  const pickPathEnd = useCallback((end: 'from' | 'to', n: NodeSummary) => {
    const label = n.__typename === 'Actor' ? n.abbreviation || n.name : n.__typename === 'Measure' ? `Tiltak ${n.number}` : 'name' in n ? n.name : n.title;
    setExtraLabels((x) => ({ ...x, [n.id]: label }));
    dispatch({ type: 'setPathEnd', end, id: n.id });
  }, []);
  const openEvidence = useCallback((e: Evidence) => dispatch({ type: 'openDocument', document: { id: e.document.id, start: e.start, end: e.end } }), []);
  const closeDocument = useCallback(() => dispatch({ type: 'closeDocument' }), []);

  const onExport = async (format: ExportFormat) => {
    const name = exportBaseName(state.view);
    const title = `Samkart – ${t(VIEW_LABEL[state.view])}`;
    if (format === 'png') {
      const blob = await canvas.current?.png();
      if (blob) downloadBlob(`${name}.png`, blob);
      return;
    }
    if (format === 'svg') {
      const svg = canvas.current?.svg(title);
      if (svg) downloadText(`${name}.svg`, svg, 'image/svg+xml');
      return;
    }
    const model = exportModel(elements, lit ? new Set([...lit.nodes, ...lit.edges]) : null);
    if (format === 'csv') downloadText(`${name}.csv`, toCsv(model), 'text/csv');
    else if (format === 'graphml') downloadText(`${name}.graphml`, toGraphml(model), 'application/graphml+xml');
    else if (format === 'gexf') downloadText(`${name}.gexf`, toGexf(model), 'application/gexf+xml');
    else downloadText(`${name}.json`, toJson(model), 'application/json');
  };

  const copyText = async (text: string, done: (v: boolean) => void) => {
    try {
      await navigator.clipboard.writeText(text);
      done(true);
      setTimeout(() => done(false), 1800);
    } catch {
      done(false);
    }
  };

  // Stories.
  const { enterFullscreen, exitFullscreen } = usePresentation(presenting, {
    total: studio.story.scenes.length,
    onStep: (by) => studioDispatch({ type: 'step', by }),
    onGoto: (index) => studioDispatch({ type: 'goto', index }),
    onExit: () => {
      exitFullscreen();
      studioDispatch({ type: 'exit' });
    },
  });
  const present = (index?: number, story?: Story) => {
    if (story) studioDispatch({ type: 'load', story, index: index ?? 0, present: true });
    else studioDispatch({ type: 'present', index });
    enterFullscreen();
  };
  const exitPresentation = () => {
    exitFullscreen();
    studioDispatch({ type: 'exit' });
  };
  const onPresentButton = () => {
    if (studio.story.scenes.length > 0) present(Math.max(0, studio.index));
    else present(0, BUILTIN_STORIES[0]);
  };
  const loadStory = (story: Story) => {
    studioDispatch({ type: 'load', story, index: 0 });
    setStoryMessage({ kind: 'info', text: t('story.loaded', { title: story.title || t('story.untitled'), n: story.scenes.length }) });
    dispatch({ type: 'restore', state: stateFromScene(story.scenes[0], state) });
  };
  const addScene = () => {
    const title = state.selection ? `${t(VIEW_LABEL[state.view])}: ${labelOf(state.selection.id)}` : t(VIEW_LABEL[state.view]);
    const { id: _id, ...scene } = sceneFromState(state, { id: '', title });
    studioDispatch({ type: 'addScene', scene });
    setStoryMessage(null);
  };
  const updateScene = (id: string) => {
    const { state: s, highlights } = sceneFromState(state, { id, title: '' });
    studioDispatch({ type: 'updateScene', id, patch: { state: s, highlights } });
  };
  const showScene = (index: number) => {
    const s = studio.story.scenes[index];
    if (!s) return;
    studioDispatch({ type: 'goto', index });
    dispatch({ type: 'restore', state: stateFromScene(s, state) });
  };
  const openStoryFile = async (file: File) => {
    try {
      loadStory(restoreStory(await file.text()));
    } catch (err) {
      setStoryMessage({ kind: 'error', text: storyErrorText(err) });
    }
  };
  const shareStory = async () => {
    const value = await encodeStoryLink(studio.story);
    const url = `${window.location.origin}${window.location.pathname}?scene=1#story=${value}`;
    await copyText(url, setStoryCopied);
  };

  // Print: the canvas as an image, made just before the print dialog.
  const capturePrintImage = useCallback(() => {
    const image = canvas.current?.pngDataUrl() ?? '';
    flushSync(() => setPrintImage(image));
  }, []);
  useEffect(() => {
    window.addEventListener('beforeprint', capturePrintImage);
    return () => window.removeEventListener('beforeprint', capturePrintImage);
  }, [capturePrintImage]);
  const printScene = () => {
    capturePrintImage();
    window.print();
  };

  const kindsPresent = useMemo(() => new Set(elements.map((e) => e.data.kind as string).filter(Boolean)), [elements]);
  const sectorName = useCallback((id: string) => {
    const s = meta.data?.sectors.find((x) => x.id === id);
    return s ? localName(s, lang) : id;
  }, [meta.data, lang]);
  const levelName = useCallback((id: string) => {
    const l = meta.data?.levels.find((x) => x.id === id);
    return l ? localName(l, lang) : id;
  }, [meta.data, lang]);
  const nodeCount = elements.filter((e) => e.group === 'nodes' && typeof e.data.type === 'string').length;
  const edgeCount = elements.filter((e) => e.group === 'edges').length;
  const litNodes = lit ? [...lit.nodes].filter((id) => elements.some((e) => e.data.id === id && typeof e.data.type === 'string')).length : nodeCount;
  const error = viewData.error ?? meta.error;

  const onTabKey = (e: React.KeyboardEvent, i: number) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = VIEWS[(i + (e.key === 'ArrowRight' ? 1 : VIEWS.length - 1)) % VIEWS.length];
    dispatch({ type: 'setView', view: next });
    document.getElementById(`tab-${next}`)?.focus();
  };

  const focusName = state.focus ? labelOf(state.focus.id) : '';
  const ownSide = OWN_SIDE.has(state.view);
  const showSidebar = state.sidebarOpen && !ownSide && !presenting;
  const viewTitle = section ? `${t(VIEW_LABEL[state.view])} · ${t(`brokers.section.${section}` satisfies MessageKey)}` : t(VIEW_LABEL[state.view]);
  const facts = printFacts({
    t,
    lang,
    state,
    viewLabel: viewTitle,
    nodes: lit ? litNodes : nodeCount,
    edges: lit ? lit.edges.size : edgeCount,
    labelOf,
    pair,
    data: viewData.data,
  });

  let side: React.ReactNode = null;
  let top: React.ReactNode = null;
  if (state.view === 'overlaps') {
    if (!presenting) {
      side = (
        <OverlapsPanel
          overlaps={overlaps}
          loading={viewData.loading}
          minScore={state.minScore}
          selected={pair ? { a: pair.a.id, b: pair.b.id } : null}
          onSelect={(p) => dispatch({ type: 'setOverlap', overlap: p })}
          onMinScore={(minScore) => dispatch({ type: 'setMinScore', minScore })}
        />
      );
    }
    top = pair ? (
      <OverlapDetail key={pairKey(pair.a.id, pair.b.id)} overlap={pair} coordination={pairCoordination.data} context={pairContext.data} onSelect={(id) => selectAndCenter({ type: 'node', id })} />
    ) : (
      overlaps && <p className="empty-hint stage-hint">{state.overlap ? t('overlaps.missingPair') : t('overlaps.none')}</p>
    );
  } else if (state.view === 'brokers') {
    if (!(presenting && state.section === 'gaps')) {
      side = (
        <BrokersPanel
          section={state.section}
          sizeBy={state.sizeBy}
          gapScope={state.gapScope}
          brokers={viewData.data?.brokers ?? null}
          gaps={viewData.data?.gaps ?? null}
          flags={viewData.data?.flags ?? null}
          loading={viewData.loading && !viewData.data}
          selection={state.selection}
          onSection={(s) => dispatch({ type: 'setSection', section: s })}
          onSizeBy={(s) => dispatch({ type: 'setSizeBy', sizeBy: s })}
          onGapScope={(s) => dispatch({ type: 'setGapScope', scope: s })}
          onSelect={(id) => selectAndCenter({ type: 'node', id })}
        />
      );
    }
    if (state.section === 'gaps' && viewData.data?.gaps) top = <GapTable matrix={viewData.data.gaps} colors={colors} />;
  }

  const canvasLabel = `${t('canvas.label', { view: viewTitle })}. ${t('canvas.summary', { nodes: nodeCount, edges: edgeCount })}`;
  return (
    <I18nContext.Provider value={i18n}>
      <div className={`app${state.largeText ? ' large-text' : ''}${showSidebar ? '' : ' sidebar-closed'}${presenting ? ' presenting' : ''}`}>
        <a href="#stage" className="skip-link">
          {t(VIEW_LABEL[state.view])}
        </a>
        {!presenting && (
          <header className="topbar">
            <div className="brand">
              <svg width="30" height="30" viewBox="0 0 32 32" aria-hidden="true">
                <rect width="32" height="32" rx="8" fill="#1D4ED8" />
                <path d="M10 11L22 11L16 22Z" fill="none" stroke="#fff" strokeOpacity="0.7" strokeWidth="1.5" />
                <circle cx="10" cy="11" r="4" fill="#fff" />
                <circle cx="22" cy="11" r="4" fill="#E69F00" />
                <circle cx="16" cy="22" r="4" fill="#56B4E9" />
              </svg>
              <div>
                <h1>{t('app.title')}</h1>
                <p className="tagline">{t('app.subtitle')}</p>
              </div>
            </div>
            <div className="tabs" role="tablist" aria-label={t('tabs.label')}>
              {VIEWS.map((v, i) => (
                <button
                  key={v}
                  id={`tab-${v}`}
                  type="button"
                  role="tab"
                  aria-selected={state.view === v}
                  aria-controls="stage"
                  tabIndex={state.view === v ? 0 : -1}
                  className="tab"
                  data-testid={`tab-${v}`}
                  onClick={() => dispatch({ type: 'setView', view: v })}
                  onKeyDown={(e) => onTabKey(e, i)}
                >
                  {t(VIEW_LABEL[v])}
                </button>
              ))}
            </div>
            <div className="topbar-search">
              <SearchBox label={t('search.label')} search={search} onChoose={chooseNode} testId="main-search" />
            </div>
            <div className="topbar-actions">
              <button type="button" className="toggle-button" aria-pressed={studio.panelOpen} onClick={() => studioDispatch({ type: 'togglePanel' })} data-testid="story-toggle">
                {t('story.button')}
              </button>
              <button type="button" className="present-start" title={t('story.presentLabel')} onClick={onPresentButton} data-testid="present-button">
                <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
                  <path d="M2.5 1.5v9l8-4.5z" fill="currentColor" />
                </svg>
                {t('story.present')}
              </button>
              <button type="button" className="toggle-button" aria-pressed={state.largeText} title={t('header.projectorLabel')} onClick={() => dispatch({ type: 'toggleLargeText' })}>
                {t('header.projector')}
              </button>
              <button type="button" className="toggle-button icon-toggle" aria-label={copied ? t('header.shared') : t('header.share')} title={copied ? t('header.shared') : t('header.share')} onClick={() => copyText(window.location.href, setCopied)}>
                <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                  {copied ? (
                    <path d="M3 8.5l3 3 7-7" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
                  ) : (
                    <path d="M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.6 3.6L10.6 8M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.6-3.6L5.4 8" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
                  )}
                </svg>
              </button>
              <button
                type="button"
                className="lang-button"
                lang={lang === 'nb' ? 'en' : 'nb'}
                aria-label={t('lang.toggleLabel')}
                onClick={() => dispatch({ type: 'setLang', lang: lang === 'nb' ? 'en' : 'nb' })}
                data-testid="lang-toggle"
              >
                {t('lang.toggle')}
              </button>
            </div>
          </header>
        )}

        {presenting && scene && <PresentHeader story={studio.story} scene={scene} index={studio.index} />}

        <div className="workspace">
          {showSidebar && (
            <FilterSidebar
              meta={meta.data}
              view={state.view}
              filters={state.filters}
              filterMode={state.filterMode}
              colors={colors}
              onToggle={(key, value) => dispatch({ type: 'toggleFilter', key, value })}
              onClear={() => dispatch({ type: 'clearFilters' })}
              onMode={(mode) => dispatch({ type: 'setFilterMode', mode })}
            >
              <PathPicker
                from={state.path.from}
                to={state.path.to}
                labelOf={labelOf}
                search={search}
                onPick={pickPathEnd}
                onClear={() => dispatch({ type: 'clearPath' })}
              />
            </FilterSidebar>
          )}

          <main className="stage" id="stage" role={presenting ? 'region' : 'tabpanel'} aria-labelledby={presenting ? undefined : `tab-${state.view}`} aria-label={presenting ? viewTitle : undefined} tabIndex={-1}>
            {!presenting && (
              <div className="stage-toolbar">
                {!ownSide && (
                  <button
                    type="button"
                    className="tool-button icon-only"
                    aria-expanded={state.sidebarOpen}
                    aria-label={state.sidebarOpen ? t('sidebar.collapse') : t('sidebar.expand')}
                    title={state.sidebarOpen ? t('sidebar.collapse') : t('sidebar.expand')}
                    onClick={() => dispatch({ type: 'toggleSidebar' })}
                  >
                    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
                      <path d="M2 3.5h12M4 8h8M6 12.5h4" stroke="currentColor" strokeWidth="1.7" strokeLinecap="round" />
                    </svg>
                  </button>
                )}
                <p className="view-help">
                  <strong>{t(VIEW_LABEL[state.view])}</strong> · {t(VIEW_HELP[state.view])}
                </p>
                <div className="toolbar-right">
                  {state.view === 'matrix' ? (
                    <label className="switch">
                      <input type="checkbox" checked={state.showLinks} onChange={() => dispatch({ type: 'toggleLinks' })} data-testid="links-toggle" />
                      <span>{t('matrix.showLinks')}</span>
                    </label>
                  ) : (
                    !presetPositions && (
                      <label className="select-label">
                        <span>{t('layout.label')}</span>
                        <select value={state.layout} onChange={(e) => dispatch({ type: 'setLayout', layout: e.target.value as LayoutName })} data-testid="layout-select">
                          {LAYOUTS.map((l) => (
                            <option key={l} value={l}>
                              {t(`layout.${l}`)}
                            </option>
                          ))}
                        </select>
                      </label>
                    )
                  )}
                  {!state.table && (
                    <div className="zoom-group" role="group" aria-label="Zoom">
                      <button type="button" className="tool-button icon-only" aria-label={t('canvas.zoomOut')} title={t('canvas.zoomOut')} onClick={() => canvas.current?.zoomBy(1 / 1.25)}>
                        −
                      </button>
                      <button type="button" className="tool-button" onClick={() => canvas.current?.fit()}>
                        {t('canvas.fit')}
                      </button>
                      <button type="button" className="tool-button icon-only" aria-label={t('canvas.zoomIn')} title={t('canvas.zoomIn')} onClick={() => canvas.current?.zoomBy(1.25)}>
                        +
                      </button>
                    </div>
                  )}
                  <button type="button" className="tool-button" aria-pressed={state.table} onClick={() => dispatch({ type: 'toggleTable' })} data-testid="table-toggle">
                    {state.table ? t('header.graph') : t('header.table')}
                  </button>
                  <button type="button" className="tool-button" title={t('print.label')} onClick={printScene} data-testid="print-button">
                    {t('print.button')}
                  </button>
                  <ExportMenu onExport={onExport} formats={state.table ? ['graphml', 'gexf', 'csv', 'json'] : undefined} />
                </div>
              </div>
            )}

            {!presenting && state.focus && (
              <div className="focus-bar" data-testid="focus-bar">
                <span className="focus-label">{t('focus.on', { name: focusName })}</span>
                {state.focus.expanded.length > 0 && <span className="muted">{t('focus.expanded', { n: state.focus.expanded.length })}</span>}
                <span className="segmented compact" role="radiogroup" aria-label={t('focus.depth')}>
                  <span className="segmented-label">{t('focus.depth')}</span>
                  {([1, 2, 3] as Depth[]).map((d) => (
                    <label key={d} className={state.focus!.depth === d ? 'on' : undefined}>
                      <input type="radio" name="depth" checked={state.focus!.depth === d} onChange={() => dispatch({ type: 'setDepth', depth: d })} />
                      {d}
                    </label>
                  ))}
                </span>
                <button type="button" className="text-button" onClick={() => dispatch({ type: 'clearFocus' })}>
                  {t('focus.clear')}
                </button>
              </div>
            )}

            {!presenting && state.highlights.length > 0 && (
              <div className="highlight-bar" data-testid="highlight-bar">
                <span className="highlight-label">{t('highlight.bar')}:</span>
                <ul className="plain highlight-chips">
                  {state.highlights.map((id) => (
                    <li key={id}>
                      <button type="button" className="chip" onClick={() => dispatch({ type: 'toggleHighlight', id })} aria-label={`${t('details.unhighlight')}: ${labelOf(id)}`}>
                        {labelOf(id)} <span aria-hidden="true">✕</span>
                      </button>
                    </li>
                  ))}
                </ul>
                <button type="button" className="text-button" onClick={() => dispatch({ type: 'setHighlights', ids: [] })}>
                  {t('highlight.clear')}
                </button>
              </div>
            )}

            <div className={`stage-body view-${state.view}${section ? ` section-${section}` : ''}`}>
              {error ? (
                <div className="notice error-card" role="alert">
                  <h2>{t('app.error')}</h2>
                  <p>{error.message}</p>
                  <p className="muted">
                    {t('app.errorCode')}: <code>{error.code}</code>
                  </p>
                  <button type="button" className="button" onClick={() => { clearAsyncCache(); setReload((r) => r + 1); }}>
                    {t('app.retry')}
                  </button>
                </div>
              ) : state.table && !presenting ? (
                <TableView
                  view={state.view}
                  viewLabel={viewTitle}
                  elements={elements}
                  matrix={viewData.data?.matrix ?? null}
                  lit={lit}
                  filterMode={state.filterMode}
                  selection={state.selection}
                  sectorName={sectorName}
                  levelName={levelName}
                  onSelect={select}
                />
              ) : (
                <>
                  {side}
                  <div className="stage-main">
                    {top}
                    <div className="canvas-wrap">
                      <GraphCanvas
                        ref={canvas}
                        elements={elements}
                        structureKey={structureKey}
                        lit={lit}
                        filterMode={state.filterMode}
                        selection={state.selection}
                        pathIds={overlay.ids}
                        spot={spot}
                        fontScale={presenting ? (state.view === 'matrix' ? 1 : PRESENT_FONT_SCALE) : state.largeText ? 1.3 : 1}
                        highContrast={presenting}
                        animate={presenting}
                        label={canvasLabel}
                        onSelect={select}
                      />
                      {!presenting && (
                        <p className="canvas-status" aria-live="polite" aria-busy={viewData.loading}>
                          {viewData.loading ? t('app.loading') : t('canvas.summary', { nodes: lit ? litNodes : nodeCount, edges: lit ? lit.edges.size : edgeCount })}
                          {viewData.data?.graph.truncated && <span className="warn"> · {t('canvas.truncated')}</span>}
                          {lit && litNodes === 0 && <span className="warn"> · {t('canvas.empty')}</span>}
                        </p>
                      )}
                      {viewData.loading && !viewData.data && <div className="loading-overlay">{t('app.loading')}</div>}
                    </div>
                    {!presenting && (
                      <Legend
                        view={state.view}
                        section={section}
                        sectors={meta.data?.sectors ?? viewData.data?.matrix?.sectors ?? []}
                        colors={colors}
                        kindsPresent={kindsPresent}
                        showLinks={state.showLinks}
                        hasPath={overlay.ids.size > 0}
                      />
                    )}
                  </div>
                </>
              )}
            </div>
          </main>

          {!presenting && (
            <div className="right-panel">
              {studio.panelOpen && (
                <StoryPanel
                  studio={studio}
                  builtins={BUILTIN_STORIES}
                  message={storyMessage}
                  copied={storyCopied}
                  labelOf={labelOf}
                  dispatch={studioDispatch}
                  onAddScene={addScene}
                  onUpdateScene={updateScene}
                  onShow={showScene}
                  onPresent={(i) => present(i)}
                  onSave={() => downloadText(storyFileName(studio.story), storyToJson(studio.story), 'application/json')}
                  onOpenFile={openStoryFile}
                  onShare={shareStory}
                  onLoadBuiltin={(id) => {
                    const b = builtinStory(id);
                    if (b) loadStory(b);
                  }}
                  onNew={() => {
                    studioDispatch({ type: 'load', story: emptyStory(t('story.untitled')) });
                    setStoryMessage(null);
                  }}
                  onClose={() => studioDispatch({ type: 'togglePanel', open: false })}
                />
              )}
              {pathKey && (
                <PathResult
                  path={path.data}
                  loading={path.loading}
                  error={path.error ? `${path.error.message} (${path.error.code})` : null}
                  onSelect={(id) => selectAndCenter({ type: 'node', id })}
                  onOpenEvidence={openEvidence}
                  onClear={() => dispatch({ type: 'clearPath' })}
                />
              )}
              <DetailsPanel
                selectionType={sel ? sel.type : null}
                node={sel?.type === 'node' ? nodeDetails.data : null}
                edge={sel?.type === 'edge' ? edgeDetails.data : null}
                labelOf={labelOf}
                loading={sel?.type === 'node' ? nodeDetails.loading : edgeDetails.loading || (sel?.type === 'edge' && !edgeInfo && viewData.loading)}
                error={(sel?.type === 'node' ? nodeDetails.error : edgeDetails.error) ?? null}
                inView={inView}
                highlighted={!!sel && state.highlights.includes(sel.id)}
                onSelect={(id) => selectAndCenter({ type: 'node', id })}
                onOpenEvidence={openEvidence}
                onExpand={(id) => dispatch({ type: 'expand', id })}
                onFocus={(id) => dispatch({ type: 'focus', id })}
                onPathEnd={(end, id) => dispatch({ type: 'setPathEnd', end, id })}
                onHighlight={(id) => dispatch({ type: 'toggleHighlight', id })}
                onClose={() => select(null)}
              />
            </div>
          )}
        </div>

        {presenting && (
          <PresentControls
            index={studio.index}
            total={studio.story.scenes.length}
            onStep={(by) => studioDispatch({ type: 'step', by })}
            onGoto={(index) => studioDispatch({ type: 'goto', index })}
            onExit={exitPresentation}
          />
        )}

        {state.document && !presenting && (
          <DocumentView
            document={doc.data}
            loading={doc.loading}
            error={doc.error ? `${doc.error.message} (${doc.error.code})` : null}
            start={state.document.start}
            end={state.document.end}
            onClose={closeDocument}
          />
        )}
      </div>
      <PrintSheet
        title={scene?.title || viewTitle}
        subtitle={scene ? `${studio.story.title} · ${t('present.counter', { n: studio.index + 1, total: studio.story.scenes.length })}` : `${t('app.title')} · ${t('app.subtitle')}`}
        note={scene?.note ?? t(VIEW_HELP[state.view])}
        image={printImage}
        facts={facts}
      />
    </I18nContext.Provider>
  );
}
