/**
 * The Government and the Storting as acting bodies: "Regjeringen vil …",
 * "Regjeringa prioriterer …", "Stortinget vedtok …". A possessive
 * ("regjeringens handlingsplan") or a prepositional object ("satsinga til
 * Regjeringa") names no actor.
 */
import type { ActorMention } from '../types.ts';

const ORGANS: readonly { re: RegExp; name: string }[] = [
  { re: /(?<![\p{L}\p{N}])(Regjeringen|Regjeringa)(?![\p{L}\p{N}])/gu, name: 'Regjeringen' },
  { re: /(?<![\p{L}\p{N}])(Stortinget)(?![\p{L}\p{N}'’])/gu, name: 'Stortinget' },
];
const PREPOSITION_BEFORE = /(?:^|\s)(?:til|fra|frå|av|hos|ved|for|mot|med|i|på|om|overfor)\s+$/iu;

/** The Government and the Storting where they act, in [from, to). */
export function findStateOrgans(text: string, from = 0, to = text.length): ActorMention[] {
  const out: ActorMention[] = [];
  const region = text.slice(from, to);
  for (const { re, name } of ORGANS) {
    for (const m of region.matchAll(re)) {
      const start = from + (m.index ?? 0);
      if (PREPOSITION_BEFORE.test(text.slice(Math.max(0, start - 12), start))) continue;
      out.push({ start, end: start + m[1].length, text: m[1], key: null, name, kind: 'OTHER', method: 'pattern', rule: 'state-organ', confidence: 0.8 });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
