/**
 * Stories: a facilitator's sequence of saved scenes. A scene is a serialised
 * explorer state (the same query string a shared link carries, so
 * encodeState/decodeState do the work) plus a title, a note and the nodes and
 * edges to spotlight. Stories travel as JSON files and in links, so
 * `restoreStory` treats them as untrusted: it normalises what it can and
 * rejects the rest with a StoryError whose code the UI translates.
 */
import { decodeState, encodeState, INITIAL_STATE, normaliseId, type ExplorerState } from '../state/index.ts';
import { slugify } from '../../../graph/model/ids.ts';

/** The version of the file format this explorer writes and reads. */
export const STORY_VERSION = 1;

export interface Scene {
  /** Unique within its story (`s1`, `s2` …); a key for the list, not shown. */
  id: string;
  title: string;
  note: string;
  /** The explorer state as a query string (view, filters, focus, selection …), without language and display settings. */
  state: string;
  /** Ids of nodes and edges to spotlight. */
  highlights: string[];
}

export interface Story {
  version: typeof STORY_VERSION;
  /** A built-in story's id (`?story=<id>` opens it); null for one made in the explorer. */
  id: string | null;
  title: string;
  scenes: Scene[];
}

export const LIMITS = { bytes: 1_000_000, scenes: 100, title: 200, note: 2_000, highlights: 50 } as const;

export type StoryErrorCode = 'not-json' | 'too-large' | 'not-object' | 'version' | 'no-scenes' | 'too-many-scenes' | 'scene-not-object' | 'scene-state';

/** Why a story could not be read. `scene` is 1-based where the problem is one scene. */
export class StoryError extends Error {
  readonly code: StoryErrorCode;
  readonly scene: number | null;
  constructor(code: StoryErrorCode, message: string, scene: number | null = null) {
    super(message);
    this.name = 'StoryError';
    this.code = code;
    this.scene = scene;
  }
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const text = (x: unknown, max: number): string => (typeof x === 'string' ? x.replace(/\r\n?/g, '\n').trim().slice(0, max) : '');

const SCENE_ID = /^[A-Za-z0-9_-]{1,40}$/;
const STORY_ID = /^[a-z0-9][a-z0-9-]{0,60}$/;

/** State settings that belong to the viewer, not to a scene. */
const VIEWER_ONLY = ['lang', 'big', 'filters', 'hl'];

/** A state's query string as a scene keeps it: normalised, without viewer settings and highlights. */
export function sceneStateString(state: ExplorerState): string {
  const p = new URLSearchParams(encodeState({ ...state, highlights: [] }));
  for (const k of VIEWER_ONLY) p.delete(k);
  return p.toString();
}

/** A scene capturing the current state. */
export function sceneFromState(state: ExplorerState, fields: { id: string; title: string; note?: string }): Scene {
  return { id: fields.id, title: fields.title, note: fields.note ?? '', state: sceneStateString(state), highlights: [...state.highlights] };
}

/** The explorer state a scene shows, in the viewer's language and display settings. */
export function stateFromScene(scene: Scene, viewer: Pick<ExplorerState, 'lang' | 'largeText' | 'sidebarOpen'> = INITIAL_STATE): ExplorerState {
  return { ...decodeState(scene.state), lang: viewer.lang, largeText: viewer.largeText, sidebarOpen: viewer.sidebarOpen, highlights: [...scene.highlights] };
}

function restoreScene(x: unknown, i: number, used: Set<string>): Scene {
  const n = i + 1;
  if (!isObject(x)) throw new StoryError('scene-not-object', `Scene ${n} is not an object`, n);
  if (typeof x.state !== 'string' || x.state.length > 8_000) throw new StoryError('scene-state', `Scene ${n} has no state (a query string such as "v=network&focus=actor:bufdir")`, n);
  let id = typeof x.id === 'string' && SCENE_ID.test(x.id) && !used.has(x.id) ? x.id : `s${n}`;
  for (let k = 2; used.has(id); k++) id = `s${n}-${k}`;
  used.add(id);
  const highlights = Array.isArray(x.highlights)
    ? [...new Set(x.highlights.map((h) => (typeof h === 'string' ? normaliseId(h) : null)).filter((h): h is string => h !== null))].slice(0, LIMITS.highlights)
    : [];
  // Round-trip through the state: unknown or unsafe values are dropped, as in a shared link.
  const state = sceneStateString(decodeState(x.state));
  return { id, title: text(x.title, LIMITS.title), note: text(x.note, LIMITS.note), state, highlights };
}

/** A story from untrusted input (parsed JSON, or the JSON text itself): normalised, or a StoryError. */
export function restoreStory(input: unknown): Story {
  let data = input;
  if (typeof input === 'string') {
    if (input.length > LIMITS.bytes) throw new StoryError('too-large', `The story is larger than ${LIMITS.bytes} characters`);
    try {
      data = JSON.parse(input);
    } catch {
      throw new StoryError('not-json', 'The file is not JSON');
    }
  }
  if (!isObject(data)) throw new StoryError('not-object', 'A story is a JSON object with "title" and "scenes"');
  if (data.version !== undefined && data.version !== STORY_VERSION) throw new StoryError('version', `Story version ${String(data.version)} is not supported (this explorer reads version ${STORY_VERSION})`);
  if (!Array.isArray(data.scenes) || data.scenes.length === 0) throw new StoryError('no-scenes', 'The story has no scenes');
  if (data.scenes.length > LIMITS.scenes) throw new StoryError('too-many-scenes', `The story has more than ${LIMITS.scenes} scenes`);
  const used = new Set<string>();
  const scenes = data.scenes.map((s, i) => restoreScene(s, i, used));
  return {
    version: STORY_VERSION,
    id: typeof data.id === 'string' && STORY_ID.test(data.id) ? data.id : null,
    title: text(data.title, LIMITS.title),
    scenes,
  };
}

/** The story as the JSON file the explorer saves. */
export function storyToJson(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

/** "samkart-fortelling-overlapp.json"-style file name from the title. */
export function storyFileName(story: Story): string {
  const slug = slugify(story.title).slice(0, 50).replace(/-+$/, '');
  return `samkart-${slug || 'story'}.json`;
}

/** An empty story to build in the explorer. */
export function emptyStory(title: string): Story {
  return { version: STORY_VERSION, id: null, title, scenes: [] };
}
