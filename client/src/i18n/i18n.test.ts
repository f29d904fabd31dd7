import { describe, expect, it } from 'vitest';
import { en, isMessageKey, nb, translateOr, translator } from './index.ts';

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

  it('translates keys built from server data, with a fallback for unknown ones', () => {
    const t = translator('en');
    expect(isMessageKey('view.matrix')).toBe(true);
    expect(isMessageKey('edge.NO_SUCH_TYPE')).toBe(false);
    expect(isMessageKey('toString')).toBe(false);
    expect(translateOr(t, 'view.matrix', 'x')).toBe('System matrix');
    expect(translateOr(t, 'edge.NO_SUCH_TYPE', 'NO_SUCH_TYPE')).toBe('NO_SUCH_TYPE');
  });
});
