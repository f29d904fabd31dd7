/**
 * "Presenter" with no story open presents the view on screen: a one-scene
 * story of the explorer as it is now, filters and selection included (unlike
 * a saved scene, which leaves filters to the viewer).
 */
import { encodeState, type ExplorerState } from '../state/index.ts';
import { STORY_VERSION, type Story } from './story.ts';
import { VIEW_SCENE_ID } from './present-url.ts';

/** Display settings that stay the viewer's in a presentation too. */
const VIEWER_SETTINGS = ['lang', 'big'];

/** A one-scene story showing `state` exactly, titled `title`. */
export function viewStory(state: ExplorerState, title: string): Story {
  const params = new URLSearchParams(encodeState({ ...state, highlights: [] }));
  for (const k of VIEWER_SETTINGS) params.delete(k);
  return { version: STORY_VERSION, id: null, title, scenes: [{ id: VIEW_SCENE_ID, title, note: '', state: params.toString(), highlights: [...state.highlights] }] };
}
