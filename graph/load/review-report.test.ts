import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from '../store/index.ts';
import { buildDocumentBatch } from './build-document.ts';
import { loadDocuments } from './load-documents.ts';
import { formatReview, reviewEntries } from './review-report.ts';

const TEXT = [
  'Trygg oppvekst i Fjordby',
  '',
  'Prosjektet gjennomføres i samarbeid med Stiftelsen Trygge Barnesteder (STB) og Helsedirektoratet.',
  '',
  'Tiltak i staten',
  '',
  'a) Første',
  '',
  'Status',
  '',
  'I rute.',
  '',
  'Se også tiltak 12b.',
  '',
  'b) Andre',
  '',
  'Status',
  '',
  'Forsinket.',
].join('\n');

describe('the review report', () => {
  const built = buildDocumentBatch({ fileName: 'trygg.txt', text: TEXT });
  const entries = reviewEntries(built, 'trygg.txt', built.batch.documentId);

  it('lists new organisations and inferred facts, each once, with its line and a stable id', () => {
    expect(entries.map((e) => [e.kind, e.text, e.line])).toEqual([
      ['uncurated-organisation', 'Stiftelsen Trygge Barnesteder (STB)', 3],
      ['inferred', 'Tiltak 12a: Første', 7],
      ['inferred', 'Tiltak 12b: Andre', 15],
    ]);
    expect(entries[0].id).toBe(`review:actor:stiftelsen-trygge-barnesteder@${built.batch.documentId}`);
    // Loading the same text again gives the same ids.
    const again = buildDocumentBatch({ fileName: 'trygg.txt', text: TEXT });
    expect(reviewEntries(again, 'trygg.txt', again.batch.documentId).map((e) => e.id)).toEqual(entries.map((e) => e.id));
  });

  it('is Markdown for people and JSON for .json files', () => {
    const md = formatReview(entries, 'review.md');
    expect(md).toMatch(/^# Til gjennomgang/u);
    expect(md).toContain('| trygg.txt:3 | Stiftelsen Trygge Barnesteder (STB) | head-first-name |');
    const json = JSON.parse(formatReview(entries, 'review.json'));
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(entries.map((e) => e.id));
  });

  it('travels with the load report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-review-'));
    writeFileSync(join(dir, 'trygg.txt'), TEXT);
    const report = await loadDocuments(new EmbeddedStore(), [dir], { parse: false });
    expect(report.documents[0].review.map((r) => r.id)).toEqual(entries.map((e) => e.id));
  });
});
