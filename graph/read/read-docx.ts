/**
 * DOCX: the zip checked first (zip-guard.ts), then mammoth turns it into
 * HTML (headings from the Heading styles, lists, tables), which is serialised
 * block by block as for web pages. Mammoth reads only the document body:
 * author and other properties never reach the text.
 */
import { BrokenFileError, FileTooLargeError } from './errors.ts';
import { htmlToText } from './read-html.ts';
import type { DocumentReader, ReadResult } from './types.ts';
import { checkZip } from './zip-guard.ts';

export const docxReader: DocumentReader = {
  format: 'docx',
  async read(bytes, fileName, limits): Promise<ReadResult> {
    if (bytes.length > limits.maxZipBytes) throw new FileTooLargeError(`${fileName}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB is over the ${(limits.maxZipBytes / 1024 / 1024).toFixed(0)} MB limit for Word files`);
    await checkZip(bytes, fileName, limits);
    let html: string;
    try {
      // Images are left out: only text is read. mammoth is loaded when a Word file comes.
      const { default: mammoth } = await import('mammoth');
      const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) });
      html = result.value;
    } catch (e) {
      throw new BrokenFileError(`${fileName}: the Word file cannot be read (${(e as Error).message}); the file is broken`);
    }
    const { text, sourceMap } = await htmlToText(`<!doctype html><html><body>${html}</body></html>`, 'docx', false);
    return { text, format: 'docx', sourceMap, notes: [] };
  },
};
