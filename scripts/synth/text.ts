/**
 * Small text helpers shared by the document writers.
 */

/** "A", "A og B", "A, B og C". */
export function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} og ${items[items.length - 1]}`;
}

/** First letter lower-cased ("Styrke" → "styrke"), unless the word is an abbreviation. */
export function lowerFirst(text: string): string {
  return /^\p{Lu}\p{Lu}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** Paragraphs joined by blank lines, with a final newline. */
export function paragraphs(parts: readonly (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n\n') + '\n';
}

/** Four-digit, zero-padded number for file names. */
export function pad(n: number, width = 4): string {
  return String(n).padStart(width, '0');
}

/** A file-name slug of a place ("Møre og Romsdal" → "more-og-romsdal"). */
export function placeSlug(name: string): string {
  return name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
