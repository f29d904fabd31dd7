/**
 * The XLSX export, written with exceljs: one sheet per table, bold frozen
 * headers with a filter, column widths, wrapped long text, and the title, date
 * and sources on the first sheet. exceljs is loaded only when an export is
 * asked for, so the explorer's first load does not carry it.
 */
import type { ExportTable } from './tables.ts';

/** Excel's limit on a sheet name, and the characters it refuses in one. */
const SHEET_NAME_MAX = 31;
const SHEET_NAME_BAD = /[\\/?*[\]:]/g;

/** A workbook of the tables, as the bytes of an .xlsx file. */
export async function toXlsx(tables: readonly ExportTable[], info: { title: string; created?: Date } = { title: 'Samkart' }): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Samkart';
  wb.title = info.title;
  wb.created = info.created ?? new Date();
  const used = new Set<string>();
  for (const table of tables) {
    let name = table.name.replace(SHEET_NAME_BAD, ' ').slice(0, SHEET_NAME_MAX) || 'Ark';
    for (let i = 2; used.has(name.toLowerCase()); i++) name = `${name.slice(0, SHEET_NAME_MAX - 3)} ${i}`;
    used.add(name.toLowerCase());
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = table.columns.map((c, i) => ({ key: `c${i}`, header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    for (const row of table.rows) ws.addRow(row.map((c) => (c === null ? '' : c)));
    table.columns.forEach((c, i) => {
      if (c.wrap) ws.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
    });
    if (table.rows.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
