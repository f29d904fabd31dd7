import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { detailsPreview } from './use-selection.ts';

const elements: ElementDefinition[] = [
  { group: 'nodes', data: { id: 'n1', ref: 'actor:a', type: 'Actor', label: 'Adir', name: 'Arbeidsdirektoratet' } },
  { group: 'nodes', data: { id: 'n2', ref: 'measure:7', type: 'Measure', label: 'Tiltak 7' } },
  { group: 'nodes', data: { id: 'cell', ref: 'actor:a', label: 'a box' } },
  { group: 'nodes', data: { id: 'g', ref: 'group:x', type: 'Group', label: 'Kommuner · 12' } },
  { group: 'edges', data: { id: 'e', ref: 'edge:1', source: 'n1', target: 'n2', type: 'RESPONSIBLE_FOR' } },
];

describe('detailsPreview', () => {
  it('gives the full name and kind of a node on the canvas, in the reader\'s language', () => {
    expect(detailsPreview(elements, { type: 'node', id: 'actor:a' }, translator('nb'))).toEqual({ title: 'Arbeidsdirektoratet', eyebrow: 'Aktør' });
    expect(detailsPreview(elements, { type: 'node', id: 'actor:a' }, translator('en'))).toEqual({ title: 'Arbeidsdirektoratet', eyebrow: 'Body' });
  });

  it('falls back to the label when the node has no name', () => {
    expect(detailsPreview(elements, { type: 'node', id: 'measure:7' }, translator('nb'))?.title).toBe('Tiltak 7');
  });

  it('has nothing for edges, groups, nodes not drawn and no selection', () => {
    expect(detailsPreview(elements, { type: 'edge', id: 'edge:1' }, translator('nb'))).toBeNull();
    expect(detailsPreview(elements, { type: 'node', id: 'group:x' }, translator('nb'))).toBeNull();
    expect(detailsPreview(elements, { type: 'node', id: 'actor:elsewhere' }, translator('nb'))).toBeNull();
    expect(detailsPreview(elements, null, translator('nb'))).toBeNull();
  });
});
