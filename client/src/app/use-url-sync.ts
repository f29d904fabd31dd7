/**
 * URL ↔ state: the state is written to the query string (a new history entry
 * when the view or the selection changes), Back and Forward restore it, and
 * `window.__samkart` exposes it to the browser tests. While presenting, the
 * URL also names the scene (`present=1&scene=n`, see stories/present-url.ts).
 */
import { useEffect, useRef, type Dispatch } from 'react';
import type { Action, ExplorerState } from '../state/index.ts';
import { decodeState, encodeState } from '../state/index.ts';
import { presentationUrl, stateFromScene, type StudioAction, type StudioState } from '../stories/index.ts';

export interface UrlSyncStudio {
  studio: StudioState;
  studioDispatch: Dispatch<StudioAction>;
  presenting: boolean;
  linkedStory: string | null;
  /** One's own story as `#story=…` while it is presented, else ''. */
  storyHash: string;
}

export function useUrlSync(state: ExplorerState, dispatch: Dispatch<Action>, { studio, studioDispatch, presenting, linkedStory, storyHash }: UrlSyncStudio): void {
  const previous = useRef<ExplorerState>(state);
  const previousScene = useRef<number | null>(null);
  useEffect(() => {
    if (linkedStory) return;
    let url: string;
    const scene = presenting ? studio.story.scenes[studio.index] : undefined;
    if (scene) {
      // The scene as it is shown (its state in the viewer's settings), also in the render before the scene's state is restored.
      url = presentationUrl(window.location.pathname, studio.story, studio.index, encodeState(stateFromScene(scene, state)), storyHash);
    } else {
      const qs = encodeState(state);
      url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    }
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      const prev = previous.current;
      // A new scene is a new history entry (Back steps back a scene); entering or leaving a presentation is not.
      const big = scene ? previousScene.current !== null && previousScene.current !== studio.index : prev.view !== state.view || prev.selection?.id !== state.selection?.id;
      if (big) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    previous.current = state;
    previousScene.current = scene ? studio.index : null;
    window.__samkart = { ...(window.__samkart ?? {}), state, studio: { presenting, index: studio.index, scenes: studio.story.scenes.length } };
    document.documentElement.lang = state.lang;
    // Sizes are in rem, so projector mode and presentations scale the root font.
    document.documentElement.classList.toggle('large-text', state.largeText);
    document.documentElement.classList.toggle('presenting', presenting);
  }, [state, presenting, studio.index, studio.story, linkedStory, storyHash]);

  const presentingRef = useRef(presenting);
  presentingRef.current = presenting;
  useEffect(() => {
    const onPop = () => {
      // In a presentation, Back and Forward move between scenes.
      const sceneParam = new URLSearchParams(window.location.search).get('scene');
      if (presentingRef.current && sceneParam) studioDispatch({ type: 'goto', index: (Number.parseInt(sceneParam, 10) || 1) - 1 });
      else dispatch({ type: 'restore', state: decodeState(window.location.search) });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [dispatch, studioDispatch]);
}
