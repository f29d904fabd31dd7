/**
 * XLSX: the zip checked first (zip-guard.ts), then read with exceljs (not
 * SheetJS: its npm copy is frozen with known CVEs). Formulas are read as the
 * values the file saved with them and never evaluated; a formula saved
 * without a value is left empty and noted. A merged cell's value belongs to
 * its top-left cell: a merge down a column repeats it in each row it covers
 * (a responsible body shared by two measures), a merge across columns keeps
 * it once. Workbook properties (author, company) are never read.
 */
import type { CellValue } from 'exceljs';
import { BrokenFileError, FileTooLargeError } from './errors.ts';
import { sheetsToText, type SheetCell, type SheetData } from './sheet-to-text.ts';
import type { DocumentReader, ReadNote, ReadResult } from './types.ts';
import { checkZip } from './zip-guard.ts';

type Value = CellValue;

/** A cell value as text; formulas give their saved result (null when none was saved). */
export function cellValueText(v: Value): string | null {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Math.round(v * 1e6) / 1e6).replace('.', ',');
  if (typeof v === 'boolean') return v ? 'SANN' : 'USANN';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('formula' in v || 'sharedFormula' in v) {
      const result = (v as { result?: Value }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === 'object' && result !== null && 'error' in result) return '';
      return cellValueText(result);
    }
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : cellValueText(v.text as Value);
    if ('error' in v) return '';
  }
  return '';
}

export const xlsxReader: DocumentReader = {
  format: 'xlsx',
  async read(bytes, fileName, limits): Promise<ReadResult> {
    if (bytes.length > limits.maxZipBytes) throw new FileTooLargeError(`${fileName}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB is over the ${(limits.maxZipBytes / 1024 / 1024).toFixed(0)} MB limit for spreadsheets`);
    await checkZip(bytes, fileName, limits);
    // Loaded when a spreadsheet comes (exceljs takes about 0.2 s to load), not by every parser thread.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    } catch (e) {
      throw new BrokenFileError(`${fileName}: the spreadsheet cannot be read (${(e as Error).message}); the file is broken`);
    }
    const notes: ReadNote[] = [];
    const sheets: SheetData[] = [];
    let cells = 0;
    let formulas = 0;
    const unsaved: string[] = [];
    workbook.eachSheet((ws) => {
      if (ws.state === 'hidden' || ws.state === 'veryHidden') {
        notes.push({ message: `hidden sheet "${ws.name}" skipped` });
        return;
      }
      const rows: (SheetCell | null)[][] = [];
      for (let r = 1; r <= ws.rowCount; r++) {
        const row = ws.getRow(r);
        const out: (SheetCell | null)[] = [];
        for (let c = 1; c <= Math.max(row.cellCount, 0); c++) {
          if (++cells > limits.maxCells) throw new FileTooLargeError(`${fileName}: more than ${limits.maxCells} cells; split the workbook`);
          const cell = row.getCell(c);
          let source = cell;
          if (cell.type === ExcelJS.ValueType.Merge && cell.master) {
            // Across columns: the value stays in its first cell. Down a column: repeated, with the first cell as its source.
            if (cell.master.col !== cell.col) {
              out.push(null);
              continue;
            }
            source = cell.master;
          }
          const value = source.value;
          if (value && typeof value === 'object' && ('formula' in value || 'sharedFormula' in value)) formulas++;
          const text = cellValueText(value);
          if (text === null) {
            unsaved.push(`${ws.name}!${source.address}`);
            out.push(null);
            continue;
          }
          out.push(text.trim() ? { text, address: source.address, row: Number(source.row) } : null);
        }
        rows.push(out);
      }
      sheets.push({ name: ws.name, rows });
    });
    if (formulas) notes.push({ message: `${formulas} formula cell${formulas === 1 ? '' : 's'} read as the value saved in the file (formulas are never evaluated)` });
    if (unsaved.length) notes.push({ message: `formulas with no saved value left empty: ${unsaved.slice(0, 5).join(', ')}${unsaved.length > 5 ? ' …' : ''}` });
    const read = sheetsToText(sheets, 'xlsx');
    return { format: 'xlsx', ...read, notes: [...notes, ...read.notes] };
  },
};
