import { describe, expect, it } from 'vitest';
import { INITIAL_STATE, type ExplorerState } from '../state/index.ts';
import { stateFromScene } from './story.ts';
import { viewStory } from './view-story.ts';

describe('viewStory', () => {
  it('is one scene that brings back the view, selection and filters as they are, in the viewer’s language', () => {
    const state: ExplorerState = {
      ...INITIAL_STATE,
      view: 'network',
      selection: { type: 'node', id: 'actor:bufdir' },
      filters: { ...INITIAL_STATE.filters, sectors: ['sector:helse'] },
      highlights: ['actor:bufdir'],
      lang: 'en',
    };
    const story = viewStory(state, 'Samarbeidsnettverk');
    expect(story.scenes).toHaveLength(1);
    expect(story.id).toBeNull();
    expect(story.scenes[0].title).toBe('Samarbeidsnettverk');
    expect(story.scenes[0].state).not.toMatch(/lang=/);
    const back = stateFromScene(story.scenes[0], { lang: 'nb', largeText: false, sidebarOpen: true });
    expect(back.view).toBe('network');
    expect(back.selection).toEqual({ type: 'node', id: 'actor:bufdir' });
    expect(back.filters.sectors).toEqual(['sector:helse']);
    expect(back.highlights).toEqual(['actor:bufdir']);
    expect(back.lang).toBe('nb');
  });
});
