/**
 * The explorer's shell. It looks the current view up in the registry
 * (views/index.ts) and runs it: the view's data through the API client, its
 * elements through one layout path to the one GraphCanvas, its panels,
 * legend, table twin and printed facts. It never branches on which view is
 * on show. State lives in a reducer mirrored in the URL; stories and
 * presentations restore scenes through the same reducer.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ApiClient, Evidence } from '../api/index.ts';
import { DetailsPanel } from '../components/DetailsPanel.tsx';
import { AdminControl } from '../admin/index.ts';
import { UploadButton } from '../components/upload/index.ts';
import { Guide } from '../components/Guide.tsx';
import { FilterSidebar } from '../components/FilterSidebar.tsx';
import { GraphCanvas, type GraphCanvasHandle } from '../components/GraphCanvas.tsx';
import { Legend } from '../components/Legend.tsx';
import { NamesAsOf } from '../components/NamesAsOf.tsx';
import { PathPicker, PathResult } from '../components/PathPanel.tsx';
import { PresentControls, PresentHeader } from '../components/PresentBar.tsx';
import { PrintSheet } from '../components/PrintSheet.tsx';
import { TableView } from '../components/TableView.tsx';
import { exportModel, runExport, sourcesOf, type ExportFormat } from '../export/index.ts';
import { sectorColors, UI } from '../graph/index.ts';
import { localName, translator } from '../i18n/index.ts';
import { currentView, decodeState, reducer, sliceOf } from '../state/index.ts';
import type { ViewEnv, ViewPanelProps } from '../views/index.ts';
import { I18nContext } from './i18n-context.ts';
import { Curation, DocumentView, StoryPanel } from './lazy-panels.tsx';
import { printFacts } from './print-facts.ts';
import { StageToolbar } from './StageToolbar.tsx';
import { CanvasStatus, ErrorCard } from './StageNotices.tsx';
import { Topbar } from './Topbar.tsx';
import { clearAsyncCache, useAsync } from './use-async.ts';
import { useSelection } from './use-selection.ts';
import { initialStudio, useStories } from './use-stories.ts';
import { useUrlSync } from './use-url-sync.ts';
import { useViewCanvas } from './use-view-canvas.ts';

/** Canvas label scale in a presentation, for a projector at 1920×1080. */
const PRESENT_FONT_SCALE = 1.45;

