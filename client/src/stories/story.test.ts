import { describe, expect, it } from 'vitest';
import { decodeState, INITIAL_STATE, reducer, sliceOf, type ExplorerState } from '../state/index.ts';
import { overlapsView } from '../views/overlaps/index.tsx';
import {
  BUILTIN_STORIES,
  builtinStory,
  decodeStoryLink,
  encodeStoryLink,
  restoreStory,
  sceneFromState,
  stateFromScene,
  storyFileName,
  storyFromHash,
  storyToJson,
  StoryError,
  type Story,
} from './index.ts';

const T13 = 'measure:001-5ce2774f9b8cd589:13';

const valid = {
  version: 1,
  title: '  Overlapp  ',
  scenes: [
    { id: 'a', title: 'Systemkartet', note: 'Mange nivåer', state: 'v=matrix', highlights: [] },
    { title: 'Tiltak 13', state: `v=brokers&sec=unclear&sel=${T13}`, highlights: [T13, 'actor:hdir'] },
  ],
};

function rejects(input: unknown): StoryError {
  try {
    restoreStory(input);
  } catch (e) {
    expect(e).toBeInstanceOf(StoryError);
    return e as StoryError;
  }
  throw new Error('restoreStory accepted it');
}

describe('restoreStory', () => {
  it('normalises a valid story: trims, fills ids, drops unknown keys', () => {
    const s = restoreStory({ ...valid, extra: 'x' });
    expect(s).toEqual({
      version: 1,
      id: null,
      title: 'Overlapp',
      scenes: [
        { id: 'a', title: 'Systemkartet', note: 'Mange nivåer', state: '', highlights: [] },
        { id: 's2', title: 'Tiltak 13', note: '', state: `v=brokers&sel=${encodeURIComponent(T13)}&sec=unclear`, highlights: [T13, 'actor:hdir'] },
      ],
    });
  });

  it('reads JSON text as a file gives it', () => {
    expect(restoreStory(JSON.stringify(valid)).scenes).toHaveLength(2);
  });

  it.each<[string, unknown, string]>([
    ['text that is not JSON', '{"title": "x", scenes: [', 'not-json'],
    ['an array', [valid], 'not-object'],
    ['null', null, 'not-object'],
    ['a newer version', { ...valid, version: 2 }, 'version'],
    ['no scenes', { ...valid, scenes: [] }, 'no-scenes'],
    ['scenes that are not a list', { ...valid, scenes: { a: 1 } }, 'no-scenes'],
    ['a scene that is not an object', { ...valid, scenes: [valid.scenes[0], 'x'] }, 'scene-not-object'],
    ['a scene without state', { ...valid, scenes: [{ title: 'x' }] }, 'scene-state'],
    ['too many scenes', { ...valid, scenes: Array.from({ length: 101 }, () => valid.scenes[0]) }, 'too-many-scenes'],
    ['too much text', 'x'.repeat(1_000_001), 'too-large'],
  ])('rejects %s', (_name, input, code) => {
    expect(rejects(input).code).toBe(code);
  });

  it('names the scene that is wrong', () => {
    expect(rejects({ ...valid, scenes: [valid.scenes[0], { title: 'no state' }] }).scene).toBe(2);
  });

  it('drops unsafe values instead of passing them on', () => {
    const s = restoreStory({
      id: 'Not An Id!',
      title: 42,
      scenes: [
        { id: '<script>', title: ['x'], note: 'n'.repeat(5000), state: 'v=evil&sel=<script>&focus=actor:bufdir&lang=en&big=1', highlights: ['actor:ks', 'javascript:alert(1) x', 7, 'actor:ks'] },
        { id: 'dup', state: 'v=network' },
        { id: 'dup', state: 'v=network' },
      ],
    });
    expect(s.id).toBeNull();
    expect(s.title).toBe('');
    expect(s.scenes[0]).toMatchObject({ id: 's1', title: '', state: 'focus=actor%3Abufdir', highlights: ['actor:ks'] });
    expect(s.scenes[0].note).toHaveLength(2000);
    expect(s.scenes.map((x) => x.id)).toEqual(['s1', 'dup', 's3']);
  });

  it('round-trips through its own file format', () => {
    const s = restoreStory(valid);
    expect(restoreStory(storyToJson(s))).toEqual(s);
  });
});

