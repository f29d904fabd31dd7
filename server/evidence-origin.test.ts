/**
 * Evidence that opens where it is (issue 13, item 2): a quote from a PDF has
 * its page and boxes, one from a spreadsheet its cell, one from a Word file
 * its heading path; Document says its format, pages and file hash.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadDocuments } from '../graph/load/index.ts';
import { EmbeddedStore } from '../graph/store/index.ts';
import { createServer } from './create-server.ts';
import { caller } from './test/api-suite.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../graph/read/fixtures/${name}`, import.meta.url));

const QUERY = /* GraphQL */ `
  {
    measures(filter: { text: "skolemiljø" }) {
      number
      evidence { quote page pageLabel location boxes { page x y width height } document { fileName format pageCount fileSha256 } }
    }
  }
`;

interface Answer {
  measures: { number: string; evidence: { quote: string; page: number | null; pageLabel: string | null; location: string | null; boxes: { page: number; width: number }[]; document: { fileName: string; format: string; pageCount: number | null } }[] }[];
}

describe('Evidence.page, pageLabel, location and boxes', () => {
  it('locates a PDF quote on its page, a spreadsheet quote in its cell, a Word quote under its headings', async () => {
    const store = new EmbeddedStore();
    const report = await loadDocuments(store, [fixture('plan.pdf'), fixture('plan.xlsx'), fixture('plan.docx'), fixture('plan.txt')], { parse: false });
    expect(report.failed).toBe(0);
    const r = await caller(createServer({ store }))(QUERY);
    expect(r.errors).toBeUndefined();
    const evidence = (r.data as unknown as Answer).measures.flatMap((m) => m.evidence);
    const of = (file: string) => evidence.filter((e) => e.document.fileName === file && e.quote === 'Forsinket')[0];
    expect(of('plan.pdf')).toMatchObject({ page: 1, pageLabel: null, location: null, document: { format: 'pdf', pageCount: 3 } });
    expect(of('plan.pdf').boxes).toEqual([expect.objectContaining({ page: 1 })]);
    expect(of('plan.pdf').boxes[0].width).toBeGreaterThan(20);
    expect(of('plan.xlsx')).toMatchObject({ page: null, location: 'Ark1!D5', boxes: [], document: { format: 'xlsx', pageCount: null } });
    expect(of('plan.docx')).toMatchObject({ location: 'Handlingsplan for trygg oppvekst 2025–2027 › Tiltak i planen', document: { format: 'docx' } });
    expect(of('plan.txt')).toMatchObject({ page: null, location: null, boxes: [], document: { format: 'txt', pageCount: null } });
  }, 60_000);
});
