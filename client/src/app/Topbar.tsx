/** The explorer's top bar: brand, one tab per registered view, search, and the story, projector, share and language buttons. */
import { useState, type Dispatch, type KeyboardEvent, type ReactNode } from 'react';
import type { NodeSummary, SearchHit } from '../api/index.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { HelpButton } from '../components/Guide.tsx';
import type { Action, ExplorerState } from '../state/index.ts';
import { VIEW_LIST } from '../views/index.ts';
import { useI18n } from './i18n-context.ts';
import { copyText } from './use-stories.ts';

export interface TopbarProps {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  search(text: string, signal: AbortSignal): Promise<SearchHit[]>;
  onChoose(n: NodeSummary): void;
  storyOpen: boolean;
  onToggleStory(): void;
  onPresent(): void;
  /** Controls shown first among the actions (the editor's login and upload, client/src/admin). */
  children?: ReactNode;
}

export function Topbar({ state, dispatch, search, onChoose, storyOpen, onToggleStory, onPresent, children }: TopbarProps) {
  const { t, lang } = useI18n();
  const [copied, setCopied] = useState(false);
  const onTabKey = (e: KeyboardEvent, i: number) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const next = VIEW_LIST[(i + (e.key === 'ArrowRight' ? 1 : VIEW_LIST.length - 1)) % VIEW_LIST.length].id;
    dispatch({ type: 'setView', view: next });
    document.getElementById(`tab-${next}`)?.focus();
  };
  return (
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
        {VIEW_LIST.map((v, i) => (
          <button
            key={v.id}
            id={`tab-${v.id}`}
            type="button"
            role="tab"
            aria-selected={state.view === v.id}
            aria-controls="stage"
            tabIndex={state.view === v.id ? 0 : -1}
            className="tab"
            data-testid={`tab-${v.id}`}
            onClick={() => dispatch({ type: 'setView', view: v.id })}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t(v.label)}
          </button>
        ))}
      </div>
      <div className="topbar-search">
        <SearchBox label={t('search.label')} search={search} onChoose={onChoose} testId="main-search" />
      </div>
      <div className="topbar-actions">
        {children}
        <button type="button" className="toggle-button" aria-pressed={storyOpen} onClick={onToggleStory} data-testid="story-toggle">
          {t('story.button')}
        </button>
        <button type="button" className="present-start" title={t('story.presentLabel')} onClick={onPresent} data-testid="present-button">
          <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true">
            <path d="M2.5 1.5v9l8-4.5z" fill="currentColor" />
          </svg>
          {t('story.present')}
        </button>
        <HelpButton />
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
  );
}
