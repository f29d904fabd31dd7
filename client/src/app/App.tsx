/**
 * The explorer: state in a reducer mirrored in the URL, data through the API
 * client, and the pure element builders feeding the one GraphCanvas.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ElementDefinition } from 'cytoscape';
import type { ApiClient, Evidence, NodeSummary } from '../api/index.ts';
import {
  activeFilterCount,
  applyFilters,
  layoutPositions,
  LAYOUTS,
  matrixElements,
  pathOverlay,
  summaryLabel,
  sectorColors,
  subgraphElements,
  withPositions,
  type LayoutName,
} from '../graph/index.ts';
import { exportBaseName, exportModel, downloadBlob, downloadText, toCsv, toGexf, toGraphml, toJson } from '../export/index.ts';
import { localName, translator, type MessageKey } from '../i18n/index.ts';
import { decodeState, encodeState, reducer, VIEWS, type Depth, type ExplorerState, type Selection, type ViewName } from '../state/index.ts';
import { DetailsPanel, type EdgeDetails } from '../components/DetailsPanel.tsx';
import { DocumentView } from '../components/DocumentView.tsx';
import { ExportMenu, type ExportFormat } from '../components/ExportMenu.tsx';
import { FilterSidebar } from '../components/FilterSidebar.tsx';
import { GraphCanvas, type GraphCanvasHandle } from '../components/GraphCanvas.tsx';
import { Legend } from '../components/Legend.tsx';
import { PathPicker, PathResult } from '../components/PathPanel.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { TableView } from '../components/TableView.tsx';
import { I18nContext } from './i18n-context.ts';
import { loadView, viewKey } from './load-view.ts';
import { clearAsyncCache, useAsync } from './use-async.ts';

const VIEW_LABEL: Record<ViewName, MessageKey> = { matrix: 'view.matrix', network: 'view.network', measures: 'view.measures' };
const VIEW_HELP: Record<ViewName, MessageKey> = { matrix: 'view.matrix.help', network: 'view.network.help', measures: 'view.measures.help' };

export function App({ api }: { api: ApiClient }) {
  const [state, dispatch] = useReducer(reducer, undefined, () => decodeState(window.location.search));
  const [reload, setReload] = useState(0);
  const [copied, setCopied] = useState(false);
  const canvas = useRef<GraphCanvasHandle>(null);
  const pendingCenter = useRef<string | null>(null);
  const i18n = useMemo(() => ({ lang: state.lang, t: translator(state.lang) }), [state.lang]);
  const { t, lang } = i18n;

  // URL ↔ state.
  const previous = useRef<ExplorerState>(state);
  useEffect(() => {
    const qs = encodeState(state);
    const url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    if (url !== `${window.location.pathname}${window.location.search}`) {
      const prev = previous.current;
      const big = prev.view !== state.view || prev.selection?.id !== state.selection?.id;
      if (big) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    previous.current = state;
    window.__samkart = { ...(window.__samkart ?? {}), state };
    document.documentElement.lang = state.lang;
    // Sizes are in rem, so projector mode scales the root font.
    document.documentElement.classList.toggle('large-text', state.largeText);
  }, [state]);
  useEffect(() => {
    const onPop = () => dispatch({ type: 'restore', state: decodeState(window.location.search) });
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Data.
  const meta = useAsync('meta', (s) => api.meta(s), reload);
  const viewData = useAsync(viewKey(state), (s) => loadView(api, state, s), reload);
  const colors = useMemo(() => sectorColors((meta.data?.sectors ?? viewData.data?.matrix?.sectors ?? []).map((s) => s.id)), [meta.data, viewData.data]);
  const sectorOrder = useMemo(() => (meta.data?.sectors ?? []).map((s) => s.id), [meta.data]);

  const base = useMemo<ElementDefinition[]>(() => {
    const d = viewData.data;
    if (!d) return [];
    if (state.view === 'matrix' && d.matrix) {
      return matrixElements(d.matrix, { colors, lang, network: d.graph, showLinks: state.showLinks, otherLabel: t('matrix.other') });
    }
    return subgraphElements(d.graph, { colors }, state.view === 'measures' ? 'measures' : 'network');
  }, [viewData.data, state.view, state.showLinks, colors, lang, t]);

  const pathKey = state.path.from && state.path.to && state.path.from !== state.path.to ? `path|${state.path.from}|${state.path.to}` : null;
  const path = useAsync(pathKey, (s) => api.path(state.path.from!, state.path.to!, 6, s), reload);
  const overlay = useMemo(() => pathOverlay(base, path.data, state.view !== 'matrix'), [base, path.data, state.view]);

  const elements = useMemo<ElementDefinition[]>(() => {
    const all = [...base, ...overlay.extra];
    if (state.view === 'matrix') return all;
    return withPositions(all, layoutPositions(all, state.layout, sectorOrder));
  }, [base, overlay.extra, state.view, state.layout, sectorOrder]);

  const structureKey = useMemo(
    () => `${state.view}|${state.layout}|${lang}|${elements.map((e) => e.data.id as string).join(',')}`,
    [elements, state.view, state.layout, lang],
  );
  const lit = useMemo(() => (activeFilterCount(state.filters) > 0 ? applyFilters(elements, state.filters) : null), [elements, state.filters]);

  const refLabel = useMemo(() => {
    const m = new Map<string, string>();
    for (const e of elements) if (e.group === 'nodes' && typeof e.data.ref === 'string' && typeof e.data.type === 'string') m.set(e.data.ref, e.data.label as string);
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
      if (n.__typename === 'Measure') view = 'measures';
      else if (n.__typename === 'Actor' && view === 'measures' && !refs.has(n.id)) view = 'network';
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

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
      setTimeout(() => setCopied(false), 1800);
    } catch {
      setCopied(false);
    }
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
  return (
    <I18nContext.Provider value={i18n}>
      <div className={`app${state.largeText ? ' large-text' : ''}${state.sidebarOpen ? '' : ' sidebar-closed'}`}>
        <a href="#stage" className="skip-link">
          {t(VIEW_LABEL[state.view])}
        </a>
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
            <button type="button" className="toggle-button" aria-pressed={state.table} onClick={() => dispatch({ type: 'toggleTable' })} data-testid="table-toggle">
              {t('header.table')}
            </button>
            <button type="button" className="toggle-button" aria-pressed={state.largeText} title={t('header.projectorLabel')} onClick={() => dispatch({ type: 'toggleLargeText' })}>
              {t('header.projector')}
            </button>
            <button type="button" className="toggle-button" onClick={copyLink}>
              {copied ? t('header.shared') : t('header.share')}
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

        <div className="workspace">
          {state.sidebarOpen && (
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

          <main className="stage" id="stage" role="tabpanel" aria-labelledby={`tab-${state.view}`} tabIndex={-1}>
            <div className="stage-toolbar">
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
                <ExportMenu onExport={onExport} formats={state.table ? ['graphml', 'gexf', 'csv', 'json'] : undefined} />
              </div>
            </div>

            {state.focus && (
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

            <div className="stage-body">
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
              ) : state.table ? (
                <TableView
                  view={state.view}
                  viewLabel={t(VIEW_LABEL[state.view])}
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
                  <div className="canvas-wrap">
                  <GraphCanvas
                    ref={canvas}
                    elements={elements}
                    structureKey={structureKey}
                    lit={lit}
                    filterMode={state.filterMode}
                    selection={state.selection}
                    pathIds={overlay.ids}
                    fontScale={state.largeText ? 1.3 : 1}
                    label={`${t('canvas.label', { view: t(VIEW_LABEL[state.view]) })}. ${t('canvas.summary', { nodes: nodeCount, edges: edgeCount })}`}
                    onSelect={select}
                  />
                  <p className="canvas-status" aria-live="polite">
                    {viewData.loading ? t('app.loading') : t('canvas.summary', { nodes: lit ? litNodes : nodeCount, edges: lit ? lit.edges.size : edgeCount })}
                    {viewData.data?.graph.truncated && <span className="warn"> · {t('canvas.truncated')}</span>}
                    {lit && litNodes === 0 && <span className="warn"> · {t('canvas.empty')}</span>}
                  </p>
                  {viewData.loading && !viewData.data && <div className="loading-overlay">{t('app.loading')}</div>}
                  </div>
                  <Legend
                    view={state.view}
                    sectors={meta.data?.sectors ?? viewData.data?.matrix?.sectors ?? []}
                    colors={colors}
                    kindsPresent={kindsPresent}
                    showLinks={state.showLinks}
                    hasPath={overlay.ids.size > 0}
                  />
                </>
              )}
            </div>
          </main>

          <div className="right-panel">
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
              onSelect={(id) => selectAndCenter({ type: 'node', id })}
              onOpenEvidence={openEvidence}
              onExpand={(id) => dispatch({ type: 'expand', id })}
              onFocus={(id) => dispatch({ type: 'focus', id })}
              onPathEnd={(end, id) => dispatch({ type: 'setPathEnd', end, id })}
              onClose={() => select(null)}
            />
          </div>
        </div>

        {state.document && (
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
    </I18nContext.Provider>
  );
}
