import { describe, expect, it } from 'vitest';
import { emptyStory, studioReducer, type StudioState } from './index.ts';

const scene = (title: string) => ({ title, note: '', state: 'v=network', highlights: [] });
const start: StudioState = { story: emptyStory('Ny'), index: -1, presenting: false, panelOpen: true };

describe('studioReducer', () => {
  it('adds scenes after the current one and moves to the new one', () => {
    let s = studioReducer(start, { type: 'addScene', scene: scene('A') });
    s = studioReducer(s, { type: 'addScene', scene: scene('C') });
    s = studioReducer(s, { type: 'goto', index: 0 });
    s = studioReducer(s, { type: 'addScene', scene: scene('B') });
    expect(s.story.scenes.map((x) => x.title)).toEqual(['A', 'B', 'C']);
    expect(s.index).toBe(1);
    expect(new Set(s.story.scenes.map((x) => x.id)).size).toBe(3);
  });

  it('reorders, edits and deletes, keeping the current scene in view', () => {
    let s = start;
    for (const t of ['A', 'B', 'C']) s = studioReducer(s, { type: 'addScene', scene: scene(t) });
    const [a, b] = s.story.scenes;
    s = studioReducer(s, { type: 'goto', index: 0 });
    s = studioReducer(s, { type: 'moveScene', id: a.id, by: 1 });
    expect(s.story.scenes.map((x) => x.title)).toEqual(['B', 'A', 'C']);
    expect(s.index).toBe(1);
    expect(studioReducer(s, { type: 'moveScene', id: b.id, by: -1 })).toBe(s);
    s = studioReducer(s, { type: 'updateScene', id: a.id, patch: { title: 'A2', note: 'n' } });
    expect(s.story.scenes[1]).toMatchObject({ id: a.id, title: 'A2', note: 'n' });
    s = studioReducer(s, { type: 'removeScene', id: b.id });
    expect(s.story.scenes.map((x) => x.title)).toEqual(['A2', 'C']);
    expect(s.index).toBe(0);
  });

  it('steps within the story and presents only a story with scenes', () => {
    expect(studioReducer(start, { type: 'present' }).presenting).toBe(false);
    let s = studioReducer(start, { type: 'addScene', scene: scene('A') });
    s = studioReducer(s, { type: 'addScene', scene: scene('B') });
    s = studioReducer(s, { type: 'present', index: 0 });
    expect(s).toMatchObject({ presenting: true, index: 0 });
    s = studioReducer(s, { type: 'step', by: 1 });
    s = studioReducer(s, { type: 'step', by: 1 });
    expect(s.index).toBe(1);
    s = studioReducer(s, { type: 'step', by: -5 });
    expect(s.index).toBe(0);
    expect(studioReducer(s, { type: 'exit' }).presenting).toBe(false);
  });
});
