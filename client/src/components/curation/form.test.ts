import { describe, expect, it } from 'vitest';
import { correctionFromForm, correctionsOf, emptyCorrectForm, linkFromForm, type LinkForm } from './form.ts';

describe('curation forms', () => {
  it('make a correction only with a reason and what the action needs', () => {
    const f = emptyCorrectForm();
    expect(correctionFromForm('actor:a', f)).toBeNull();
    expect(correctionFromForm('actor:a', { ...f, why: 'Feil' })).toEqual({ op: 'reject', id: 'actor:a', why: 'Feil' });
    expect(correctionFromForm('actor:a', { ...f, action: 'merge', why: 'Samme' })).toBeNull();
    expect(correctionFromForm('actor:a', { ...f, action: 'merge', why: 'Samme', other: 'actor:b' }, 'Kari')).toEqual({ op: 'merge', into: 'actor:b', from: 'actor:a', why: 'Samme', author: 'Kari' });
    expect(correctionFromForm('actor:a', { ...f, action: 'edit', why: 'x' })).toBeNull();
    expect(correctionFromForm('actor:a', { ...f, action: 'edit', why: 'x', kind: 'MINISTRY', sectors: ['sector:helse'] })).toEqual({ op: 'set', id: 'actor:a', why: 'x', kind: 'MINISTRY', sectors: ['sector:helse'] });
  });

  it('add a link only between two different actors, with a quote and a reason', () => {
    const link: LinkForm = { source: 'actor:a', target: 'actor:b', kind: '', quote: 'A og B samarbeider', why: 'Mangler' };
    expect(linkFromForm(link)).toMatchObject({ op: 'add', kind: 'JOINT_WORK', source: 'actor:a', target: 'actor:b' });
    expect(linkFromForm({ ...link, target: 'actor:a' })).toBeNull();
    expect(linkFromForm({ ...link, quote: ' ' })).toBeNull();
  });

  it('find the corrections of a node, an edge, or a coordination pair', () => {
    const rows = [
      { n: 1, status: 'applied', touched: ['actor:a', 'actor:a-[COORDINATES_WITH:JOINT_WORK]->actor:b'] },
      { n: 2, status: 'undone', touched: [] },
      { n: 3, status: 'applied', touched: ['actor:c'] },
    ];
    expect(correctionsOf(rows, 'actor:a').map((r) => r.n)).toEqual([1]);
    expect(correctionsOf(rows, 'coord:actor:a|actor:b').map((r) => r.n)).toEqual([1]);
    expect(correctionsOf(rows, 'coord:actor:a|actor:c')).toEqual([]);
  });
});
