/** A menu button with the export formats. */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../app/i18n-context.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../export/index.ts';

export type { ExportFormat };

/** The export menu; a failed export is said in the menu's status line, not lost in the console. */
export function ExportMenu({ onExport, formats = EXPORT_FORMATS }: { onExport(format: ExportFormat): void | Promise<void>; formats?: readonly ExportFormat[] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<'idle' | 'busy' | 'failed'>('idle');
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    const key = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', key);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', key);
    };
  }, [open]);
  return (
    <div className="menu" ref={root}>
      <button type="button" className="tool-button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="export-button">
        <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
          <path d="M8 2v8M4.5 6.5L8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        {t('export.label')}
      </button>
      <span className="visually-hidden" role="status" data-testid="export-status">
        {status === 'busy' ? t('export.busy') : status === 'failed' ? t('export.failed') : ''}
      </span>
      {open && (
        <ul className="menu-list" role="menu">
          {formats.map((f) => (
            <li key={f} role="none">
              <button
                type="button"
                role="menuitem"
                data-testid={`export-${f}`}
                onClick={() => {
                  setOpen(false);
                  setStatus('busy');
                  Promise.resolve(onExport(f)).then(
                    () => setStatus('idle'),
                    () => setStatus('failed'),
                  );
                }}
              >
                {t(`export.${f}`)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
