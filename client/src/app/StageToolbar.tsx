/** The bars above the canvas: the view's help and tools (its own controls, the layout picker, zoom, table, print, export), the focus bar and the highlight bar. */
import type { Dispatch, ReactNode } from 'react';
import { ExportMenu, type ExportFormat } from '../components/ExportMenu.tsx';
import { DATA_FORMATS } from '../export/index.ts';
import type { GraphCanvasHandle } from '../components/GraphCanvas.tsx';
import { LAYOUTS, type LayoutName } from '../graph/index.ts';
import type { Action, Depth, ExplorerState } from '../state/index.ts';
import { useI18n } from './i18n-context.ts';

export interface StageToolbarProps {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  viewLabel: string;
  viewHelp: string;
  /** The view has its own side panel (no filter sidebar to toggle). */
  ownSide: boolean;
  /** The view's own controls (ViewModule.Tools). */
  tools: ReactNode;
  /** The user may pick the layout. */
  pickLayout: boolean;
  canvas: GraphCanvasHandle | null;
  labelOf(id: string): string;
  onPrint(): void;
  onExport(format: ExportFormat): void;
}

export function StageToolbar({ state, dispatch, viewLabel, viewHelp, ownSide, tools, pickLayout, canvas, labelOf, onPrint, onExport }: StageToolbarProps) {
  const { t } = useI18n();
  return (
    <>
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
          <strong>{viewLabel}</strong> · {viewHelp}
        </p>
        <div className="toolbar-right">
          {tools}
          {pickLayout && (
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
              <button type="button" className="tool-button icon-only" aria-label={t('canvas.zoomOut')} title={t('canvas.zoomOut')} onClick={() => canvas?.zoomBy(1 / 1.25)}>
                −
              </button>
              <button type="button" className="tool-button" onClick={() => canvas?.fit()}>
                {t('canvas.fit')}
              </button>
              <button type="button" className="tool-button icon-only" aria-label={t('canvas.zoomIn')} title={t('canvas.zoomIn')} onClick={() => canvas?.zoomBy(1.25)}>
                +
              </button>
            </div>
          )}
          <button type="button" className="tool-button" aria-pressed={state.table} onClick={() => dispatch({ type: 'toggleTable' })} data-testid="table-toggle">
            {state.table ? t('header.graph') : t('header.table')}
          </button>
          <button type="button" className="tool-button" title={t('print.label')} onClick={onPrint} data-testid="print-button">
            {t('print.button')}
          </button>
          <ExportMenu onExport={onExport} formats={state.table ? DATA_FORMATS : undefined} />
        </div>
      </div>

      {state.focus && (
        <div className="focus-bar" data-testid="focus-bar">
          <span className="focus-label">{t('focus.on', { name: labelOf(state.focus.id) })}</span>
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

      {state.highlights.length > 0 && (
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
    </>
  );
}
