import { describe, expect, it } from 'vitest';
import { lineAround } from './DocumentView.tsx';

describe('lineAround', () => {
  const text = 'Ark1\n\nNr\tTiltak\tAnsvarlig\n1\tFelles veileder\tHelsedirektoratet\n2\tKompetanse\tUdir';

  it('gives the whole row around a quote inside it', () => {
    const start = text.indexOf('Felles');
    expect(lineAround(text, start, start + 6)).toBe('1\tFelles veileder\tHelsedirektoratet');
  });

  it('handles a quote at the start or the end of the text', () => {
    expect(lineAround(text, 0, 4)).toBe('Ark1');
    expect(lineAround(text, text.length - 4, text.length)).toBe('2\tKompetanse\tUdir');
  });
});
