/**
 * Turns gazetteer matches into ActorMentions and finds the bodies named in a
 * stretch of running text: curated ones from the gazetteer, plus uncurated
 * organisations where the wording marks one ("Stiftelsen …", "gjennomført av
 * OsloMet /NIBR"). Mentions inside quoted titles can be left out.
 */
import type { ActorKind } from '../model/index.ts';
import { addressSpans, entryByKey, findActorMentions, overlapsAny, resolveActorName, type ActorNameMatch } from '../gazetteer/index.ts';
import { findMunicipalityLists, findOrganisationNames, findStateOrgans, isGenericCollective } from './recognise/index.ts';
import { findLocalServices } from './local-services.ts';
import { insideAny, quotedSpans } from './text-layout.ts';
import type { ActorMention, Span } from './types.ts';

/** The mention for a gazetteer match: canonical name, text as written. */
export function curatedMention(m: ActorNameMatch): ActorMention {
  return { start: m.start, end: m.end, text: m.text, key: m.entry.key, name: m.entry.name, method: 'gazetteer', rule: 'gazetteer-name', confidence: 0.95 };
}

/** Cleans an uncurated name as written: whitespace collapsed, " /" joined, wrapping punctuation dropped. */
export function cleanName(name: string): string {
  return name
    .replace(/\s+/gu, ' ')
    .replace(/\s*\/\s*/g, '/')
    .replace(/^[\s"'«»*,.;:–-]+|[\s"'«»*,.;:]+$/gu, '')
    .trim();
}

/** The mention of an organisation the gazetteer does not know; "Name (ABBR)" keeps the abbreviation apart. */
export function uncuratedMention(text: string, start: number, end: number, name?: string): ActorMention {
  const written = text.slice(start, end);
  const cleaned = cleanName(name ?? written);
  const abbr = /^(.*\S)\s*\(([^()]{1,20})\)$/u.exec(cleaned);
  return abbr
    ? { start, end, text: written, key: null, name: abbr[1], abbreviation: abbr[2] }
    : { start, end, text: written, key: null, name: cleaned };
}

const ORG_SUFFIX = /(?:direktorat(?:et)?|departement(?:et)?|institutt(?:et)?|senter(?:et)?|universitet(?:et)?|høgskolen?|kommune|etaten|ombudet|rådet|forbundet|foreningen|stiftelsen)$/iu;

/** Whether an unknown name reads as an organisation rather than a person: an inner capital ("OsloMet", "NIBR") or an organisation word. */
export function looksLikeOrganisation(name: string): boolean {
  return name.split(/[\s/]+/u).some((w) => (w.match(/\p{Lu}/gu) ?? []).length >= 2 || ORG_SUFFIX.test(w));
}

/** Quoted and address spans of the last text searched: callers search one text many times, slice by slice. */
let spansCache: { text: string; quoted: Span[]; addresses: Span[] } | null = null;

function spansOf(text: string): { quoted: Span[]; addresses: Span[] } {
  if (spansCache?.text !== text) spansCache = { text, quoted: quotedSpans(text), addresses: addressSpans(text) };
  return spansCache;
}

export interface BodyMentionOptions {
  /** Leave out mentions inside «…» and "…" (titles of programmes and white papers). Default true. */
  skipQuoted?: boolean;
  excludeKinds?: readonly ActorKind[];
}

/** Every body named in `text` between `from` and `to`, in order, never overlapping. */
export function findBodyMentions(text: string, from = 0, to = text.length, options: BodyMentionOptions = {}): ActorMention[] {
  const skipQuoted = options.skipQuoted ?? true;
  const spans = spansOf(text);
  const quoted = skipQuoted ? spans.quoted : [];
  const addresses = spans.addresses;
  const keep = (m: ActorMention) => !insideAny(quoted, m.start) && !overlapsAny(addresses, m.start, m.end);
  // Local services ("Barnevernet i Bodø kommune") are one body each, and win over the generic service they name.
  const locals = findLocalServices(text, from, to).filter(keep);
  const curated = findActorMentions(text.slice(from, to), from, { excludeKinds: options.excludeKinds })
    .map(curatedMention)
    .filter((m) => keep(m) && !overlapsAny(locals, m.start, m.end));
  const out = [...locals, ...curated];
  // Then what the naming patterns find, where the gazetteer found nothing: municipalities by place name,
  // the Government and the Storting, and organisation names; a pattern name the gazetteer knows by a
  // looser spelling becomes that body (a fuzzy match).
  const patterned = [...findMunicipalityLists(text, from, to), ...findStateOrgans(text, from, to), ...findOrganisationNames(text, from, to)];
  for (const m of patterned) {
    if (!keep(m) || overlapsAny(out, m.start, m.end)) continue;
    if (!m.key) {
      if (isGenericCollective(m.name)) continue;
      const resolved = resolveActorName(m.abbreviation ? `${m.name} (${m.abbreviation})` : m.name);
      if (resolved) {
        out.push({ ...m, key: resolved.key, name: resolved.name, method: 'fuzzy', confidence: Math.min(m.confidence ?? 0.7, 0.8) });
        continue;
      }
    }
    if (options.excludeKinds?.length && m.key && options.excludeKinds.includes(entryByKey(m.key)?.kind ?? 'OTHER')) continue;
    out.push(m);
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Mentions with the same body (gazetteer key, or name for uncurated) dropped after the first, and `excludeKeys` left out. */
export function dedupeMentions(mentions: readonly ActorMention[], excludeKeys: Iterable<string> = []): ActorMention[] {
  const seen = new Set<string>([...excludeKeys]);
  const out: ActorMention[] = [];
  for (const m of mentions) {
    const id = m.key ?? `name:${m.name.toLowerCase()}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(m);
  }
  return out;
}
