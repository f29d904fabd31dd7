import { describe, expect, it } from 'vitest';
import { documentId, type EvidenceRef, type GraphEdge } from '../model/index.ts';
import { actorEvidence, widenToSentence } from './actor-evidence.ts';

const DOC = documentId('a.txt');
const TEXT = 'Innledning om arbeidet. Etaten skal sammen med skolen lage en veileder. Etaten er nevnt her. Tabell: Etaten';
const at = (quote: string, from = 0): EvidenceRef => {
  const start = TEXT.indexOf(quote, from);
  return { documentId: DOC, start, end: start + quote.length };
};
const edge = (type: GraphEdge['type'], evidence: EvidenceRef[]): GraphEdge => ({ id: `x-[${type}]->y`, type, source: 'actor:x', target: 'y', props: {}, evidence });
const quote = (r: EvidenceRef) => TEXT.slice(r.start, r.end);

describe('actorEvidence', () => {
  it('widens a bare name to its sentence', () => {
    expect(quote(widenToSentence(at('Etaten', 70), TEXT))).toBe('Etaten er nevnt her.');
  });

  it('lists fact sentences first, then mention sentences not already given, then table cells', () => {
    const fact = at('Etaten skal sammen med skolen lage en veileder.');
    const mentions = [at('Etaten', 0), at('Etaten', 70)];
    const refs = actorEvidence(mentions, [edge('AT_LEVEL', [at('Etaten', 95)]), edge('COORDINATES_WITH', [fact])], () => TEXT);
    expect(refs.map(quote)).toEqual(['Etaten skal sammen med skolen lage en veileder.', 'Etaten er nevnt her.', 'Etaten']);
    for (const r of refs) expect(TEXT.slice(r.start, r.end)).toBe(quote(r));
  });

  it('keeps a mention as it is when its document text is unknown', () => {
    expect(actorEvidence([at('Etaten', 70)], [], () => null).map(quote)).toEqual(['Etaten']);
  });
});
