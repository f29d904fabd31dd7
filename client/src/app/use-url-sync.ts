/**
 * URL ↔ state: the state is written to the query string (a new history entry
 * when the view or the selection changes), Back and Forward restore it, and
 * `window.__samkart` exposes it to the browser tests. While presenting, the
 * URL names the story and scene instead.
 */
import { useEffect, useRef, type Dispatch, type MutableRefObject } from 'react';
import type { Action, ExplorerState } from '../state/index.ts';
import { decodeState, encodeState } from '../state/index.ts';
import type { StudioAction, StudioState } from '../stories/index.ts';

export interface UrlSyncStudio {
  studio: StudioState;
  studioDispatch: Dispatch<StudioAction>;
  presenting: boolean;
  linkedStory: string | null;
  storyHash: MutableRefObject<string>;
}

export function useUrlSync(state: ExplorerState, dispatch: Dispatch<Action>, { studio, studioDispatch, presenting, linkedStory, storyHash }: UrlSyncStudio): void {
  const previous = useRef<ExplorerState>(state);
  useEffect(() => {
    if (linkedStory) return;
    let url: string;
    if (presenting) {
      const sceneParam = `scene=${studio.index + 1}`;
      url = studio.story.id
        ? `${window.location.pathname}?story=${encodeURIComponent(studio.story.id)}&${sceneParam}`
        : `${window.location.pathname}?${sceneParam}${storyHash.current}`;
    } else {
      const qs = encodeState(state);
      url = `${window.location.pathname}${qs ? `?${qs}` : ''}`;
    }
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      const prev = previous.current;
      const big = prev.view !== state.view || prev.selection?.id !== state.selection?.id;
      if (big) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    previous.current = state;
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
