import { describe, expect, it } from 'vitest';
import { en, nb, translator } from './index.ts';

describe('i18n', () => {
  // That nb and en have the same keys is checked by the type checker (en is a Record<MessageKey, string>).
  it('no message is empty and placeholders match', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(nb) as (keyof typeof nb)[]) {
      expect(nb[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(nb[key]));
    }
  });

  it('translates and fills placeholders', () => {
    expect(translator('nb')('view.matrix')).toBe('Systemkart');
    expect(translator('en')('view.matrix')).toBe('System matrix');
    expect(translator('en')('path.steps', { n: 3 })).toBe('3 steps');
  });
});
