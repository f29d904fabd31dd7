/** The stories that ship with the explorer, restored like any file (so a broken one fails its test, not a workshop). */
import overlapp from './builtin/overlapp.json';
import { restoreStory, type Story } from './story.ts';

export const BUILTIN_STORIES: readonly Story[] = [restoreStory(overlapp)];

/** A built-in story by id, or null. */
export function builtinStory(id: string | null): Story | null {
  return BUILTIN_STORIES.find((s) => s.id === id) ?? null;
}
