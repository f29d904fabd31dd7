import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';
import { growthRatio, LINEAR_GROWTH_LIMIT } from './growth.test-support.ts';

describe('splitSentences', () => {
  it('splits at full stops, keeps abbreviations and ends a sentence at a line that closes it', () => {
    const text = 'Tiltaket ledes av avd. direktør i Bufdir. Det går bra.\nNeste linje uten punktum\nfortsetter her.\n- punkt';
    expect(splitSentences(text).map((s) => s.text)).toEqual([
      'Tiltaket ledes av avd. direktør i Bufdir.',
      'Det går bra.',
      'Neste linje uten punktum\nfortsetter her.',
      'punkt',
    ]);
  });

  it('is linear on many heading lines without final punctuation (issue 11, item 3)', () => {
    const make = (n: number) => Array.from({ length: n }, (_, i) => `Overskrift nummer ${i} uten punktum`).join('\n');
    expect(growthRatio(make, (t) => splitSentences(t), 2000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });

  it('is linear on lines of closing marks only', () => {
    const make = (n: number) => 'Start\n' + '*)\n'.repeat(n) + 'slutt';
    expect(growthRatio(make, (t) => splitSentences(t), 4000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });
});