export function App({ api: baseApi }: { api: ApiClient }) {
  const [initial] = useState(() => initialStudio(decodeState, (s) => translator(s.lang)('story.untitled')));
  const [state, dispatch] = useReducer(reducer, initial.state);
  const [reload, setReload] = useState(0);
  // An upload or a removal changed the graph: drop every cached answer and ask again.
  const graphChanged = useCallback(() => {
    clearAsyncCache();
    setReload((r) => r + 1);
  }, []);
  const [printImage, setPrintImage] = useState('');
  const canvas = useRef<GraphCanvasHandle>(null);
  const i18n = useMemo(() => ({ lang: state.lang, t: translator(state.lang) }), [state.lang]);
  const { t, lang } = i18n;
  // Names of renamed bodies (today's) and generated text in the reader's language.
  const api = useMemo(() => baseApi.withNaming({ language: state.lang === 'en' ? 'EN' : 'NB', asOfYear: state.namesAsOf }), [baseApi, state.lang, state.namesAsOf]);
  const view = currentView(state);
  const slice = sliceOf(state, view);
  const viewLabel = view.title ? view.title(slice, t) : t(view.label);
  const labelRef = useRef<(id: string) => string>((id) => id);
  const stories = useStories(initial.studio, state, dispatch, t, () => (state.selection ? `${t(view.label)}: ${labelRef.current(state.selection.id)}` : t(view.label)));
  const { presenting, scene, studio } = stories;
  useUrlSync(state, dispatch, stories);

  // The view's data, its extra data, and what its pure parts get besides.
  const meta = useAsync('meta', (s) => api.meta(s), reload);
  const viewData = useAsync(`${view.id}|${api.namingKey}|${view.dataKey(state, slice)}`, (s) => view.load(api, state, slice, s), reload);
  const data = viewData.data;
  const extraKey = view.extra && data ? view.extra.key({ state, slice, data }) : null;
  const extra = useAsync(extraKey ? `${view.id}|${api.namingKey}|${extraKey}` : null, (s) => view.extra!.load(api, { state, slice, data }, s), reload);
  const sectors = meta.data?.sectors;
  const env = useMemo<ViewEnv>(
    () => ({
      lang,
      t,
      colors: sectorColors((sectors ?? []).map((s) => s.id)),
      sectorOrder: (sectors ?? []).map((s) => s.id),
      sectors: sectors ?? [],
      presenting,
      textScale: presenting ? PRESENT_FONT_SCALE : state.largeText ? 1.3 : 1,
    }),
    [lang, t, sectors, presenting, state.largeText],
  );
  const run = { state, slice, data, extra: extra.data, env };
  const pathKey = state.path.from && state.path.to && state.path.from !== state.path.to ? `path|${state.path.from}|${state.path.to}` : null;
  const path = useAsync(pathKey, (s) => api.path(state.path.from!, state.path.to!, 6, s), reload);
  const paletteReady = !!meta.data || !!meta.error; // the sectors' colours, or their failure (then none)
  const { elements, overlay, structureKey, lit, laying, canvasBox } = useViewCanvas(view, run, path.data, paletteReady);
  const graph = data ? view.graph(data) : null;
  const selection = useSelection({ api, state, dispatch, elements, structureKey, graph, path: path.data, canvas, reload, t });
  const { labelOf, sel, select, selectAndCenter } = selection;
  labelRef.current = labelOf;
  const openEvidence = useCallback((e: Evidence) => dispatch({ type: 'openDocument', document: { id: e.document.id, start: e.start, end: e.end } }), []);

  const onExport = (format: ExportFormat) =>
    runExport(format, {
      view: state.view, title: `Samkart – ${viewLabel}`, lang, t, api, elements, keep: lit ? new Set([...lit.nodes, ...lit.edges]) : null,
      colors: env.colors, meta: meta.data ?? null, legend, canvas: canvas.current, graph: view.exportGraph?.(run) ?? null,
    });

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

  const spot = useMemo(() => new Set(state.highlights), [state.highlights]);
  const printSources = useMemo(() => sourcesOf(exportModel(elements, null), meta.data ?? null), [elements, meta.data]);
  const kinds = useMemo(() => new Set(elements.map((e) => e.data.kind as string).filter(Boolean)), [elements]);
  const nameIn = (list: { id: string; name: string; nameEn: string }[] | undefined) => (id: string) => {
    const x = list?.find((s) => s.id === id);
    return x ? localName(x, lang) : id;
  };
  const graphNodes = useMemo(() => new Set(elements.filter((e) => e.group === 'nodes' && typeof e.data.type === 'string').map((e) => e.data.id as string)), [elements]);
  const nodeCount = graphNodes.size; // counted once per element set and filter, not on every render (a click re-renders the shell)
  const edgeCount = useMemo(() => elements.filter((e) => e.group === 'edges').length, [elements]);
  const litNodes = useMemo(() => (lit ? [...lit.nodes].filter((id) => graphNodes.has(id)).length : graphNodes.size), [lit, graphNodes]);
  const error = viewData.error ?? meta.error ?? extra.error;
  const ownSide = view.filters.length === 0;
  const showSidebar = state.sidebarOpen && !ownSide && !presenting;
  const legend = [...view.legend(run, { kinds }), ...(overlay.ids.size > 0 ? [{ items: [{ icon: { line: 'solid', color: UI.path, width: 4 }, label: t('legend.path') }] }] : [])];
  const status = view.status?.(run) ?? null;
  const facts = printFacts({ t, state, viewLabel, nodes: lit ? litNodes : nodeCount, edges: lit ? lit.edges.size : edgeCount, labelOf, viewFacts: view.printFacts(run) });
  const panel: ViewPanelProps<unknown, unknown, unknown, unknown> = {
    ...run,
    loading: viewData.loading,
    act: (action, show) => dispatch({ type: 'view', view: view.id, action, show }),
    selectNode: (id) => selectAndCenter({ type: 'node', id }),
    select,
    focus: (id) => dispatch({ type: 'focus', id }),
    selection: state.selection,
    api,
  };
  const { Side, Top, Tools } = view;
  const canvasLabel = `${t('canvas.label', { view: viewLabel })}. ${t('canvas.summary', { nodes: nodeCount, edges: edgeCount })}`;
  return (
    <I18nContext.Provider value={i18n}>
      <div className={`app${state.largeText ? ' large-text' : ''}${showSidebar ? '' : ' sidebar-closed'}${presenting ? ' presenting' : ''}`}>
        <a href="#stage" className="skip-link">
          {t(view.label)}
        </a>
        {!presenting && (
          <Topbar
            state={state}
            dispatch={dispatch}
            search={(text, signal) => api.search(text, 10, signal)}
            onChoose={selection.chooseNode}
            storyOpen={studio.panelOpen}
            onToggleStory={() => stories.studioDispatch({ type: 'togglePanel' })}
            onPresent={stories.onPresentButton}
          >
            <AdminControl>
              <UploadButton onChanged={graphChanged} />
            </AdminControl>
          </Topbar>
        )}
        {presenting && scene && <PresentHeader story={studio.story} scene={scene} index={studio.index} />}
        {!presenting && <Guide />}

        <div className="workspace">
          {showSidebar && (
            <FilterSidebar
              meta={meta.data}
              groups={view.filters}
              filters={state.filters}
              filterMode={state.filterMode}
              colors={env.colors}
              onToggle={(key, value) => dispatch({ type: 'toggleFilter', key, value })}
              onClear={() => dispatch({ type: 'clearFilters' })}
              onMode={(mode) => dispatch({ type: 'setFilterMode', mode })}
            >
              <PathPicker from={state.path.from} to={state.path.to} labelOf={labelOf} search={(text, signal) => api.search(text, 10, signal)} onPick={selection.pickPathEnd} onClear={() => dispatch({ type: 'clearPath' })} />
            </FilterSidebar>
          )}

          <main className="stage" id="stage" role={presenting ? 'region' : 'tabpanel'} aria-labelledby={presenting ? undefined : `tab-${state.view}`} aria-label={presenting ? viewLabel : undefined} tabIndex={-1}>
            {!presenting && (
              <StageToolbar
                state={state}
                dispatch={dispatch}
                viewLabel={t(view.label)}
                viewHelp={t(view.help)}
                ownSide={ownSide}
                tools={Tools ? <Tools {...panel} /> : null}
                pickLayout={view.layout(slice) === 'pick'}
                canvas={canvas.current}
                labelOf={labelOf}
                onPrint={printScene}
                onExport={onExport}
              />
            )}

            <div className={`stage-body view-${view.id}${view.className ? ` ${view.className(slice)}` : ''}`}>
              {error ? (
                <ErrorCard error={error} onRetry={() => { clearAsyncCache(); setReload((r) => r + 1); }} />
              ) : state.table && !presenting ? (
                <>
                  {/* The table twin keeps the view's own side panel (the overlaps' slider, the brokers' sub-tabs). */}
                  {Side && <Side {...panel} />}
                  <div className="stage-main">
                    <TableView {...view.table(run, panel.act)} viewLabel={viewLabel} elements={elements} colors={env.colors} lit={lit} filterMode={state.filterMode} selection={state.selection} sectorName={nameIn(meta.data?.sectors)} levelName={nameIn(meta.data?.levels)} onSelect={select} />
                  </div>
                </>
              ) : (
                <>
                  {Side && <Side {...panel} />}
                  <div className="stage-main">
                    {Top && <Top {...panel} />}
                    <div className="canvas-wrap" ref={canvasBox}>
                      <GraphCanvas
                        ref={canvas}
                        elements={elements}
                        structureKey={structureKey}
                        lit={lit}
                        filterMode={state.filterMode}
                        selection={state.selection}
                        pathIds={overlay.ids}
                        spot={spot}
                        fontScale={presenting ? (view.presentFontScale ?? PRESENT_FONT_SCALE) : state.largeText ? (view.presentFontScale ?? 1.3) : 1}
                        minLabelPx={presenting ? 18 : 12}
                        levelName={nameIn(meta.data?.levels)}
                        highContrast={presenting}
                        animate={presenting}
                        label={canvasLabel}
                        onSelect={select}
                      />
                      {!presenting && (
                        <CanvasStatus loading={viewData.loading || !paletteReady} laying={laying} nodes={lit ? litNodes : nodeCount} edges={lit ? lit.edges.size : edgeCount} truncated={!!graph?.truncated} status={status} empty={!!lit && litNodes === 0} />
                      )}
                      {(viewData.loading || laying) && elements.length === 0 && <div className="loading-overlay">{t(laying ? 'canvas.laying' : 'app.loading')}</div>}
                    </div>
                    {!presenting && <NamesAsOf value={state.namesAsOf} onChange={(year) => dispatch({ type: 'setNamesAsOf', year })} />}
                    {!presenting && <Legend blocks={legend} />}
                  </div>
                </>
              )}
            </div>
          </main>

          {!presenting && (
            <div className={`right-panel${!state.selection && !studio.panelOpen && !pathKey ? ' is-empty' : ''}`}>
              {studio.panelOpen && <StoryPanel {...stories.panel} labelOf={labelOf} />}
              {pathKey && (
                <PathResult path={path.data} loading={path.loading} error={path.error ? `${path.error.message} (${path.error.code})` : null} onSelect={(id) => selectAndCenter({ type: 'node', id })} onOpenEvidence={openEvidence} onClear={() => dispatch({ type: 'clearPath' })} />
              )}
              <DetailsPanel
                selectionType={sel ? sel.type : null}
                node={sel?.type === 'node' ? selection.nodeDetails.data : null}
                edge={sel?.type === 'edge' ? selection.edgeDetails.data : null}
                labelOf={labelOf}
                preview={selection.preview}
                loading={sel?.type === 'node' ? selection.nodeDetails.loading : selection.edgeDetails.loading || (sel?.type === 'edge' && !selection.edgeInfo && viewData.loading)}
                error={(sel?.type === 'node' ? selection.nodeDetails.error : selection.edgeDetails.error) ?? null}
                inView={selection.inView}
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
          <PresentControls index={studio.index} total={studio.story.scenes.length} onStep={(by) => stories.studioDispatch({ type: 'step', by })} onGoto={(index) => stories.studioDispatch({ type: 'goto', index })} onExit={stories.exitPresentation} onPrint={printScene} />
        )}

        {!presenting && <Curation api={api} selection={state.selection} labelOf={labelOf} meta={meta.data} reload={reload} onChanged={() => { clearAsyncCache(); setReload((r) => r + 1); }} />}

        {state.document && !presenting && (
          <DocumentView document={selection.doc.data} loading={selection.doc.loading} error={selection.doc.error ? `${selection.doc.error.message} (${selection.doc.error.code})` : null} start={state.document.start} end={state.document.end} onClose={() => dispatch({ type: 'closeDocument' })} onRemoved={() => { dispatch({ type: 'closeDocument' }); graphChanged(); }} />
        )}
      </div>
      <PrintSheet
        title={scene?.title || viewLabel}
        subtitle={scene ? `${studio.story.title} · ${t('present.counter', { n: studio.index + 1, total: studio.story.scenes.length })}` : `${t('app.title')} · ${t('app.subtitle')}`}
        note={scene?.note ?? t(view.help)}
        image={printImage}
        facts={facts}
        legend={legend}
        sources={printSources}
      />
    </I18nContext.Provider>
  );
}
