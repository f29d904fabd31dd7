/**
 * The story being built or shown, as a pure reducer: scenes added from the
 * current state, edited, reordered and removed; the scene on show; whether
 * the presentation is running.
 */
import type { Scene, Story } from './story.ts';

export interface StudioState {
  story: Story;
  /** The scene on show (or last shown); -1 when there is none. */
  index: number;
  presenting: boolean;
  /** The story panel in the explorer. */
  panelOpen: boolean;
}

export type StudioAction =
  | { type: 'load'; story: Story; index?: number; present?: boolean }
  | { type: 'setTitle'; title: string }
  | { type: 'addScene'; scene: Omit<Scene, 'id'> }
  | { type: 'updateScene'; id: string; patch: Partial<Omit<Scene, 'id'>> }
  | { type: 'moveScene'; id: string; by: -1 | 1 }
  | { type: 'removeScene'; id: string }
  | { type: 'goto'; index: number }
  | { type: 'step'; by: number }
  | { type: 'present'; index?: number }
  | { type: 'exit' }
  | { type: 'togglePanel'; open?: boolean };

/** A scene id not yet used in the story. */
export function nextSceneId(story: Story): string {
  const used = new Set(story.scenes.map((s) => s.id));
  let n = story.scenes.length + 1;
  while (used.has(`s${n}`)) n++;
  return `s${n}`;
}

const clampIndex = (story: Story, i: number) => (story.scenes.length === 0 ? -1 : Math.min(story.scenes.length - 1, Math.max(0, Math.trunc(i))));

/** The studio's reducer. */
export function studioReducer(state: StudioState, action: StudioAction): StudioState {
  const { story } = state;
  switch (action.type) {
    case 'load':
      return { ...state, story: action.story, index: clampIndex(action.story, action.index ?? 0), presenting: !!action.present && action.story.scenes.length > 0 };
    case 'setTitle':
      return { ...state, story: { ...story, title: action.title, id: null } };
    case 'addScene': {
      const scene: Scene = { ...action.scene, id: nextSceneId(story) };
      const at = state.index < 0 ? story.scenes.length : state.index + 1;
      const scenes = [...story.scenes.slice(0, at), scene, ...story.scenes.slice(at)];
      return { ...state, story: { ...story, id: null, scenes }, index: at };
    }
    case 'updateScene':
      return { ...state, story: { ...story, id: null, scenes: story.scenes.map((s) => (s.id === action.id ? { ...s, ...action.patch, id: s.id } : s)) } };
    case 'moveScene': {
      const i = story.scenes.findIndex((s) => s.id === action.id);
      const j = i + action.by;
      if (i < 0 || j < 0 || j >= story.scenes.length) return state;
      const scenes = [...story.scenes];
      [scenes[i], scenes[j]] = [scenes[j], scenes[i]];
      const index = state.index === i ? j : state.index === j ? i : state.index;
      return { ...state, story: { ...story, id: null, scenes }, index };
    }
    case 'removeScene': {
      const i = story.scenes.findIndex((s) => s.id === action.id);
      if (i < 0) return state;
      const scenes = story.scenes.filter((s) => s.id !== action.id);
      const next = { ...story, id: null, scenes };
      const index = state.index > i ? state.index - 1 : state.index;
      return { ...state, story: next, index: clampIndex(next, index), presenting: state.presenting && scenes.length > 0 };
    }
    case 'goto':
      return { ...state, index: clampIndex(story, action.index) };
    case 'step':
      return { ...state, index: clampIndex(story, state.index + action.by) };
    case 'present':
      if (story.scenes.length === 0) return state;
      return { ...state, presenting: true, index: clampIndex(story, action.index ?? Math.max(0, state.index)) };
    case 'exit':
      return state.presenting ? { ...state, presenting: false } : state;
    case 'togglePanel':
      return { ...state, panelOpen: action.open ?? !state.panelOpen };
  }
}
