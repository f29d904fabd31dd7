/**
 * Finds every curated body named in running text: word-bounded, longest
 * match first, never overlapping, with exact offsets. The matcher is built
 * once, on first use.
 */
import type { ActorKind } from '../model/index.ts';
import { GAZETTEER, surfaceForms } from './gazetteer.ts';
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
    if (bracket && resolveActorName(bracket[1])?.key === m.value.key) end += bracket[0].length;
    covered = end;
    out.push({ start: m.start + offset, end: end + offset, text: text.slice(m.start, end), entry: m.value });
  }
  return out;
}
