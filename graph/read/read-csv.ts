/**
 * CSV: decoded as the text files are (UTF-8, UTF-16, Windows-1252), the
 * delimiter told from the first line (comma, semicolon as Norwegian Excel
 * writes, or tab), parsed with csv-parse, then read as a sheet named after
 * the file (sheet-to-text.ts).
 */
import { parse } from 'csv-parse/sync';
import { decodeDocument } from '../load/read-document.ts';
import { BrokenFileError, FileTooLargeError } from './errors.ts';
import { columnLetters, sheetsToText, type SheetCell } from './sheet-to-text.ts';
import type { DocumentReader, ReadResult } from './types.ts';

/** The delimiter that splits the first line most often, quotes aside. */
export function guessDelimiter(text: string): ',' | ';' | '\t' {
  const first = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n')).replace(/"[^"]*"/gu, '');
  const counts = ([',', ';', '\t'] as const).map((d) => [d, first.split(d).length - 1] as const);
  return [...counts].sort((a, b) => b[1] - a[1])[0][1] > 0 ? [...counts].sort((a, b) => b[1] - a[1])[0][0] : ',';
}

export const csvReader: DocumentReader = {
  format: 'csv',
  async read(bytes, fileName, limits): Promise<ReadResult> {
    if (bytes.length > limits.maxTextBytes) throw new FileTooLargeError(`${fileName}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB is over the ${(limits.maxTextBytes / 1024 / 1024).toFixed(0)} MB limit for CSV files`);
    const { text } = decodeDocument(bytes, fileName);
    let records: { record: string[]; info: { lines: number } }[];
    try {
      records = parse(text, { delimiter: guessDelimiter(text), relax_column_count: true, relax_quotes: true, skip_empty_lines: false, info: true }) as unknown as typeof records;
    } catch (e) {
      throw new BrokenFileError(`${fileName}: not readable as CSV (${(e as Error).message})`);
    }
    let cells = 0;
    const rows = records.map(({ record, info }) =>
      record.map((value, c): SheetCell | null => {
        if (++cells > limits.maxCells) throw new FileTooLargeError(`${fileName}: more than ${limits.maxCells} cells; split the file`);
        return value.trim() ? { text: value, address: `${columnLetters(c + 1)}${info.lines}`, row: info.lines } : null;
      }),
    );
    const sheet = fileName.replace(/^.*[\\/]/u, '').replace(/\.[^.]+$/u, '');
    return { format: 'csv', ...sheetsToText([{ name: sheet, rows }], 'csv') };
  },
};
