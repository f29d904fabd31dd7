import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../model/index.ts';
import { MAX_FILE_BYTES, decodeDocument, listDocumentFiles, readDocumentFile } from './read-document.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeDocument', () => {
  it('reads UTF-8, strips a BOM and makes CRLF and CR into LF', () => {
    const { text, warnings } = decodeDocument(enc('\uFEFFTiltak 20: Styrke\r\n\r\nStatus\rI rute.'), 'a.txt');
    expect(text).toBe('Tiltak 20: Styrke\n\nStatus\nI rute.');
    expect(warnings).toEqual([]);
  });

  it('reads non-UTF-8 text as Windows-1252, with a warning naming the file', () => {
    const latin = Uint8Array.from([...enc('Ansvarlig: Barne- og familiedepartementet, '), 0xe6, 0xf8, 0xe5]);
    const { text, warnings } = decodeDocument(latin, 'gammel.txt');
    expect(text.endsWith('æøå')).toBe(true);
    expect(warnings).toEqual([{ fileName: 'gammel.txt', message: expect.stringMatching(/Windows-1252/) }]);
  });

  it('reads UTF-16 with a BOM', () => {
    const buf = Buffer.from('\uFEFFPågående', 'utf16le');
    expect(decodeDocument(new Uint8Array(buf), 'u16.txt').text).toBe('Pågående');
  });

  it('refuses binary files with a message naming the file', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(() => decodeDocument(png, 'bilde.png')).toThrow(InvalidInputError);
    expect(() => decodeDocument(png, 'bilde.png')).toThrow(/bilde\.png: this is a binary file/);
  });

  it('warns about empty files', () => {
    expect(decodeDocument(enc('  \n'), 'tom.txt').warnings[0]).toMatchObject({ fileName: 'tom.txt', message: expect.stringMatching(/empty/) });
  });

  it('refuses files over 20 MB', () => {
    expect(() => decodeDocument(new Uint8Array(MAX_FILE_BYTES + 1), 'stor.txt')).toThrow(/stor\.txt: 20\.0 MB is over the 20 MB limit/);
  });
});

describe('listDocumentFiles and readDocumentFile', () => {
  it('expands folders to their .txt and .md files, without READMEs, and names missing paths', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'samkart-'));
    for (const f of ['b.txt', 'a.md', 'README.md', 'bilde.png']) writeFileSync(join(dir, f), 'x');
    expect((await listDocumentFiles([dir])).map((p) => p.slice(dir.length + 1))).toEqual(['a.md', 'b.txt']);
    await expect(listDocumentFiles([join(dir, 'nope')])).rejects.toThrow(/nope: no such file or folder/);
    expect((await readDocumentFile(join(dir, 'b.txt'))).fileName).toBe('b.txt');
  });

  it('finds the five seeds', async () => {
    const seeds = await listDocumentFiles([new URL('../../seeds', import.meta.url).pathname]);
    expect(seeds.map((p) => p.replace(/^.*\//, ''))).toEqual([
      '000_588be4bdfbf0e9d5.txt',
      '001_5ce2774f9b8cd589.txt',
      '002_4dab5cff7451f1e3.txt',
      '003_327b104fa933f692.txt',
      '004_fb3c94fb15fcba30.txt',
    ]);
  });
});
