/**
 * Sorting for the table twin: natural order (measure 2 before 10, æøå in
 * Norwegian order) through `Intl.Collator` with `numeric`, numbers as
 * numbers, empty cells last whichever way the column is sorted. Pure.
 */

export type SortValue = string | number | null | undefined;
export type SortDirection = 'ascending' | 'descending';
export interface SortState {
  column: string;
  direction: SortDirection;
}

/** A compare function for sort values in `lang`'s natural order. */
export function naturalCompare(lang: string): (a: SortValue, b: SortValue) => number {
  const collator = new Intl.Collator(lang === 'nb' ? 'nb-NO' : 'en', { numeric: true, sensitivity: 'base' });
  return (a, b) => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return collator.compare(String(a), String(b));
  };
}

const empty = (v: SortValue) => v === null || v === undefined || v === '' || (typeof v === 'number' && Number.isNaN(v));

/** `rows` sorted by `value` in `direction`, stable, empty values last. */
export function sortRows<T>(rows: readonly T[], value: (row: T) => SortValue, direction: SortDirection, lang: string): T[] {
  const compare = naturalCompare(lang);
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, i) => ({ row, i, v: value(row) }))
    .sort((x, y) => {
      const ex = empty(x.v);
      const ey = empty(y.v);
      if (ex || ey) return ex === ey ? x.i - y.i : ex ? 1 : -1;
      return sign * compare(x.v, y.v) || x.i - y.i;
    })
    .map((x) => x.row);
}

/** The sort after a click on `column`: the same column turns around, a new one starts ascending (numbers descending, biggest first). */
export function nextSort(current: SortState | null, column: string, numeric: boolean): SortState {
  if (current?.column === column) return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { column, direction: numeric ? 'descending' : 'ascending' };
}
