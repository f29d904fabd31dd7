/**
 * One side of an overlap (a measure or an initiative) as the overlaps view
 * shows it: a short label, a title, the text to compare and its owners. Owners
 * follow the server's rule: a measure's responsible bodies; an initiative's
 * lead, or its participants when none leads. Pure.
 */
import type { ActorRef, Effort, Evidence, Overlap } from '../api/index.ts';

/** "Tiltak 10" or the initiative's name. */
export function effortLabel(e: Effort): string {
  return e.__typename === 'Measure' ? `Tiltak ${e.number}` : e.name;
}

/** The measure's title, or the initiative's name. */
export function effortTitle(e: Effort): string {
  return e.__typename === 'Measure' ? e.title : e.name;
}

/** Text as read: Markdown emphasis the sources carry ("**kjernegruppe**") shown as plain words. */
export function plainText(text: string): string {
  return text.replace(/\*\*([^*\n]+?)\*\*/g, '$1').replace(/(^|\s)\*([^*\n]+?)\*(?=\s|[.,;:!?]|$)/g, '$1$2');
}

/** The text the overlap was found in: a measure's description, an initiative's description. */
export function effortText(e: Effort): string {
  return plainText((e.__typename === 'Measure' ? e.text : e.description) ?? '');
}

/** The bodies that own the effort. */
export function effortOwners(e: Effort): ActorRef[] {
  if (e.__typename === 'Measure') return e.responsible;
  return e.lead ? [e.lead] : e.participants;
}

/** "BFD og JD": owners by abbreviation, as the explanation names them. */
export function ownerNames(owners: readonly ActorRef[], and = 'og'): string {
  const names = owners.map((a) => a.abbreviation || a.name);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}

/** Stable key of a pair, whichever way round it is given. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The overlap of two efforts in a list, or null. */
export function findOverlap(list: readonly Overlap[], pair: { a: string; b: string } | null): Overlap | null {
  if (!pair) return null;
  const key = pairKey(pair.a, pair.b);
  return list.find((o) => pairKey(o.a.id, o.b.id) === key) ?? null;
}

/** Owner pairs across the two sides (one owner from each, never an owner with itself), each once. */
export function crossOwnerPairs(a: readonly ActorRef[], b: readonly ActorRef[]): [ActorRef, ActorRef][] {
  const seen = new Set<string>();
  const out: [ActorRef, ActorRef][] = [];
  for (const x of a) {
    for (const y of b) {
      if (x.id === y.id) continue;
      const k = pairKey(x.id, y.id);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push([x, y]);
    }
  }
  return out;
}

/** How long a context paragraph may be before it is cut around the quote. */
export const CONTEXT_MAX = 900;

/**
 * The paragraph of `text` around the span [start, end): what a source says
 * where it names an effort that has no description of its own. Cut to about
 * CONTEXT_MAX characters around the span, with "…" where it was cut.
 */
export function paragraphAround(text: string, start: number, end: number): string {
  if (start < 0 || end > text.length || start >= end) return '';
  const before = text.lastIndexOf('\n\n', start);
  const after = text.indexOf('\n\n', end);
  let from = before < 0 ? 0 : before + 2;
  let to = after < 0 ? text.length : after;
  let head = '';
  let tail = '';
  if (to - from > CONTEXT_MAX) {
    const room = Math.max(0, CONTEXT_MAX - (end - start));
    const newFrom = Math.max(from, start - Math.floor(room / 2));
    const newTo = Math.min(to, newFrom + Math.max(CONTEXT_MAX, end - newFrom));
    if (newFrom > from) head = '… ';
    if (newTo < to) tail = ' …';
    from = newFrom;
    to = newTo;
  }
  return plainText(`${head}${text.slice(from, to).trim()}${tail}`);
}

/** The evidence to take an initiative's context from when it has no description, or null. */
export function contextEvidence(e: Effort): Evidence | null {
  if (e.__typename !== 'Initiative' || (e.description ?? '').trim()) return null;
  return [...e.evidence].sort((x, y) => y.end - y.start - (x.end - x.start))[0] ?? null;
}
