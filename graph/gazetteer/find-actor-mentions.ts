/**
 * Finds every curated body named in running text: word-bounded, longest
 * match first, never overlapping, with exact offsets. The matcher is built
 * once, on first use.
 */
import type { ActorKind } from '../model/index.ts';
import { entryByKey, GAZETTEER, surfaceForms } from './gazetteer.ts';
import { addressSpans, overlapsAny } from './normalise.ts';
import { createPhraseMatcher, type PhraseMatcher } from './phrase-matcher.ts';
import { resolveActorName } from './resolve-actor-name.ts';
import type { GazetteerEntry } from './types.ts';

/** One occurrence of a curated body in a text. */
export interface ActorNameMatch {
  start: number;
  end: number;
  /** The text as written, `text.slice(start, end)` of the searched text. */
  text: string;
  entry: GazetteerEntry;
}

export interface FindActorMentionsOptions {
  /** Leave out bodies of these kinds (e.g. the common-noun municipal services). */
  excludeKinds?: readonly ActorKind[];
}

let matcher: PhraseMatcher<GazetteerEntry> | null = null;

function getMatcher(): PhraseMatcher<GazetteerEntry> {
  if (!matcher) {
    matcher = createPhraseMatcher(
      surfaceForms(GAZETTEER).map((f) => ({ phrase: f.text, value: f.entry, caseSensitive: f.caseSensitive })),
      { genitive: true },
    );
  }
  return matcher;
}

/**
 * "Name (ABBR)": the bracketed abbreviation of the same body joins the mention.
 * Sticky, read at the mention's end, so that no copy of the rest of the text is made per mention.
 */
const BRACKET = /\s*\(([^()\n]{1,60})\)/uy;

const lines = new Map<string, Set<string>>();

/**
 * The keys of a body's line of names: itself and, transitively, what it was
 * renamed, merged or split from and into. "Kultur- og likestillingsdepartementet
 * (KUD)" keeps its bracket although KUD names the older Kulturdepartementet.
 */
export function successionLine(key: string): ReadonlySet<string> {
  let line = lines.get(key);
  if (line) return line;
  line = new Set([key]);
  const queue = [key];
  while (queue.length) {
    const e = entryByKey(queue.shift()!);
    if (!e) continue;
    for (const s of [...e.predecessors, ...e.successors]) {
      if (s.kind === 'partial' || line.has(s.key)) continue;
      line.add(s.key);
      queue.push(s.key);
    }
  }
  lines.set(key, line);
  return line;
}

/**
 * Every mention of a curated body in `text`. Offsets are indices into `text`
 * plus `offset`, so a caller can pass a slice and get offsets into the whole.
 */
export function findActorMentions(text: string, offset = 0, options: FindActorMentionsOptions = {}): ActorNameMatch[] {
  const exclude = new Set(options.excludeKinds ?? []);
  const out: ActorNameMatch[] = [];
  const addresses = addressSpans(text);
  let covered = 0;
  for (const m of getMatcher()(text)) {
    if (overlapsAny(addresses, m.start, m.end)) continue;
    if (m.start < covered || exclude.has(m.value.kind)) continue;
    let end = m.end;
    BRACKET.lastIndex = end;
    const bracket = BRACKET.exec(text);
    if (bracket) {
      const inner = resolveActorName(bracket[1]);
      if (inner && (inner.key === m.value.key || successionLine(m.value.key).has(inner.key))) end += bracket[0].length;
    }
    covered = end;
    out.push({ start: m.start + offset, end: end + offset, text: text.slice(m.start, end), entry: m.value });
  }
  return out;
}
