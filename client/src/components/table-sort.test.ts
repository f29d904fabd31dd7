import { describe, expect, it } from 'vitest';
import { nextSort, sortRows } from './table-sort.ts';

describe('sortRows', () => {
  it('puts measure 2 before 10 and 20 (natural order, not text order)', () => {
    const rows = ['Tiltak 20', 'Tiltak 21', 'Tiltak 10', 'Tiltak 2', 'Tiltak 1'];
    expect(sortRows(rows, (r) => r, 'ascending', 'nb')).toEqual(['Tiltak 1', 'Tiltak 2', 'Tiltak 10', 'Tiltak 20', 'Tiltak 21']);
    expect(sortRows(rows, (r) => r, 'descending', 'nb')).toEqual(['Tiltak 21', 'Tiltak 20', 'Tiltak 10', 'Tiltak 2', 'Tiltak 1']);
  });

  it('sorts æ, ø and å after z in Norwegian', () => {
    expect(sortRows(['Åsane', 'Zeta', 'Ørland', 'Ærø', 'Alta'], (r) => r, 'ascending', 'nb')).toEqual(['Alta', 'Zeta', 'Ærø', 'Ørland', 'Åsane']);
  });

  it('compares numbers as numbers and keeps empty cells last both ways', () => {
    const rows = [{ v: 0.5 }, { v: null }, { v: 0.047 }, { v: 12 }];
    expect(sortRows(rows, (r) => r.v, 'ascending', 'nb').map((r) => r.v)).toEqual([0.047, 0.5, 12, null]);
    expect(sortRows(rows, (r) => r.v, 'descending', 'nb').map((r) => r.v)).toEqual([12, 0.5, 0.047, null]);
  });

  it('is stable for equal values', () => {
    const rows = [{ k: 'a', v: 1 }, { k: 'b', v: 1 }, { k: 'c', v: 0 }];
    expect(sortRows(rows, (r) => r.v, 'descending', 'en').map((r) => r.k)).toEqual(['a', 'b', 'c']);
  });
});

describe('nextSort', () => {
  it('turns the same column around and starts a new one ascending, or descending for numbers', () => {
    expect(nextSort(null, 'name', false)).toEqual({ column: 'name', direction: 'ascending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name', false)).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'score', true)).toEqual({ column: 'score', direction: 'descending' });
  });
});
