/**
 * Helpers for the parser tests: the seed corpus and an assertion that a span
 * quotes the text it claims to. Not part of the module's API. File access is
 * injected by the test files, so nothing under graph/parse imports fs.
 */
import { expect } from 'vitest';
import { documentId } from '../model/index.ts';
import type { ParseSource, Span } from './types.ts';

const SEEDS = new URL('../../seeds/', import.meta.url);

/** How a test reads files: `readdirSync` and `readFileSync(…, 'utf8')` from node:fs. */
export interface FileAccess {
  list(dir: URL): string[];
  read(file: URL): string;
}

/** The seed documents (the *.txt files), by file name, in name order. */
export function readSeeds(files: FileAccess): Map<string, string> {
  const names = files.list(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  return new Map(names.map((f) => [f, files.read(new URL(f, SEEDS))]));
}

/** A ParseSource for an inline fixture. */
export function fixtureSource(fileName = 'fixture.txt'): ParseSource {
  return { documentId: documentId(fileName), fileName };
}

/** Asserts `text.slice(span.start, span.end) === quote`. */
export function expectQuote(text: string, span: Span | null | undefined, quote: string): void {
  expect(span, `span for ${JSON.stringify(quote)}`).toBeTruthy();
  expect(text.slice(span!.start, span!.end)).toBe(quote);
}
