import { readdirSync, readFileSync } from 'node:fs';
import snowball from 'snowball-stemmers';
import { describe, expect, it } from 'vitest';
import { norwegianStem } from './norwegian-stem.ts';

const SEEDS = new URL('../../../seeds/', import.meta.url);
const words = new Set<string>();
for (const f of readdirSync(SEEDS).filter((f) => f.endsWith('.txt'))) {
  for (const m of readFileSync(new URL(f, SEEDS), 'utf8').matchAll(/[\p{L}]+/gu)) words.add(m[0].toLocaleLowerCase('nb'));
}

describe('norwegianStem', () => {
  it('agrees with the Snowball reference on every word of the seeds', () => {
    const reference = snowball.newStemmer('norwegian');
    const differ = [...words].filter((w) => norwegianStem(w) !== reference.stem(w));
    expect(words.size).toBeGreaterThan(1000);
    expect(differ).toEqual([]);
  });

  it.each([
    ['foreldreveiledning', 'foreldreveiledning'],
    ['foreldreveiledningen', 'foreldreveiledning'],
    ['barnevernstjenestene', 'barnevernstjenest'],
    ['ungdoms', 'ungdom'],
    ['læringsnettverk', 'læringsnettverk'],
    ['Kommunene', 'kommun'],
  ])('%s → %s', (word, stem) => {
    expect(norwegianStem(word)).toBe(stem);
  });
});
