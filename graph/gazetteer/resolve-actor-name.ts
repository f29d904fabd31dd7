/**
 * Resolves a name as written (one body, not running text) to its gazetteer
 * entry, forgiving case, whitespace, punctuation, line-break hyphens and the
 * Norwegian genitive s.
 */
import { GAZETTEER, surfaceForms } from './gazetteer.ts';
import { joinSplitWords, looseKey } from './normalise.ts';
import type { GazetteerEntry } from './types.ts';

let index: Map<string, GazetteerEntry> | null = null;

/** Loose key → entry for every surface form; the first entry wins on a clash (the tests forbid clashes). */
export function looseNameIndex(): Map<string, GazetteerEntry> {
  if (!index) {
    index = new Map();
    for (const form of surfaceForms(GAZETTEER)) {
      const key = looseKey(form.text);
      if (key && !index.has(key)) index.set(key, form.entry);
    }
  }
  return index;
}

function lookup(text: string): GazetteerEntry | null {
  const idx = looseNameIndex();
  const key = looseKey(text);
  if (!key) return null;
  const direct = idx.get(key);
  if (direct) return direct;
  if (key.endsWith('s')) return idx.get(key.slice(0, -1)) ?? null;
  return null;
}

/** Strips markup and wrapping punctuation that never belongs to a name. */
function clean(text: string): string {
  return text
    .replace(/[*_«»"“”]/g, ' ')
    .replace(/\s+/gu, ' ')
    .replace(/^[\s,.;:–—-]+|[\s,.;:–—]+$/gu, '')
    .trim();
}

/** The gazetteer entry for a name as written, or null: "Helsedepartementet" → HOD, "FM" → Fylkesmannen, "Bufdirs" → Bufdir. */
export function resolveActorName(text: string): GazetteerEntry | null {
  const name = clean(text);
  if (!name) return null;
  const found = lookup(name) ?? lookup(joinSplitWords(name));
  if (found) return found;
  // "Kommunesektorens organisasjon (KS)": the name outside or inside the brackets.
  const paren = /^(.*?)\s*\(([^()]+)\)$/u.exec(name);
  if (paren) return resolveActorName(paren[1]) ?? resolveActorName(paren[2]);
  return null;
}
