/**
 * Per-reader tests on the committed fixtures (made by
 * scripts/fixtures/make-fixtures.ts) and on small inputs written here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.ts';
import { BrokenFileError, EncryptedPdfError, NoTextLayerError, TooManyPagesError, UnsupportedFormatError, ZipBombError } from './errors.ts';
import { layoutPdfPages, type PdfRun } from './pdf-layout.ts';
import { readDocumentBytes } from './read-document-bytes.ts';
import { htmlToText } from './read-html.ts';
import { sheetsToText } from './sheet-to-text.ts';
import { locateSpan, remapSourceMap } from './source-map.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url))));
const read = (name: string, limits = {}) => readDocumentBytes(fixture(name), name, limits);
const TABLE = 'Nr\tTiltak\tAnsvarlig\tStatus\n1\tFelles veileder for oppfølging av unge utenfor skole\tHelsedirektoratet\tI rute';

describe('PDF reader', () => {
  it('rebuilds a ruled table as tab-delimited rows, cells that wrap joined back', async () => {
    const { text, pageCount } = await read('plan.pdf');
    expect(pageCount).toBe(3);
    expect(text).toContain(TABLE);
  });

  it('rebuilds an unruled table from x/y alignment alone', async () => {
    expect((await read('unruled-table.pdf')).text).toContain(TABLE);
  });

  it('drops the running header and the page numbers, and joins a paragraph over a page break', async () => {
    const { text } = await read('plan.pdf');
    expect(text.split('\n').filter((l) => l === 'Handlingsplan for trygg oppvekst')).toEqual([]);
    expect(text).not.toMatch(/^Side \d+$/mu);
    expect(text).not.toMatch(/og\n\nat det tar lang tid/u);
  });

  it('reads two columns left first, then right, with full-width text before and after', async () => {
    const { text } = await read('two-column.pdf');
    const at = (s: string) => text.indexOf(s);
    expect(at('Innledningen')).toBeLessThan(at('Avsnitt 1.1'));
    expect(at('Avsnitt 1.4')).toBeLessThan(at('Bakgrunn 2: fritid'));
    expect(at('Avsnitt 2.4')).toBeLessThan(at('Avslutningen'));
    // No line mixes the two columns.
    expect(text).not.toMatch(/Avsnitt 1\.\d[^\n]*Avsnitt 2\./u);
  });

  it('maps every offset of a run to its page and box', async () => {
    const { text, sourceMap } = await read('plan.pdf');
    const i = text.indexOf('Avsnitt 5.6');
    const where = locateSpan(sourceMap, i, i + 11);
    expect(where.page).toBe(3);
    expect(where.boxes[0]).toMatchObject({ page: 3 });
    expect(where.boxes[0].x).toBeGreaterThan(50);
    expect(where.boxes[0].width).toBeGreaterThan(30);
    expect(where.boxes[0].width).toBeLessThan(100);
  });

  it('refuses encrypted, broken, textless and too long PDFs with their typed errors', async () => {
    await expect(read('hostile-encrypted.pdf')).rejects.toBeInstanceOf(EncryptedPdfError);
    await expect(read('hostile-broken.pdf')).rejects.toBeInstanceOf(BrokenFileError);
    await expect(read('hostile-scanned.pdf')).rejects.toBeInstanceOf(NoTextLayerError);
    await expect(read('plan.pdf', { maxPdfPages: 2 })).rejects.toBeInstanceOf(TooManyPagesError);
  });

  it('parts a row into cells only at wide gaps, and keeps words of one line together', () => {
    const run = (text: string, x: number, y: number, width: number): PdfRun => ({ text, x, y, width, size: 10 });
    const page = (runs: PdfRun[]) => ({ page: 1, label: 'iv', width: 595, height: 842, runs });
    const { text, sourceMap } = layoutPdfPages([
      page([run('Tiltak', 60, 700, 30), run('Status', 300, 700, 30), run('Ny', 60, 686, 12), run('veileder', 74, 686, 40), run('I rute', 300, 686, 25), run('Mer', 60, 672, 18), run('Ferdig', 300, 672, 30)]),
    ]);
    expect(text).toBe('Tiltak\tStatus\nNy veileder\tI rute\nMer\tFerdig\n');
    expect(locateSpan(sourceMap, 0, 6)).toMatchObject({ page: 1, pageLabel: 'iv' });
  });
});

describe('DOCX reader', () => {
  it('keeps headings as a path, paragraphs apart, and tables as tab-delimited rows', async () => {
    const { text, sourceMap } = await read('plan.docx');
    expect(text).toContain(TABLE);
    expect(text).toContain('Planen samler tiltak for barn og unge som trenger hjelp fra flere tjenester samtidig.\n\nDen skal');
    const i = text.indexOf('Avsnitt 2.1');
    expect(locateSpan(sourceMap, i, i + 5).location).toBe('Handlingsplan for trygg oppvekst 2025–2027 › Bakgrunn 2: fritid');
  });

  it('refuses a zip bomb before inflating it', async () => {
    await expect(read('hostile-bomb.docx')).rejects.toBeInstanceOf(ZipBombError);
    // Past the ratio check, the total the directory declares is checked against its limit before anything is inflated.
    await expect(read('hostile-bomb.docx', { maxZipRatio: 10_000, maxUnzippedBytes: 10 * 1024 * 1024 })).rejects.toThrow(/would inflate to 64\.0 MB, over the 10\.0 MB limit/u);
  });
});

describe('HTML reader', () => {
  it('reads the article without navigation, cookie banner, related links or footer', async () => {
    const { text } = await read('plan.html');
    expect(text.startsWith('Handlingsplan for trygg oppvekst 2025–2027\n\nPlanen samler')).toBe(true);
    expect(text).toContain(TABLE);
    expect(text).not.toMatch(/informasjonskapsler|Godta alle|Forside|Relaterte saker|Postboks|Om oss/u);
  });

  it('writes blocks apart and list items on their own lines, and never runs scripts', async () => {
    const { text, notes } = await htmlToText('<html><body><script>document.write("Skript")</script><h1>Plan</h1><p>Første<br>linje</p><p>Andre</p><ul><li>Punkt én</li><li>Punkt to</li></ul><ol start="3"><li>Tre</li></ol></body></html>', 'html', false);
    expect(text).toBe('Plan\n\nFørste linje\n\nAndre\n\n• Punkt én\n\n• Punkt to\n\n3. Tre\n');
    expect(notes.map((n) => n.message)).toEqual(['scripts in the page were ignored (never run)']);
  });

  it('repeats a cell merged down a table into each row it covers', async () => {
    const { text } = await htmlToText('<html><body><table><tr><th>Tiltak</th><th>Ansvarlig</th></tr><tr><td>A</td><td rowspan="2">Bufdir</td></tr><tr><td>B</td></tr></table></body></html>', 'html', false);
    expect(text).toBe('Tiltak\tAnsvarlig\nA\tBufdir\nB\tBufdir\n');
  });
});

describe('XLSX and CSV readers', () => {
  it('reads a measure sheet as a table, formulas as saved values, a merged cell in each row it covers, with cell addresses', async () => {
    const { text, sourceMap, notes, actors } = await read('plan.xlsx');
    expect(text).toContain('Nr\tTiltak\tAnsvarlig\tStatus\n1\tFelles veileder for oppfølging av unge utenfor skole\tHelsedirektoratet\tI rute');
    expect(text).toContain('3\tSamordnet oppfølging av barn i barnevernet\tBufdir\tFullført\n4\tNasjonal opplæring i tverrfaglig samarbeid\tBufdir\tIkke startet');
    expect(notes.map((n) => n.message)).toContain('3 formula cells read as the value saved in the file (formulas are never evaluated)');
    const i = text.indexOf('Ikke startet');
    expect(locateSpan(sourceMap, i, i + 3)).toMatchObject({ location: 'Ark1!D7', row: 7 });
    const j = text.lastIndexOf('Bufdir\tIkke');
    expect(locateSpan(sourceMap, j, j + 6).location).toBe('Ark1!C6');
    expect(actors!.map((a) => [a.name.text, a.parent?.text])).toEqual([
      ['Bufdir', 'Barne- og familiedepartementet'],
      ['Helsedirektoratet', 'Helse- og omsorgsdepartementet'],
      ['Utdanningsdirektoratet', 'Kunnskapsdepartementet'],
    ]);
  });

  it('reads a CSV with semicolons in any column order, Nynorsk labels included', async () => {
    const csv = new TextEncoder().encode('Status;Tiltak;Ansvarleg\nI rute;"Felles veileder; ny utgåve";Helsedirektoratet\n');
    const { text, sourceMap } = await readDocumentBytes(csv, 'tiltak.csv');
    expect(text).toBe('Status\tTiltak\tAnsvarleg\nI rute\tFelles veileder; ny utgåve\tHelsedirektoratet\n');
    expect(locateSpan(sourceMap, text.indexOf('Helse'), text.indexOf('Helse') + 5).location).toBe('tiltak!C2');
  });

  it('writes a sheet that is neither measures nor organisations row by row, its columns kept', () => {
    const cell = (text: string, address: string, row: number) => ({ text, address, row });
    const { text } = sheetsToText([{ name: 'Notater', rows: [[cell('Møte', 'A1', 1), null, cell('mars', 'C1', 1)]] }], 'xlsx');
    expect(text).toBe('Møte\t\tmars\n');
  });
});

describe('format by bytes and name', () => {
  it('tells PDF and zip by their bytes, text by its extension, and refuses what it does not read', () => {
    expect(detectFormat(fixture('plan.pdf'), 'rapport.txt')).toBe('pdf');
    expect(detectFormat(fixture('plan.docx'), 'plan.docx')).toBe('zip');
    expect(detectFormat(new TextEncoder().encode('<p>Hei</p>'), 'side.html')).toBe('html');
    expect(() => detectFormat(new TextEncoder().encode('ren tekst'), 'side.html')).toThrow(UnsupportedFormatError);
    expect(() => detectFormat(new TextEncoder().encode('ren tekst'), 'plan.pdf')).toThrow(/plan\.pdf: named \.pdf but not a PDF/u);
    expect(() => detectFormat(new Uint8Array([1, 2, 3]), 'bilde.png')).toThrow(/bilde\.png: Samkart does not read \.png/u);
  });

  it('tells DOCX from XLSX by [Content_Types].xml, not by the name', async () => {
    expect((await readDocumentBytes(fixture('plan.xlsx'), 'feil-navn.docx')).format).toBe('xlsx');
  });
});

describe('source maps', () => {
  it('move with the text when names are replaced, and give the replaced boxes for painting over', () => {
    const map = { format: 'pdf' as const, pages: [], spans: [{ start: 0, end: 20, page: 1, box: { x: 0, y: 0, width: 200, height: 10 } }, { start: 21, end: 30, page: 1, box: { x: 0, y: 20, width: 90, height: 10 } }] };
    // "Leder: Kari Nordmann" → "Leder: [navn]": 12 characters become 6.
    const moved = remapSourceMap(map, [{ start: 7, end: 13, sourceStart: 7, sourceEnd: 20 }]);
    expect(moved.spans.map((s) => [s.start, s.end])).toEqual([
      [0, 13],
      [14, 23],
    ]);
    expect(moved.redactedBoxes).toEqual([{ page: 1, x: 70, y: 0, width: 130, height: 10 }]);
  });
});
