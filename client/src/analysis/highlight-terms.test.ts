import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { highlightSegments, matchedStems, splitSharedTerms, termStems } from './index.ts';

const seed = (name: string) => readFileSync(new URL(`../../../seeds/${name}`, import.meta.url), 'utf8');
/** The text of a measure block in seed 001, from its heading to the next. */
function measureText(n: number): string {
  const text = seed('001_5ce2774f9b8cd589.txt');
  const start = text.search(new RegExp(`Tiltak\\s*${n}\\s*:`));
  const rest = text.slice(start + 5);
  const next = rest.search(/Tiltak\s*\d+\s*:/);
  return text.slice(start, next < 0 ? undefined : start + 5 + next);
}

const marked = (text: string, terms: string[]) =>
  highlightSegments(text, termStems(splitSharedTerms(terms).words))
    .filter((s) => s.stem)
    .map((s) => s.text);

// sharedTerms as the API gives them for Tiltak 18 (BLD) and Tiltak 19 (JD).
const T18_19 = ['foreldrestøtte og foreldreveiledning', 'videreutvikle', 'foreldreveiledning', 'icdp', 'foreldreveiledningsprogrammet', 'tilbud'];

describe('splitSharedTerms', () => {
  it('tells theme labels from words and drops repeats', () => {
    expect(splitSharedTerms(['barnevernet', 'retningslinjer og veiledere', 'barnevernet', 'gravide, sped- og småbarn', 'foreldre', ' '])).toEqual({
      themes: ['retningslinjer og veiledere', 'gravide, sped- og småbarn'],
      words: ['barnevernet', 'foreldre'],
    });
  });
});

describe('highlightSegments on seed text', () => {
  it('marks every word of Tiltak 19 that starts with a shared stem, whatever its case or ending', () => {
    const text = measureText(19);
    expect(text).toContain('Pappa i fengsel');
    const words = marked(text, T18_19);
    expect(words).toEqual(expect.arrayContaining(['Videreutvikle', 'foreldreveiledningsprogrammet', 'ICDP']));
    expect(words.every((w) => /^(videreutvikl|foreldreveiledning|icdp|tilbud)/i.test(w))).toBe(true);
    expect(words).not.toContain('fengsel');
  });

  it('marks the same stems in Tiltak 18, with inflected forms', () => {
    const words = marked(measureText(18), T18_19).map((w) => w.toLocaleLowerCase('nb'));
    expect(words).toEqual(expect.arrayContaining(['foreldreveiledning', 'icdp']));
    expect(words.some((w) => w.startsWith('tilbud'))).toBe(true);
  });

  it('joins back to the text unchanged', () => {
    const text = measureText(15);
    const segments = highlightSegments(text, termStems(['læringsnettverk', 'kommunene', 'bedre']));
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(matchedStems(segments)).toEqual(new Set(['læringsnettverk', 'kommun', 'bedr']));
  });

  it('a hyphenated compound counts by its parts, and a stem never matches mid-word', () => {
    const segs = highlightSegments('KS-læringsnettverk og nettverkslæring', termStems(['læringsnettverk']));
    expect(segs.filter((s) => s.stem).map((s) => s.text)).toEqual(['læringsnettverk']);
  });

  it('without terms, the text is one plain run', () => {
    expect(highlightSegments('Tiltak 13', [])).toEqual([{ text: 'Tiltak 13', stem: null }]);
    expect(termStems(['ab', 'i'])).toEqual([]);
  });
});

describe('paragraphAround on seed 002', () => {
  it('gives the paragraph that names an initiative without a description', async () => {
    const { paragraphAround } = await import('./index.ts');
    const text = seed('002_4dab5cff7451f1e3.txt');
    const quote = 'Bedre Tverrfaglig Innsats (BTI)';
    const start = text.indexOf(quote);
    const p = paragraphAround(text, start, start + quote.length);
    expect(p.startsWith('Utgangspunktet for arbeidet')).toBe(true);
    expect(p).toContain('læringsnettverk (KS)');
    expect(p).toContain('(Modellkommune) (Bufdir).');
    expect(p).not.toContain('\n\n');
    expect(paragraphAround(text, 5, 2)).toBe('');
  });

  it('cuts a long paragraph around the quote', async () => {
    const { paragraphAround, CONTEXT_MAX } = await import('./index.ts');
    const text = `${'a '.repeat(1000)}QUOTE${' b'.repeat(1000)}`;
    const start = text.indexOf('QUOTE');
    const p = paragraphAround(text, start, start + 5);
    expect(p).toContain('QUOTE');
    expect(p.startsWith('… ')).toBe(true);
    expect(p.endsWith(' …')).toBe(true);
    expect(p.length).toBeLessThanOrEqual(CONTEXT_MAX + 4);
  });
});

describe('plainText', () => {
  it('shows Markdown emphasis from the sources as plain words', async () => {
    const { plainText } = await import('./index.ts');
    expect(plainText('en «**kjernegruppe**» for utsatte barn')).toBe('en «kjernegruppe» for utsatte barn');
    expect(plainText('**Ny GIV 2011 – 2013** - et partnerskap')).toBe('Ny GIV 2011 – 2013 - et partnerskap');
    expect(plainText('3 * 4 = 12')).toBe('3 * 4 = 12');
  });
});
