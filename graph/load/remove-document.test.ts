import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FileStore, sha256Of } from '../files/index.ts';
import { NotFoundError } from '../model/index.ts';
import { EmbeddedStore } from '../store/index.ts';
import { loadDocuments } from './load-documents.ts';
import { removeDocument } from './remove-document.ts';

const FIXTURES = fileURLToPath(new URL('../read/fixtures/', import.meta.url));

describe('removeDocument', () => {
  it('takes away what only the document stated, keeps what another also states, and its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-remove-'));
    try {
      const files = new FileStore(join(dir, 'files'));
      writeFileSync(join(dir, 'annen.txt'), 'Notat\n\nBufdir og Kunnskapsdepartementet møtes.\n');
      const store = new EmbeddedStore();
      const before = (await loadDocuments(new EmbeddedStore(), [join(dir, 'annen.txt')], { parse: false })).totals;
      const report = await loadDocuments(store, [join(dir, 'annen.txt'), join(FIXTURES, 'plan.pdf')], { parse: false, files });
      const pdf = report.documents.find((d) => d.fileName === 'plan.pdf')!;
      const removed = await removeDocument(store, pdf.documentId!, { files });
      expect(removed).toEqual({ documentId: pdf.documentId, fileName: 'plan.pdf' });
      expect(await store.counts()).toEqual(before);
      expect((await store.getNodes(['actor:bufdir']))[0]).not.toBeNull();
      expect((await store.getNodes(['actor:hdir']))[0]).toBeNull();
      await expect(files.getFile(sha256Of(readFileSync(join(FIXTURES, 'plan.pdf'))))).rejects.toBeInstanceOf(NotFoundError);
      await expect(removeDocument(store, pdf.documentId!)).rejects.toBeInstanceOf(NotFoundError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

