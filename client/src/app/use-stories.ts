/**
 * The story studio and presentations: the studio's reducer, a story opened
 * from a link's hash, the scene on show restoring the explorer's state, and
 * the handlers of the story panel and the presentation controls.
 */
import { useEffect, useReducer, useRef, useState, type Dispatch } from 'react';
import type { Translate, MessageKey } from '../i18n/index.ts';
import { decodeState, type Action, type ExplorerState } from '../state/index.ts';
import {
  BUILTIN_STORIES,
  builtinStory,
  decodeStoryLink,
  emptyStory,
  encodeStoryLink,
  isViewStory,
  presentsView,
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
  viewStory,
  withoutPresentation,
} from '../stories/index.ts';
import { downloadText } from '../export/index.ts';
import { usePlace, usePresentation } from './use-presentation.ts';

/** Copies `text` to the clipboard and flags `done` for a moment. */
export async function copyText(text: string, done: (v: boolean) => void): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    done(true);
    setTimeout(() => done(false), 1800);
  } catch {
    done(false);
  }
}

export interface StoryMessage {
  kind: 'info' | 'error';
  text: string;
}

/** The studio state, the presentation on show and every story handler. */
export function useStories(initial: StudioState, state: ExplorerState, dispatch: Dispatch<Action>, t: Translate, sceneTitle: () => string) {
  const [studio, studioDispatch] = useReducer(studioReducer, initial);
  const [storyCopied, setStoryCopied] = useState(false);
  const [message, setMessage] = useState<StoryMessage | null>(null);
  const presenting = studio.presenting && studio.story.scenes.length > 0;
  const shown = presenting ? studio.story.scenes[studio.index] ?? null : null;
  // A view presented since a reload has no title yet: it is the view's, named as the view names itself now.
  const untitledView = shown !== null && isViewStory(studio.story) && !shown.title;
  // The names arrive with the view's data, after this hook has run in that render: look again once it has rendered.
  const [viewTitle, setViewTitle] = useState('');
  useEffect(() => {
    if (untitledView) setViewTitle(sceneTitle());
  }, [untitledView, sceneTitle]);
  const scene = untitledView ? { ...shown, title: viewTitle || sceneTitle() } : shown;
  const shownStudio = untitledView && scene ? { ...studio, story: { ...studio.story, title: scene.title, scenes: [scene] } } : studio;
  // One's own story presented: `#story=…`, so the address holds the story and a reload lands on the same scene.
  const [storyHash, setStoryHash] = useState<string>(() => window.location.hash);
  // A story in the link's hash is decoded after the first render; until then the URL is left as it came.
  const [linkedStory, setLinkedStory] = useState(() => storyFromHash(window.location.hash));

  const errorText = (err: unknown): string => {
    if (err instanceof StoryError) return t('story.error', { reason: t(`story.error.${err.code}` satisfies MessageKey, { n: err.scene ?? '' }) });
    return t('story.error', { reason: String((err as Error)?.message ?? err) });
  };

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
        setStoryHash('');
        setMessage({ kind: 'error', text: errorText(err) });
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

  // Where the viewer was when the presentation began: leaving it brings back that state, story and URL exactly.
  const place = usePlace<{ state: ExplorerState; studio: StudioState }>();
  // Loaded in the middle of presenting the view (a reload, a shared link): Esc goes to the view without the presentation.
  useEffect(() => {
    if (!presentsView(window.location.search, window.location.hash)) return;
    const url = withoutPresentation(window.location.pathname, window.location.search);
    place.keepAt({ state: decodeState(url.slice(window.location.pathname.length)), studio: { ...studio, story: emptyStory(t('story.untitled')), index: -1, presenting: false } }, url);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const exitPresentation = () => {
    exitFullscreen();
    studioDispatch({ type: 'exit' });
    const back = place.take();
    if (!back) return;
    // Presenting the view put a one-scene story in the studio: the viewer's own story comes back.
    studioDispatch({ type: 'load', story: back.value.studio.story, index: back.value.studio.index });
    dispatch({ type: 'restore', state: back.value.state });
    window.history.replaceState(null, '', back.url);
  };
  const { enterFullscreen, exitFullscreen } = usePresentation(presenting, {
    total: studio.story.scenes.length,
    onStep: (by) => studioDispatch({ type: 'step', by }),
    onGoto: (index) => studioDispatch({ type: 'goto', index }),
    onExit: exitPresentation,
  });
  const present = (index?: number, story?: Story) => {
    place.keep({ state, studio });
    if (story) studioDispatch({ type: 'load', story, index: index ?? 0, present: true });
    else studioDispatch({ type: 'present', index });
    const shownStory = story ?? studio.story;
    setStoryHash('');
    if (!shownStory.id && !isViewStory(shownStory)) {
      encodeStoryLink(shownStory).then(
        (value) => setStoryHash(`#story=${value}`),
        () => setStoryHash(''),
      );
    }
    enterFullscreen();
  };
  const loadStory = (story: Story) => {
    studioDispatch({ type: 'load', story, index: 0 });
    setMessage({ kind: 'info', text: t('story.loaded', { title: story.title || t('story.untitled'), n: story.scenes.length }) });
    dispatch({ type: 'restore', state: stateFromScene(story.scenes[0], state) });
  };

  return {
    studio: shownStudio,
    studioDispatch,
    presenting,
    scene,
    linkedStory,
    storyHash,
    message,
    storyCopied,
    present,
    exitPresentation,
    /** "Presenter": the story open in the panel from its first scene, else the view on screen as it is. */
    onPresentButton: () => {
      if (studio.panelOpen && studio.story.scenes.length > 0) present(0);
      else present(0, viewStory(state, sceneTitle()));
    },
    /** Props of the story panel. */
    panel: {
      studio,
      builtins: BUILTIN_STORIES,
      message,
      copied: storyCopied,
      dispatch: studioDispatch,
      onAddScene: () => {
        const { id: _id, ...s } = sceneFromState(state, { id: '', title: sceneTitle() });
        studioDispatch({ type: 'addScene', scene: s });
        setMessage(null);
      },
      onUpdateScene: (id: string) => {
        const { state: s, highlights } = sceneFromState(state, { id, title: '' });
        studioDispatch({ type: 'updateScene', id, patch: { state: s, highlights } });
      },
      onShow: (index: number) => {
        const s = studio.story.scenes[index];
        if (!s) return;
        studioDispatch({ type: 'goto', index });
        dispatch({ type: 'restore', state: stateFromScene(s, state) });
      },
      onPresent: (i: number) => present(i),
      onSave: () => downloadText(storyFileName(studio.story), storyToJson(studio.story), 'application/json'),
      onOpenFile: async (file: File) => {
        try {
          loadStory(restoreStory(await file.text()));
        } catch (err) {
          setMessage({ kind: 'error', text: errorText(err) });
        }
      },
      onShare: async () => {
        const value = await encodeStoryLink(studio.story);
        await copyText(`${window.location.origin}${window.location.pathname}?scene=1#story=${value}`, setStoryCopied);
      },
      onLoadBuiltin: (id: string) => {
        const b = builtinStory(id);
        if (b) loadStory(b);
      },
      onNew: () => {
        studioDispatch({ type: 'load', story: emptyStory(t('story.untitled')) });
        setMessage(null);
      },
      onClose: () => studioDispatch({ type: 'togglePanel', open: false }),
    },
  };
}

/** The state and studio a page load starts from: a built-in story (`?story=id&scene=n`), the view presented (`present=1`) or the URL's state. */
export function initialStudio(decode: (search: string) => ExplorerState, untitled: (s: ExplorerState) => string): { state: ExplorerState; studio: StudioState } {
  const params = new URLSearchParams(window.location.search);
  const base = decode(window.location.search);
  const story = builtinStory(params.get('story'));
  const index = Math.max(0, (Number.parseInt(params.get('scene') ?? '1', 10) || 1) - 1);
  if (story) {
    const i = Math.min(index, story.scenes.length - 1);
    return { state: stateFromScene(story.scenes[i], base), studio: { story, index: i, presenting: true, panelOpen: false } };
  }
  // `present=1`: the view in the address, presented (its title is the view's, given once its names are known).
  if (presentsView(window.location.search, window.location.hash)) return { state: base, studio: { story: viewStory(base, ''), index: 0, presenting: true, panelOpen: false } };
  return { state: base, studio: { story: emptyStory(untitled(base)), index: -1, presenting: false, panelOpen: false } };
}
