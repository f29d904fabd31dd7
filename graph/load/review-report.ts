/**
 * The review report: what the loader found but is not sure of, for a person
 * to check — organisations no curated list knows, and facts read with low
 * confidence (an inferred sub-measure number, a fuzzy name match). Each item
 * has a stable id made of the fact's id and the document's id, so a later
 * correction can point at it and it stays the same across reloads.
 */
import { lineOf } from '../parse/index.ts';
import type { BuiltDocument, ReviewItem } from './build-document.ts';

/** One item of the review report. */
export interface ReviewEntry {
  /** Stable: `review:<fact id>@<document id>`. */
  id: string;
  kind: ReviewItem['kind'];
  /** The node or edge id the item is about. */
  factId: string;
  documentId: string;
  fileName: string;
  /** 1-based line of the first place the fact is stated. */
  line: number;
  /** As written in the document. */
  text: string;
  /** 0–1. */
  confidence: number;
  /** The rule that found it. */
  rule: string;
  /** How many times the document states it. */
  occurrences: number;
}

/** The review items of one built document, one per fact, under the id the document was stored with. */
export function reviewEntries(built: Pick<BuiltDocument, 'review' | 'text'>, fileName: string, documentId: string): ReviewEntry[] {
  const byFact = new Map<string, ReviewEntry>();
  for (const r of built.review) {
    const id = `review:${r.factId}@${documentId}`;
    const had = byFact.get(id);
    if (had) {
      had.occurrences++;
      had.confidence = Math.min(had.confidence, r.confidence);
      continue;
    }
    byFact.set(id, { id, kind: r.kind, factId: r.factId, documentId, fileName, line: lineOf(built.text, r.start), text: r.text.replace(/\s+/gu, ' ').slice(0, 200), confidence: r.confidence, rule: r.rule, occurrences: 1 });
  }
  return [...byFact.values()].sort((a, b) => a.line - b.line || a.id.localeCompare(b.id));
}

const KIND_TITLE: Record<ReviewItem['kind'], string> = {
  'uncurated-organisation': 'Nye organisasjoner (ikke i gazetteeren)',
  'low-confidence': 'Usikre navnetreff',
  inferred: 'Utledet, ikke skrevet rett ut',
};

/** The report as JSON: `{ items: [...] }`, ordered by document and line. */
export function formatReviewJson(entries: readonly ReviewEntry[]): string {
  return `${JSON.stringify({ generated: 'samkart load --review', items: entries }, null, 2)}\n`;
}

const cell = (s: string) => s.replace(/\|/gu, '\\|').replace(/\s+/gu, ' ');

/** The report as Markdown for people: one table per kind, each row with file:line, what, why and the stable id. */
export function formatReviewMarkdown(entries: readonly ReviewEntry[]): string {
  const lines = ['# Til gjennomgang', '', `${entries.length} funn fra innlastingen som bør sjekkes av en person. Id-en i siste kolonne er stabil og kan brukes i en rettelse.`, ''];
  for (const kind of Object.keys(KIND_TITLE) as ReviewItem['kind'][]) {
    const of = entries.filter((e) => e.kind === kind);
    if (!of.length) continue;
    lines.push(`## ${KIND_TITLE[kind]} (${of.length})`, '', '| hvor | hva | regel | sikkerhet | id |', '|---|---|---|---|---|');
    for (const e of of) lines.push(`| ${cell(e.fileName)}:${e.line} | ${cell(e.text)}${e.occurrences > 1 ? ` (${e.occurrences}×)` : ''} | ${cell(e.rule)} | ${e.confidence.toFixed(2)} | \`${e.id}\` |`);
    lines.push('');
  }
  if (!entries.length) lines.push('Ingenting å gjennomgå.', '');
  return lines.join('\n');
}

/** Markdown, or JSON when the file name ends in .json. */
export function formatReview(entries: readonly ReviewEntry[], file: string): string {
  return /\.json$/iu.test(file) ? formatReviewJson(entries) : formatReviewMarkdown(entries);
}