describe('scene ↔ state', () => {
  it('a scene keeps view, filters, focus, selection and highlights, not the viewer\'s settings', () => {
    let state: ExplorerState = { ...INITIAL_STATE, lang: 'en', largeText: true, sidebarOpen: false };
    state = reducer(state, { type: 'setView', view: 'network' });
    state = reducer(state, { type: 'toggleFilter', key: 'kinds', value: 'DIRECTORATE' });
    state = reducer(state, { type: 'focus', id: 'actor:bufdir', depth: 2 });
    state = reducer(state, { type: 'setHighlights', ids: ['actor:bufdir', 'actor:hdir'] });
    const scene = sceneFromState(state, { id: 's1', title: 'Bufdir' });
    expect(scene.state).not.toMatch(/lang|big|filters|hl/);
    expect(scene.highlights).toEqual(['actor:bufdir', 'actor:hdir']);
    const back = stateFromScene(scene, { lang: 'en', largeText: true, sidebarOpen: false });
    expect(back).toEqual(state);
  });

  it('the viewer\'s language wins over the scene\'s', () => {
    const scene = restoreStory({ scenes: [{ state: 'v=overlaps&lang=en&oa=measure:001-5ce2774f9b8cd589:18&ob=measure:001-5ce2774f9b8cd589:19' }] }).scenes[0];
    const s = stateFromScene(scene, { lang: 'nb', largeText: false, sidebarOpen: true });
    expect(s).toMatchObject({ view: 'overlaps', lang: 'nb', views: { overlaps: { overlap: { a: 'measure:001-5ce2774f9b8cd589:18', b: 'measure:001-5ce2774f9b8cd589:19' } } } });
  });

  it('every overlaps, brokers and highlight field survives a scene', () => {
    const state: ExplorerState = {
      ...INITIAL_STATE,
      view: 'brokers',
      views: { ...INITIAL_STATE.views, brokers: { section: 'gaps', sizeBy: 'betweenness', gapScope: 'below-ministries', top: 60 }, overlaps: { minScore: 0.3, overlap: { a: 'initiative:bti', b: 'initiative:bts' } } },
      highlights: ['actor:ks'],
    };
    expect(stateFromScene(sceneFromState(state, { id: 'x', title: '' }))).toEqual(state);
  });
});

describe('the built-in story', () => {
  const story = builtinStory('overlapp')!;

  it('is found by id and tells the overlap story in 5–8 scenes, in Norwegian', () => {
    expect(BUILTIN_STORIES.map((s) => s.id)).toContain('overlapp');
    expect(story.scenes.length).toBeGreaterThanOrEqual(5);
    expect(story.scenes.length).toBeLessThanOrEqual(8);
    for (const scene of story.scenes) {
      expect(scene.title.length, scene.id).toBeGreaterThan(5);
      expect(scene.note.length, scene.id).toBeGreaterThan(40);
    }
    expect(story.scenes.map((s) => decodeState(s.state).view)).toEqual(['matrix', 'measures', 'overlaps', 'overlaps', 'brokers', 'brokers', 'brokers', 'network']);
  });

  it('is unchanged by restoring it again (the shipped file is already normal)', () => {
    expect(restoreStory(JSON.parse(storyToJson(story)))).toEqual(story);
  });

  it('names real seed ids', () => {
    const ids = story.scenes.flatMap((s) => [...s.highlights, ...Object.values(sliceOf(decodeState(s.state), overlapsView).overlap ?? {})]);
    expect(ids).toEqual(expect.arrayContaining(['measure:001-5ce2774f9b8cd589:10', 'measure:000-588be4bdfbf0e9d5:22', 'initiative:ks-laeringsnettverk', T13]));
    for (const id of ids) expect(id).toMatch(/^(actor:[a-z0-9-]+|measure:00[01]-[0-9a-f]{16}:\d+|initiative:[a-z0-9-]+)$/);
  });

  it('has a file name from its title', () => {
    expect(storyFileName(story)).toBe('samkart-overlapp-og-hull-i-0-24-feltet.json');
  });
});

describe('story links', () => {
  it('round-trip a story through the hash, compressed', async () => {
    const story: Story = builtinStory('overlapp')!;
    const value = await encodeStoryLink(story);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(value.length).toBeLessThan(JSON.stringify(story).length);
    expect(storyFromHash(`#story=${value}`)).toBe(value);
    expect(await decodeStoryLink(value)).toEqual(story);
  });

  it('reject a link that holds no story', async () => {
    await expect(decodeStoryLink('not a story!')).rejects.toBeInstanceOf(StoryError);
    await expect(decodeStoryLink('AAAA')).rejects.toBeInstanceOf(StoryError);
  });
});
