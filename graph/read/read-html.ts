/**
 * HTML: parsed with linkedom (which never runs scripts), the main content
 * found by Readability on a clone of the document (Readability changes the
 * DOM it reads), then serialised block by block (serialise-blocks.ts). When
 * Readability finds no article, the body is read without its navigation,
 * banners, headers and footers.
 */
import { decodeDocument } from '../load/read-document.ts';
import { FileTooLargeError } from './errors.ts';
import { serialiseBlocks } from './serialise-blocks.ts';
import type { DocumentReader, ReadNote, ReadResult } from './types.ts';

/** Page furniture dropped when Readability finds no article. */
const FURNITURE = 'nav, header, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], [id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i]';

/** Text of an HTML document, as a DOM tree, serialised. Used by the DOCX reader too (mammoth gives HTML). */
export async function htmlToText(html: string, format: 'html' | 'docx', useReadability: boolean): Promise<{ text: string; sourceMap: ReadResult['sourceMap']; notes: ReadNote[] }> {
  // The DOM and Readability are loaded when an HTML or Word file comes, not by every parser thread.
  const { parseHTML } = await import('linkedom');
  const { document } = parseHTML(html);
  const notes: ReadNote[] = [];
  if (document.querySelector('script')) notes.push({ message: 'scripts in the page were ignored (never run)' });
  if (useReadability) {
    const { Readability } = await import('@mozilla/readability');
    const clone = document.cloneNode(true) as unknown as Document;
    // The serializer hands back the article's element, so it is walked as a tree and not re-parsed.
    const article = new Readability(clone, { serializer: (el: Node) => el as unknown as string, charThreshold: 100 }).parse();
    const root = article?.content as unknown as Parameters<typeof serialiseBlocks>[0] | undefined;
    if (root && typeof root === 'object') {
      const h1 = document.querySelector('h1')?.textContent?.replace(/\s+/gu, ' ').trim();
      const title = h1 || article?.title?.trim() || undefined;
      const body = serialiseBlocks(root, format, title);
      if (body.text.trim().length >= 40) return withTitle(title, body, notes);
    }
  }
  for (const el of document.querySelectorAll(FURNITURE)) el.remove();
  const root = document.body ?? document.documentElement;
  return { ...serialiseBlocks(root as unknown as Parameters<typeof serialiseBlocks>[0], format), notes };
}

/** The page's title as the first line, when the article does not start with it (Readability takes the h1 out as the title). */
function withTitle(title: string | undefined, body: { text: string; sourceMap: ReadResult['sourceMap'] }, notes: ReadNote[]) {
  if (!title || body.text.startsWith(title)) return { ...body, notes };
  const shift = title.length + 2;
  return {
    text: `${title}\n\n${body.text}`,
    sourceMap: { ...body.sourceMap, spans: [{ start: 0, end: title.length, location: title }, ...body.sourceMap.spans.map((s) => ({ ...s, start: s.start + shift, end: s.end + shift }))] },
    notes,
  };
}

export const htmlReader: DocumentReader = {
  format: 'html',
  async read(bytes, fileName, limits): Promise<ReadResult> {
    if (bytes.length > limits.maxTextBytes) throw new FileTooLargeError(`${fileName}: ${(bytes.length / 1024 / 1024).toFixed(1)} MB is over the ${(limits.maxTextBytes / 1024 / 1024).toFixed(0)} MB limit for web pages`);
    const { text: html } = decodeDocument(bytes, fileName);
    const { text, sourceMap, notes } = await htmlToText(html, 'html', true);
    return { text, format: 'html', sourceMap, notes };
  },
};
