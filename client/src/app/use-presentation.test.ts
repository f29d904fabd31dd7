import { describe, expect, it } from 'vitest';
import { presentationKey } from './use-presentation.ts';

describe('presentationKey', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'exit'],
    ['a', null],
  ])('%j → %s', (key, action) => {
    expect(presentationKey(key)).toBe(action);
  });
});
