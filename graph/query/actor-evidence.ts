/**
 * An actor's evidence as a reader wants it (issue 15.9): first the sentences
 * that state a fact about it (responsible for, takes part in, leads, works
 * with …, each already a sentence), then the sentences around the places that
 * only name it, widened from the bare name ("Bufdir") to its sentence, and
 * last the table cells that place it at a level and in a sector. Each span
 * once. Pure.
 */
import { evidenceKey, type EvidenceRef, type GraphEdge, type RelType } from '../model/index.ts';
import { sentenceAt, splitSentences, type TextSpan } from '../parse/index.ts';

/** Relations whose evidence states a fact about the actor in a sentence. */
export const FACT_RELATIONS: readonly RelType[] = ['RESPONSIBLE_FOR', 'INVOLVED_IN', 'PARTICIPATES_IN', 'LEADS', 'COMMISSIONS', 'COORDINATES_WITH', 'PART_OF', 'SUCCEEDED_BY'];
/** Relations stated by table cells (the system-perspective table). */
export const PLACEMENT_RELATIONS: readonly RelType[] = ['AT_LEVEL', 'IN_SECTOR'];

const sentencesOf = new Map<string, { text: string; sentences: TextSpan[] }>();
/** The sentences of a document's text, kept for the last few documents asked (texts never change under an id and version). */
function sentences(documentId: string, text: string): TextSpan[] {
  const held = sentencesOf.get(documentId);
  if (held && held.text === text) return held.sentences;
  const made = splitSentences(text);
  if (sentencesOf.size >= 64) sentencesOf.delete(sentencesOf.keys().next().value!);
  sentencesOf.set(documentId, { text, sentences: made });
  return made;
}

/** The sentence a span lies in (the span itself when it crosses sentences or none is found). */
export function widenToSentence(ref: EvidenceRef, text: string): EvidenceRef {
  const s = sentenceAt(sentences(ref.documentId, text), ref.start);
  if (!s || s.end < ref.end) return ref;
  return { ...ref, start: s.start, end: s.end };
}

const byPlace = (a: EvidenceRef, b: EvidenceRef) => (a.documentId < b.documentId ? -1 : a.documentId > b.documentId ? 1 : a.start - b.start || a.end - b.end);

/**
 * The actor's evidence: fact sentences, then its mentions widened to their
 * sentences (a sentence already given as a fact, or containing one, is not
 * repeated), then table cells; each group in document order.
 */
export function actorEvidence(mentions: readonly EvidenceRef[], edges: readonly GraphEdge[], textOf: (documentId: string) => string | null): EvidenceRef[] {
  const seen = new Set<string>();
  const out: EvidenceRef[] = [];
  const add = (refs: EvidenceRef[]) => {
    for (const r of refs.sort(byPlace)) {
      const k = evidenceKey(r);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(r);
    }
  };
  const facts = edges.filter((e) => FACT_RELATIONS.includes(e.type)).flatMap((e) => e.evidence);
  add([...facts]);
  // Fact spans by document, so that checking a mention looks only at its own document's facts.
  const factSpans = new Map<string, EvidenceRef[]>();
  for (const f of out) {
    const spans = factSpans.get(f.documentId);
    if (spans) spans.push(f);
    else factSpans.set(f.documentId, [f]);
  }
  const covered = (r: EvidenceRef) => (factSpans.get(r.documentId) ?? []).some((f) => f.start <= r.start && f.end >= r.end);
  const widened = mentions.map((m) => {
    const text = textOf(m.documentId);
    return text === null ? m : widenToSentence(m, text);
  });
  // A mention that stays the bare name (a table cell, a list line) ranks with the table cells, after every sentence.
  const grew = (w: EvidenceRef, i: number) => w.end - w.start > mentions[i].end - mentions[i].start;
  add(widened.filter((w, i) => grew(w, i) && !covered(w)));
  add([...widened.filter((w, i) => !grew(w, i)), ...edges.filter((e) => PLACEMENT_RELATIONS.includes(e.type)).flatMap((e) => e.evidence)].filter((r) => !covered(r)));
  // A fact stated by a table cell ("Barne- og likestillingsdepartementet" above Bufdir) is no sentence either: cells go last.
  const isSentence = (r: EvidenceRef) => {
    const text = textOf(r.documentId);
    return text !== null && text.slice(r.start, r.end).trim().split(/\s+/).length >= MIN_SENTENCE_WORDS;
  };
  return [...out.filter(isSentence), ...out.filter((r) => !isSentence(r))];
}

/** Fewer words than this make a table cell or a name, not a sentence. */
export const MIN_SENTENCE_WORDS = 4;
