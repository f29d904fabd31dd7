import { copyFileSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FileStore, sha256Of } from '../files/index.ts';
import { NotFoundError } from '../model/index.ts';
import { EmbeddedStore } from '../store/index.ts';
import { loadDocuments } from './load-documents.ts';
import { removeDocument } from './remove-document.ts';
import { watchFolder } from './watch-folder.ts';

const FIXTURES = fileURLToPath(new URL('../read/fixtures/', import.meta.url));

async function until(what: string, check: () => Promise<boolean>, ms = 45_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for the watcher: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

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

describe('watchFolder', () => {
  it('loads a new file, reloads a changed one, and withdraws a deleted one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-watch-'));
    const store = new EmbeddedStore();
    const watcher = watchFolder(store, dir, { parse: false, stabilityMs: 200 });
    try {
      await watcher.ready;
      copyFileSync(join(FIXTURES, 'plan.docx'), join(dir, 'plan.docx'));
      writeFileSync(join(dir, 'ignorer.png'), 'not a document');
      await until('the new DOCX', async () => ((await store.counts()).nodes.Measure ?? 0) === 4);
      writeFileSync(join(dir, 'notat.txt'), 'Notat\n\nNr\tTiltak\tAnsvarlig\tStatus\n9\tNy rutine for oppfølging\tBufdir\tI rute\n');
      await until('the new text file', async () => ((await store.counts()).nodes.Measure ?? 0) === 5);
      writeFileSync(join(dir, 'notat.txt'), 'Notat\n\nIngen tiltak her lenger.\n');
      await until('the changed text file', async () => ((await store.counts()).nodes.Measure ?? 0) === 4);
      unlinkSync(join(dir, 'plan.docx'));
      await until('the deleted DOCX', async () => ((await store.counts()).nodes.Measure ?? 0) === 0);
      expect((await store.findNodes({ label: 'Document' })).map((d) => d.props.fileName)).toEqual(['notat.txt']);
    } finally {
      await watcher.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 200_000);
});
