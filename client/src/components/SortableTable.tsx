/**
 * A data table a screen reader announces properly: a caption, column and row
 * headers with `scope`, and sortable columns as buttons in the headers whose
 * state is in `aria-sort`. Sorting is natural (table-sort.ts).
 */
import { useState, type ReactNode } from 'react';
import { useI18n } from '../app/i18n-context.ts';
import { nextSort, sortRows, type SortState, type SortValue } from './table-sort.ts';

export interface Column<T> {
  key: string;
  label: string;
  /** The value the column sorts by; without it the column does not sort. */
  value?(row: T): SortValue;
  render(row: T): ReactNode;
  numeric?: boolean;
}

export interface SortableTableProps<T> {
  caption: ReactNode;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  /** The column sorted by at first, and how. */
  initialSort?: SortState;
  rowClass?(row: T): string;
  selected?(row: T): boolean;
  className?: string;
  testId?: string;
}

export function SortableTable<T>(props: SortableTableProps<T>) {
  const { t, lang } = useI18n();
  const [sort, setSort] = useState<SortState | null>(props.initialSort ?? null);
  const column = sort ? props.columns.find((c) => c.key === sort.column && c.value) : undefined;
  const rows = column && sort ? sortRows(props.rows, column.value!, sort.direction, lang) : props.rows;
  const [head, ...rest] = props.columns;
  return (
    <table className={`data-table${props.className ? ` ${props.className}` : ''}`} data-testid={props.testId}>
      <caption>
        {props.caption}
        {column && sort && <span className="visually-hidden"> · {t(sort.direction === 'ascending' ? 'table.sortedAsc' : 'table.sortedDesc', { column: column.label })}</span>}
      </caption>
      <thead>
        <tr>
          {props.columns.map((c) => {
            const on = sort?.column === c.key;
            return (
              <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined} aria-sort={c.value ? (on ? sort!.direction : 'none') : undefined}>
                {c.value ? (
                  <button type="button" className="sort-button" onClick={() => setSort(nextSort(sort, c.key, !!c.numeric))} title={t('table.sortBy', { column: c.label })}>
                    {c.label}
                    <span className="sort-mark" aria-hidden="true">
                      {on ? (sort!.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                ) : (
                  c.label
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          const isSel = props.selected?.(row) ?? false;
          return (
            <tr key={props.rowKey(row)} className={`${isSel ? 'selected' : ''} ${props.rowClass?.(row) ?? ''}`.trim() || undefined} data-selected={isSel}>
              <th scope="row" className={head.numeric ? 'num' : undefined}>
                {head.render(row)}
              </th>
              {rest.map((c) => (
                <td key={c.key} className={c.numeric ? 'num' : undefined}>
                  {c.render(row)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
