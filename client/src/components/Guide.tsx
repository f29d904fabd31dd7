/**
 * A short first-visit guide: three steps saying what the map is and what to
 * click. It opens by itself once; closing it (or finishing it) is remembered
 * in localStorage, and the help button opens it again. The guide and the
 * button share their state through a tiny external store, so the shell only
 * places them.
 */
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { MessageKey } from '../i18n/index.ts';
import { useI18n } from '../app/i18n-context.ts';

export const GUIDE_STORAGE_KEY = 'samkart.guide.done';
const STEPS: { title: MessageKey; body: MessageKey }[] = [
  { title: 'guide.1.title', body: 'guide.1.body' },
  { title: 'guide.2.title', body: 'guide.2.body' },
  { title: 'guide.3.title', body: 'guide.3.body' },
];

/** Whether the guide was closed before; storage that throws (privacy modes) counts as not seen. */
export function guideSeen(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(GUIDE_STORAGE_KEY) === '1';
  } catch {
    return false;
  }
}

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The step on show, or -1 when closed. */
let step = typeof window === 'undefined' || guideSeen(storage()) ? -1 : 0;
const listeners = new Set<() => void>();
function setStep(n: number) {
  step = n;
  if (n < 0) {
    try {
      storage()?.setItem(GUIDE_STORAGE_KEY, '1');
    } catch {
      // Not remembered; it opens again next visit.
    }
  }
  for (const l of listeners) l();
}
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => listeners.delete(l);
};
const useStep = () => useSyncExternalStore(subscribe, () => step);

export function HelpButton() {
  const { t } = useI18n();
  const current = useStep();
  return (
    <button type="button" className="toggle-button help-button" aria-pressed={current >= 0} aria-label={t('guide.open')} title={t('guide.open')} onClick={() => setStep(current >= 0 ? -1 : 0)} data-testid="help-button">
      ?
    </button>
  );
}

export function Guide() {
  const { t } = useI18n();
  const current = useStep();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (current < 0) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setStep(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current]);
  if (current < 0) return null;
  const s = STEPS[current];
  const last = current === STEPS.length - 1;
  return (
    <section className="guide" role="dialog" aria-modal="false" aria-labelledby="guide-title" data-testid="guide">
      <ol className="guide-steps" aria-label={t('guide.progress', { n: current + 1, total: STEPS.length })}>
        {STEPS.map((_, i) => (
          <li key={i} className={i <= current ? 'on' : undefined} />
        ))}
      </ol>
      <h2 id="guide-title" ref={heading} tabIndex={-1}>
        {t(s.title)}
      </h2>
      <p>{t(s.body)}</p>
      <div className="guide-actions">
        <button type="button" className="text-button" onClick={() => setStep(-1)} data-testid="guide-close">
          {t('guide.close')}
        </button>
        <span>
          {current > 0 && (
            <button type="button" className="tool-button" onClick={() => setStep(current - 1)}>
              {t('guide.back')}
            </button>
          )}{' '}
          <button type="button" className="button" onClick={() => setStep(last ? -1 : current + 1)} data-testid="guide-next">
            {last ? t('guide.done') : t('guide.next')}
          </button>
        </span>
      </div>
    </section>
  );
}
