/**
 * Plain text and Markdown: decoded as the loader always has (read-document.ts);
 * the text is its own source, so the map is empty.
 */
import { decodeDocument } from '../load/read-document.ts';
import { FileTooLargeError } from './errors.ts';
import type { DocumentReader, ReadResult } from './types.ts';

function textReader(format: 'txt' | 'md'): DocumentReader {
  return {
    format,
    async read(bytes, fileName, limits): Promise<ReadResult> {
      if (bytes.length > limits.maxTextBytes) throw new FileTooLargeError(`${fileName}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB is over the ${(limits.maxTextBytes / 1024 / 1024).toFixed(0)} MB limit; split the document`);
      const { text, warnings } = decodeDocument(bytes, fileName);
      return { text, format, sourceMap: { format, pages: [], spans: [] }, notes: warnings.map((w) => ({ message: w.message, line: w.line })) };
    },
  };
}

export const txtReader = textReader('txt');
export const mdReader = textReader('md');
