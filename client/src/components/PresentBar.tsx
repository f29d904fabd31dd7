/** The presentation's frame: the scene's title and note above the map, the controls and progress below. */
import type { Scene, Story } from '../stories/index.ts';
import { useI18n } from '../app/i18n-context.ts';

export function PresentHeader({ story, scene, index }: { story: Story; scene: Scene; index: number }) {
  const { t } = useI18n();
  return (
    <header className="present-header" data-testid="present-header">
      <p className="present-meta">
        <span>{story.title}</span>
        <span data-testid="scene-counter">{t('present.counter', { n: index + 1, total: story.scenes.length })}</span>
      </p>
      <h2 className="present-title" data-testid="scene-title" aria-live="polite">
        {scene.title || t('story.sceneN', { n: index + 1 })}
      </h2>
      {scene.note && (
        <p className="present-note" lang="nb" data-testid="scene-note">
          {scene.note}
        </p>
      )}
    </header>
  );
}

export function PresentControls({ index, total, onStep, onGoto, onExit, onPrint }: { index: number; total: number; onStep(by: number): void; onGoto(i: number): void; onExit(): void; onPrint?(): void }) {
  const { t } = useI18n();
  return (
    <nav className="present-controls" aria-label={t('present.label')}>
      <button type="button" className="present-nav" onClick={() => onStep(-1)} disabled={index <= 0} aria-label={t('present.prev')} title={t('present.prev')}>
        ‹
      </button>
      <ol className="present-dots">
        {Array.from({ length: total }, (_, i) => (
          <li key={i}>
            <button type="button" className={i === index ? 'on' : undefined} aria-current={i === index ? 'step' : undefined} aria-label={t('story.sceneN', { n: i + 1 })} onClick={() => onGoto(i)} />
          </li>
        ))}
      </ol>
      <button type="button" className="present-nav" onClick={() => onStep(1)} disabled={index >= total - 1} aria-label={t('present.next')} title={t('present.next')}>
        ›
      </button>
      <span className="present-keys">{t('present.keys')}</span>
      {onPrint && (
        <button type="button" className="present-print" onClick={onPrint} title={t('print.label')} data-testid="present-print">
          {t('print.button')}
        </button>
      )}
      <button type="button" className="present-exit" onClick={onExit} data-testid="present-exit">
        {t('present.exit')} <kbd>Esc</kbd>
      </button>
    </nav>
  );
}
