/** What the stage says besides the map: the error card with "try again", and the status line under the canvas (counts, cut-offs, level of detail). */
import type { ApiError } from '../api/index.ts';
import { useI18n } from './i18n-context.ts';

export function ErrorCard({ error, onRetry }: { error: ApiError; onRetry(): void }) {
  const { t } = useI18n();
  return (
    <div className="notice error-card" role="alert">
      <h2>{t('app.error')}</h2>
      <p>{error.message}</p>
      <p className="muted">
        {t('app.errorCode')}: <code>{error.code}</code>
      </p>
      <button type="button" className="button" onClick={onRetry}>
        {t('app.retry')}
      </button>
    </div>
  );
}

export interface CanvasStatusProps {
  loading: boolean;
  /** The layout worker is placing the nodes. */
  laying: boolean;
  nodes: number;
  edges: number;
  truncated: boolean;
  /** The view's own line (what is aggregated and how to see more). */
  status: string | null;
  /** The filters leave nothing lit. */
  empty: boolean;
}

export function CanvasStatus({ loading, laying, nodes, edges, truncated, status, empty }: CanvasStatusProps) {
  const { t } = useI18n();
  return (
    <p className="canvas-status" aria-live="polite" aria-busy={loading || laying}>
      {loading || laying ? t(loading ? 'app.loading' : 'canvas.laying') : t('canvas.summary', { nodes, edges })}
      {truncated && <span className="warn"> · {t('canvas.truncated')}</span>}
      {status && <span className="lod-status" data-testid="lod-status"> · {status}</span>}
      {empty && <span className="warn"> · {t('canvas.empty')}</span>}
    </p>
  );
}
