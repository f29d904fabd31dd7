/**
 * Where a presentation stands, in the address bar. A built-in story is
 * `?story=<id>&scene=n`; the view on screen, or one's own story, is the
 * scene's explorer state with `present=1&scene=n` added (and one's own story
 * in the hash, `#story=…`), so a reload or a link shared during the
 * presentation lands on the same scene, and leaving it drops just those two
 * parameters.
 */
import type { Story } from './story.ts';

/** Marks a presentation in the query string. */
export const PRESENT_PARAM = 'present';
/** The scene on show, from 1. */
export const SCENE_PARAM = 'scene';
/** The scene id of the one-scene story that presents the view on screen. */
export const VIEW_SCENE_ID = 'view';

/** Whether `story` is the view on screen presented as it is (not a saved or built-in story). */
export function isViewStory(story: Story): boolean {
  return story.id === null && story.scenes.length === 1 && story.scenes[0].id === VIEW_SCENE_ID;
}

/** The address of scene `index` (from 0) of `story`: `stateQuery` is the explorer's state as a query string, `hash` the story's `#story=…` or ''. */
export function presentationUrl(pathname: string, story: Story, index: number, stateQuery: string, hash: string): string {
  const scene = `${SCENE_PARAM}=${index + 1}`;
  if (story.id) return `${pathname}?story=${encodeURIComponent(story.id)}&${scene}`;
  return `${pathname}?${stateQuery ? `${stateQuery}&` : ''}${PRESENT_PARAM}=1&${scene}${isViewStory(story) ? '' : hash}`;
}

/** Whether a page loads inside a presentation of the view (`present=1`, no story in the hash or the query). */
export function presentsView(search: string, hash: string): boolean {
  const p = new URLSearchParams(search);
  return p.get(PRESENT_PARAM) === '1' && !p.get('story') && !new URLSearchParams(hash.replace(/^#/, '')).get('story');
}

/** The address without the presentation's parameters: where Esc goes after a reload in the middle of a presentation. */
export function withoutPresentation(pathname: string, search: string): string {
  const p = new URLSearchParams(search);
  p.delete(PRESENT_PARAM);
  p.delete(SCENE_PARAM);
  const qs = p.toString();
  return `${pathname}${qs ? `?${qs}` : ''}`;
}
