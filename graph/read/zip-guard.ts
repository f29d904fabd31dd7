/**
 * Zip files (DOCX, XLSX) checked before any library inflates them: the
 * central directory's declared sizes against the limits (total, per-entry
 * ratio, entry count), then every entry inflated once through yauzl, which
 * stops an entry that inflates past its declared size. Only then do mammoth
 * or exceljs see the bytes. Returns `[Content_Types].xml`, which says the format.
 */
import yauzl from 'yauzl';
import { BrokenFileError, ZipBombError } from './errors.ts';
import type { ReadLimits } from './types.ts';

const MAX_ENTRIES = 10_000;

export interface ZipCheck {
  contentTypes: string | null;
  entries: number;
  unzippedBytes: number;
}

/** Checks a zip's sizes and inflates each entry under the limits; throws ZipBombError or BrokenFileError naming the file. */
export async function checkZip(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<ZipCheck> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (e, z) => (e || !z ? reject(e) : resolve(z))),
  ).catch((e: Error) => {
    throw new BrokenFileError(`${fileName}: not a readable zip file (${e.message}); the file is broken`);
  });
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      entries.push(entry);
      if (entries.length > MAX_ENTRIES) {
        zip.close();
        reject(new ZipBombError(`${fileName}: more than ${MAX_ENTRIES} entries in the zip; refused as a likely zip bomb`));
        return;
      }
      zip.readEntry();
    });
    zip.on('end', () => resolve());
    zip.on('error', (e: Error) => reject(new BrokenFileError(`${fileName}: the zip directory is broken (${e.message})`)));
    zip.readEntry();
  });
  const declared = entries.reduce((s, e) => s + e.uncompressedSize, 0);
  if (declared > limits.maxUnzippedBytes) {
    throw new ZipBombError(`${fileName}: its parts would inflate to ${mb(declared)} MB, over the ${mb(limits.maxUnzippedBytes)} MB limit; refused as a likely zip bomb`);
  }
  for (const e of entries) {
    if (e.uncompressedSize > 1024 * 1024 && e.uncompressedSize > limits.maxZipRatio * Math.max(1, e.compressedSize)) {
      throw new ZipBombError(`${fileName}: the part ${e.fileName} inflates ${Math.round(e.uncompressedSize / Math.max(1, e.compressedSize))} times its size; refused as a likely zip bomb`);
    }
  }
  let contentTypes: string | null = null;
  let total = 0;
  for (const e of entries) {
    if (e.fileName.endsWith('/')) continue;
    const data = await inflate(zip, e, fileName, limits.maxUnzippedBytes - total);
    total += data.length;
    if (e.fileName === '[Content_Types].xml') contentTypes = data.toString('utf8');
  }
  return { contentTypes, entries: entries.length, unzippedBytes: total };
}

function inflate(zip: yauzl.ZipFile, entry: yauzl.Entry, fileName: string, room: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) => {
      if (err || !stream) {
        reject(new BrokenFileError(`${fileName}: the part ${entry.fileName} cannot be read (${err?.message ?? 'no data'}); the file is broken`));
        return;
      }
      const chunks: Buffer[] = [];
      let n = 0;
      stream.on('data', (c: Buffer) => {
        n += c.length;
        if (n > room) {
          stream.destroy();
          reject(new ZipBombError(`${fileName}: its parts inflate past the ${mb(room)} MB limit; refused as a likely zip bomb`));
          return;
        }
        chunks.push(c);
      });
      stream.on('error', (e: Error) =>
        reject(/too many bytes|exceed/iu.test(e.message) ? new ZipBombError(`${fileName}: the part ${entry.fileName} inflates past its declared size; refused as a likely zip bomb`) : new BrokenFileError(`${fileName}: the part ${entry.fileName} is broken (${e.message})`)),
      );
      stream.on('end', () => resolve(Buffer.concat(chunks, n)));
    });
  });
}

const mb = (n: number) => (n / 1024 / 1024).toFixed(1);

/** `[Content_Types].xml` of a zip (at most 1 MB of it), or null when it has none; throws BrokenFileError for a broken zip. */
export async function readContentTypes(bytes: Uint8Array, fileName: string): Promise<string | null> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (e, z) => (e || !z ? reject(e) : resolve(z))),
  ).catch((e: Error) => {
    throw new BrokenFileError(`${fileName}: not a readable zip file (${e.message}); the file is broken`);
  });
  return new Promise((resolve, reject) => {
    let seen = 0;
    zip.on('entry', (entry: yauzl.Entry) => {
      if (++seen > MAX_ENTRIES) return reject(new ZipBombError(`${fileName}: more than ${MAX_ENTRIES} entries in the zip; refused as a likely zip bomb`));
      if (entry.fileName !== '[Content_Types].xml') return zip.readEntry();
      inflate(zip, entry, fileName, 1024 * 1024).then((b) => resolve(b.toString('utf8')), reject);
    });
    zip.on('end', () => resolve(null));
    zip.on('error', (e: Error) => reject(new BrokenFileError(`${fileName}: the zip directory is broken (${e.message})`)));
    zip.readEntry();
  });
}
