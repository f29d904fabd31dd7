/**
 * The XLSX export: sheets with Norwegian headers and the quotes, read back
 * with exceljs, and opened by LibreOffice Calc (converted headless to CSV)
 * with æøå intact. The LibreOffice part runs where `soffice` is installed;
 * with SAMKART_REQUIRE_LIBREOFFICE=1 (CI) a missing LibreOffice fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import type { Evidence } from '../api/index.ts';
import { toXlsx, workbookTables, type ExportGraph, type ExportLabels } from './index.ts';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/lib/libreoffice/program/soffice'].find((p) => {
  try {
    readFileSync(p);
    return true;
  } catch {
    return false;
  }
});
if (!SOFFICE && process.env.SAMKART_REQUIRE_LIBREOFFICE === '1') throw new Error('SAMKART_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed');
if (!SOFFICE) console.warn('[xlsx] LibreOffice check skipped: no soffice (apt-get install libreoffice-calc, or set SAMKART_REQUIRE_LIBREOFFICE=1 to make this fail)');

const labels: ExportLabels = {
  lang: 'nb',
  t: translator('nb'),
  sectorName: (id) => ({ 'sector:barn': 'Barn og familie', 'sector:helse': 'Helse' })[id] ?? id,
  levelName: (id) => ({ 'level:direktorat': 'Direktorat' })[id] ?? id,
  documentTitle: (id) => ({ 'doc:a': 'Tiltaksplan for sårbare barn og unge' })[id] ?? id,
};
const node = (id: string, name: string, label: string, type: string, kind = '', status = '') => ({
  id, name, label, type, kind, status, sector: 'sector:barn', sectors: ['sector:barn', 'sector:helse'], levels: ['level:direktorat'], documents: ['doc:a'], x: 0, y: 0, color: '#336699', size: 12,
});
const GRAPH: ExportGraph = {
  nodes: [
    node('actor:ungdir', 'Ungdomsdirektoratet for særlige tjenester', 'Ungdir', 'Actor', 'DIRECTORATE'),
    node('actor:kommune', 'Kommunens barnevernstjeneste', 'Barnevernet', 'Actor', 'MUNICIPAL_SERVICE'),
    node('measure:a:2', 'Styrke oppfølgingen av barn i fosterhjem', 'Tiltak 2', 'Measure', '', 'DELAYED'),
  ],
  edges: [{ id: 'coord:actor:kommune|actor:ungdir', source: 'actor:kommune', target: 'actor:ungdir', type: 'COORDINATES_WITH', kinds: ['JOINT_WORK'], weight: 2, documents: ['doc:a'] }],
};
const TEXT = 'Ungdir og barnevernstjenesten skal sammen følge opp barn i fosterhjem. Arbeidet går videre i år.';
const quote = (start: number, end: number, page: number | null): Evidence => ({ document: { id: 'doc:a', title: 'doc', fileName: 'a.txt' }, start, end, quote: TEXT.slice(start, end), page });
const EVIDENCE = new Map([['coord:actor:kommune|actor:ungdir', [quote(0, 70, 4)]], ['actor:ungdir', [quote(0, 5, null)]]]);
const META = { title: 'Samkart – Samarbeidsnettverk (særlig for æøå)', date: '3. desember 2026', sources: ['Tiltaksplan for sårbare barn og unge'] };

const dir = mkdtempSync(join(tmpdir(), 'samkart-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function workbook(): Promise<Uint8Array> {
  return toXlsx(workbookTables(GRAPH, labels, META, EVIDENCE), { title: META.title, created: new Date('2026-12-03T12:00:00Z') });
}

describe('XLSX export', () => {
  it('has readable Norwegian sheets for actors, measures, links and quotes', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await workbook()).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Om uttrekket', 'Aktører', 'Tiltak og samarbeid', 'Koblinger', 'Sitater']);
    const values = (name: string) => wb.getWorksheet(name)!.getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(values('Aktører')[0]).toEqual(['Navn', 'Kortnavn', 'Type', 'Forvaltningsnivå', 'Sektorer', 'Kilder', 'ID']);
    expect(values('Aktører')[1]).toEqual(['Ungdomsdirektoratet for særlige tjenester', 'Ungdir', 'Direktorat', 'Direktorat', 'Barn og familie; Helse', 'Tiltaksplan for sårbare barn og unge', 'actor:ungdir']);
    expect(values('Tiltak og samarbeid')[1].slice(0, 4)).toEqual(['Tiltak', '2', 'Styrke oppfølgingen av barn i fosterhjem', 'Forsinket']);
    expect(values('Koblinger')[1].slice(0, 5)).toEqual(['Kommunens barnevernstjeneste', 'Samarbeider med', 'Ungdomsdirektoratet for særlige tjenester', 'Samarbeid', 2]);
    const quotes = values('Sitater');
    expect(quotes[0]).toEqual(['Gjelder', 'Dokument', 'Side', 'Sitat', 'Plassering']);
    expect(quotes).toContainEqual(['Kommunens barnevernstjeneste – Ungdomsdirektoratet for særlige tjenester', 'Tiltaksplan for sårbare barn og unge', 4, TEXT.slice(0, 70), 'tegn 0–70']);
    expect(values('Om uttrekket').flat()).toEqual(expect.arrayContaining([META.title, META.date, 'Tiltaksplan for sårbare barn og unge']));
  });

  it.runIf(SOFFICE)('opens in LibreOffice Calc with æøå intact (converted headless to CSV, every sheet)', async () => {
    const file = join(dir, 'samkart.xlsx');
    writeFileSync(file, await workbook());
    // 44 = ',' between fields, 34 = '"' around text, 76 = UTF-8, 1 = first line; the last token -1 writes every sheet to its own file.
    execFileSync(SOFFICE!, ['--headless', `-env:UserInstallation=file://${join(dir, 'profile')}`, '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', dir, file], { stdio: 'pipe', timeout: 120_000 });
    const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv')).sort();
    expect(csvs.length).toBe(5);
    const all = csvs.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    expect(all).toContain('Ungdomsdirektoratet for særlige tjenester');
    expect(all).toContain('Forvaltningsnivå');
    // Sheet names become file names.
    expect(csvs.join(' ')).toContain('Aktører');
    expect(all).toContain('Samkart – Samarbeidsnettverk (særlig for æøå)');
    expect(all).toContain(TEXT.slice(0, 70));
    expect(all).not.toMatch(/Ã¦|Ã¸|Ã¥|\uFFFD/);
  }, 150_000);
});
