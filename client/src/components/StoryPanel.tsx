/**
 * Building a story: the scenes in order, the current one open for its title
 * and note; add the map as it is now, reorder, delete; save and open story
 * files, copy a link, open a ready-made story, present.
 */
import { useRef } from 'react';
import type { Story, StudioAction, StudioState } from '../stories/index.ts';
import { useI18n } from '../app/i18n-context.ts';

export interface StoryPanelProps {
  studio: StudioState;
  builtins: readonly Story[];
  message: { kind: 'info' | 'error'; text: string } | null;
  copied: boolean;
  labelOf(id: string): string;
  dispatch(action: StudioAction): void;
  onAddScene(): void;
  onUpdateScene(id: string): void;
  onShow(index: number): void;
  onPresent(index?: number): void;
  onSave(): void;
  onOpenFile(file: File): void;
  onShare(): void;
  onLoadBuiltin(id: string): void;
  onNew(): void;
  onClose(): void;
}

export function StoryPanel(props: StoryPanelProps) {
  const { t } = useI18n();
  const file = useRef<HTMLInputElement>(null);
  const { story, index } = props.studio;
  const empty = story.scenes.length === 0;
  return (
    <section className="story-panel" aria-labelledby="story-heading" data-testid="story-panel">
      <header className="panel-header">
        <h2 id="story-heading" className="panel-title">
          {t('story.panel')}
        </h2>
        <button type="button" className="icon-button" onClick={props.onClose} aria-label={t('story.close')}>
          ✕
        </button>
      </header>
      <div className="story-body">
        <label className="field">
          <span>{t('story.titleLabel')}</span>
          <input type="text" value={story.title} maxLength={200} onChange={(e) => props.dispatch({ type: 'setTitle', title: e.target.value })} data-testid="story-title" />
        </label>
        <div className="story-actions">
          <button type="button" className="button" onClick={props.onAddScene} title={t('story.addSceneHelp')} data-testid="add-scene">
            + {t('story.addScene')}
          </button>
          <button type="button" className="button present-button" onClick={() => props.onPresent(0)} disabled={empty} data-testid="story-present">
            ▶ {t('story.present')}
          </button>
        </div>
        {props.message && (
          <p className={props.message.kind === 'error' ? 'story-message error' : 'story-message'} role={props.message.kind === 'error' ? 'alert' : 'status'} data-testid="story-message">
            {props.message.text}
          </p>
        )}
        <h3 className="section-title">
          {t('story.scenes')} <span className="count">{story.scenes.length}</span>
        </h3>
        {empty && <p className="empty-hint">{t('story.empty')}</p>}
        <ol className="scene-list">
          {story.scenes.map((scene, i) => {
            const current = i === index;
            return (
              <li key={scene.id} className={`scene-item${current ? ' on' : ''}`} data-testid="scene-item">
                <div className="scene-row">
                  <span className="scene-num">{i + 1}</span>
                  <button type="button" className="scene-show" aria-current={current ? 'step' : undefined} onClick={() => props.onShow(i)} title={t('story.show')}>
                    {scene.title || t('story.sceneN', { n: i + 1 })}
                  </button>
                  <span className="scene-tools">
                    <button type="button" className="icon-button" aria-label={`${t('story.moveUp')}: ${scene.title || i + 1}`} title={t('story.moveUp')} disabled={i === 0} onClick={() => props.dispatch({ type: 'moveScene', id: scene.id, by: -1 })}>
                      ↑
                    </button>
                    <button type="button" className="icon-button" aria-label={`${t('story.moveDown')}: ${scene.title || i + 1}`} title={t('story.moveDown')} disabled={i === story.scenes.length - 1} onClick={() => props.dispatch({ type: 'moveScene', id: scene.id, by: 1 })}>
                      ↓
                    </button>
                    <button type="button" className="icon-button danger" aria-label={`${t('story.delete')}: ${scene.title || i + 1}`} title={t('story.delete')} onClick={() => props.dispatch({ type: 'removeScene', id: scene.id })}>
                      ✕
                    </button>
                  </span>
                </div>
                {current && (
                  <div className="scene-edit">
                    <label className="field">
                      <span>{t('story.sceneTitle')}</span>
                      <input type="text" value={scene.title} maxLength={200} onChange={(e) => props.dispatch({ type: 'updateScene', id: scene.id, patch: { title: e.target.value } })} data-testid="scene-title-input" />
                    </label>
                    <label className="field">
                      <span>{t('story.sceneNote')}</span>
                      <textarea rows={3} value={scene.note} maxLength={2000} onChange={(e) => props.dispatch({ type: 'updateScene', id: scene.id, patch: { note: e.target.value } })} />
                    </label>
                    {scene.highlights.length > 0 && (
                      <p className="small">
                        <span className="muted">{t('highlight.bar')}:</span> {scene.highlights.map(props.labelOf).join(', ')}
                      </p>
                    )}
                    <button type="button" className="text-button" onClick={() => props.onUpdateScene(scene.id)}>
                      {t('story.update')}
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ol>
        <div className="story-files">
          <button type="button" className="tool-button" onClick={props.onSave} disabled={empty} data-testid="story-save">
            {t('story.save')}
          </button>
          <button type="button" className="tool-button" onClick={() => file.current?.click()} data-testid="story-open">
            {t('story.open')}
          </button>
          <input
            ref={file}
            type="file"
            accept="application/json,.json"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            data-testid="story-file"
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) props.onOpenFile(f);
              e.target.value = '';
            }}
          />
          <button type="button" className="tool-button" onClick={props.onShare} disabled={empty}>
            {props.copied ? t('story.shared') : t('story.share')}
          </button>
          <button type="button" className="tool-button" onClick={props.onNew}>
            {t('story.new')}
          </button>
        </div>
        {props.builtins.length > 0 && (
          <div className="story-builtins">
            <h3 className="section-title">{t('story.builtin')}</h3>
            <ul className="plain">
              {props.builtins.map((b) => (
                <li key={b.id}>
                  <button type="button" className="chip" onClick={() => props.onLoadBuiltin(b.id!)} data-testid={`builtin-${b.id}`}>
                    {b.title} <span className="muted">· {b.scenes.length}</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}
