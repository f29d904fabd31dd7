/**
 * Line and column of an offset, and a helper that builds a ParseIssue
 * pointing at a span of the text.
 */
import type { ParseIssue, ParseSource, Span } from './types.ts';

/** The 1-based line of `offset` in `text`. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** The 1-based column of `offset` in its line. */
export function columnOf(text: string, offset: number): number {
  const at = Math.min(Math.max(offset, 0), text.length);
  const lineStart = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
  return at - lineStart + 1;
}

/** An issue about `span` of `text`. */
export function issueAt(
  text: string,
  source: ParseSource,
  span: Span,
  message: string,
  severity: ParseIssue['severity'] = 'warning',
): ParseIssue {
  return {
    fileName: source.fileName,
    line: lineOf(text, span.start),
    column: columnOf(text, span.start),
    start: span.start,
    end: span.end,
    message,
    severity,
  };
}
