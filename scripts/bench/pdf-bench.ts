/**
 * PDF reading speed (issue 13): pages per second of the PDF reader
 * (graph/read, pdf.js and the layout), and the time to load a 200-page PDF
 * through the loader (reader and parsers in the parse thread, as `npm start`
 * does). The PDF is generated here: Helvetica text, a heading per page, a
 * page header and footer, a measure table every tenth page.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDocuments } from '../../graph/load/index.ts';
import { readDocumentBytes } from '../../graph/read/index.ts';
import { EmbeddedStore } from '../../graph/store/index.ts';

const esc = (s: string) => s.replace(/\\/gu, '\\\\').replace(/\(/gu, '\\(').replace(/\)/gu, '\\)');

/** A PDF of `pages` A4 pages of running text. */
export function generatedPdf(pages: number): Buffer {
  const objects: string[] = ['<< /Type /Catalog /Pages 2 0 R >>', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'];
  const kids: number[] = [];
  for (let p = 1; p <= pages; p++) {
    const lines: string[] = [`BT /F1 9 Tf 56 805 Td (Generert handlingsplan for måling) Tj ET`, `BT /F1 14 Tf 56 770 Td (Kapittel ${p}: Oppfølging av unge) Tj ET`];
    let y = 745;
    for (let l = 0; l < 40; l++, y -= 15) {
      const text = l % 8 === 7 ? `Avsnittet slutter her (${p}.${l}).` : `Linje ${l + 1} på side ${p}: tjenestene deler arbeidet og følger opp over tid, og kommunene rapporterer til`;
      lines.push(`BT /F1 10 Tf 56 ${y} Td (${esc(text)}) Tj ET`);
    }
    if (p % 10 === 0) {
      y -= 10;
      for (const [i, row] of [['Nr', 'Tiltak', 'Ansvarlig', 'Status'], [String(p), `Tiltak fra side ${p}`, 'Bufdir', 'I rute']].entries()) {
        [56, 100, 320, 450].forEach((x, c) => lines.push(`BT /F1 10 Tf ${x} ${y - i * 14} Td (${esc(row[c])}) Tj ET`));
      }
    }
    lines.push(`BT /F1 9 Tf 290 30 Td (${p}) Tj ET`);
    const stream = lines.join('\n');
    objects.push(`<< /Length ${Buffer.byteLength(stream, 'latin1')} >>\nstream\n${stream}\nendstream`);
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${objects.length} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    kids.push(objects.length);
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${pages} >>`;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

export interface PdfBenchResult {
  pages: number;
  megabytes: number;
  /** Reading alone (pdf.js and the layout), in this thread. */
  readMs: number;
  pagesPerSecond: number;
  /** The whole load of the file through the loader: read and parsed in the parse thread, written to an embedded store. */
  loadMs: number;
  measures: number;
}

/** Reads and loads a generated PDF of `pages` pages; `runs` reads, the best kept. */
export async function benchPdf(pages = 200, runs = 3): Promise<PdfBenchResult> {
  const bytes = generatedPdf(pages);
  // pdf.js is loaded once per thread: a one-page warm-up keeps that out of the pages per second.
  await readDocumentBytes(new Uint8Array(generatedPdf(1)), 'oppvarming.pdf');
  let readMs = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    await readDocumentBytes(new Uint8Array(bytes), 'maaling.pdf');
    readMs = Math.min(readMs, performance.now() - t);
  }
  const dir = mkdtempSync(join(tmpdir(), 'samkart-pdf-bench-'));
  try {
    writeFileSync(join(dir, 'maaling.pdf'), bytes);
    const t = performance.now();
    const report = await loadDocuments(new EmbeddedStore(), [join(dir, 'maaling.pdf')], { parse: { threads: 1 } });
    const loadMs = performance.now() - t;
    if (report.failed) throw new Error(`the generated PDF did not load: ${report.documents[0].error}`);
    return { pages, megabytes: bytes.length / 1024 / 1024, readMs, pagesPerSecond: (pages * 1000) / readMs, loadMs, measures: report.documents[0].counts.measures };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** One line for the results: pages per second, and the 200-page PDF's read and load times. */
export function formatPdfBench(r: PdfBenchResult): string {
  return `${r.pagesPerSecond.toFixed(0)} pages/s read; ${r.pages} pages (${r.megabytes.toFixed(2)} MB) read in ${(r.readMs / 1000).toFixed(2)} s, loaded through the parse thread in ${(r.loadMs / 1000).toFixed(2)} s`;
}

/** Runs the PDF bench and says what it found (stderr), for `npm run bench -- --only pdf`. */
export async function runPdfBench(log: (s: string) => void, quick: boolean): Promise<PdfBenchResult> {
  log('PDF: reading and loading a generated 200-page PDF');
  const r = await benchPdf(200, quick ? 1 : 3);
  log(`PDF: ${formatPdfBench(r)} (${r.measures} measures)`);
  return r;
}
