import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, INITIAL_STATE, type ExplorerState } from '../state/index.ts';
import { isViewStory, presentationUrl, presentsView, withoutPresentation } from './present-url.ts';
import { STORY_VERSION, type Story } from './story.ts';
import { viewStory } from './view-story.ts';

const state: ExplorerState = { ...INITIAL_STATE, view: 'network', selection: { type: 'node', id: 'actor:bufdir' } };
const own: Story = {
  version: STORY_VERSION, id: null, title: 'Min historie',
  scenes: [{ id: 's1', title: 'A', note: '', state: 'v=network', highlights: [] }, { id: 's2', title: 'B', note: '', state: 'v=measures', highlights: [] }],
};

describe('presentation addresses', () => {
  it('present the view as the view’s own address plus present=1&scene=1, and leaving drops just those', () => {
    const before = `/?${encodeState(state)}`;
    const url = presentationUrl('/', viewStory(state, 'Samarbeidsnettverk'), 0, encodeState(state), '#story=old');
    expect(url).toBe(`${before}&present=1&scene=1`);
    const search = url.slice(1);
    expect(presentsView(search, '')).toBe(true);
    expect(withoutPresentation('/', search)).toBe(before);
    expect(decodeState(search)).toEqual(decodeState(before.slice(1)));
  });

  it('carry one’s own story in the hash and the scene on show in the query', () => {
    const url = presentationUrl('/', own, 1, 'v=measures', '#story=abc');
    expect(url).toBe('/?v=measures&present=1&scene=2#story=abc');
    expect(presentsView('?v=measures&present=1&scene=2', '#story=abc')).toBe(false);
  });

  it('name a built-in story by its id', () => {
    expect(presentationUrl('/', { ...own, id: 'bti' }, 2, 'v=network', '')).toBe('/?story=bti&scene=3');
    expect(presentsView('?story=bti&scene=3&present=1', '')).toBe(false);
  });

  it('tell the view presented from a story of one scene', () => {
    expect(isViewStory(viewStory(state, 'x'))).toBe(true);
    expect(isViewStory({ ...own, scenes: own.scenes.slice(0, 1) })).toBe(false);
    expect(presentsView('?v=network', '')).toBe(false);
  });
});
