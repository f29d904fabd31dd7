/**
 * Turns gazetteer matches into ActorMentions and finds the bodies named in a
 * stretch of running text: curated ones from the gazetteer, plus uncurated
 * organisations where the wording marks one ("Stiftelsen …", "gjennomført av
 * OsloMet /NIBR"). Mentions inside quoted titles can be left out.
 */
import type { ActorKind } from '../model/index.ts';
import { addressSpans, entryByKey, findActorMentions, overlapsAny, resolveActorName, resolveActorNameDetailed, type ActorNameMatch } from '../gazetteer/index.ts';
import { extendLocalUnits, findMunicipalityForms, findMunicipalityLists, findOrganisationNames, findStateOrgans, isGenericCollective } from './recognise/index.ts';
import { findLocalServices } from './local-services.ts';
import { insideAny, quotedSpans } from './text-layout.ts';
import type { ActorMention, Span } from './types.ts';

/** The mention for a gazetteer match: canonical name, text as written. */
export function curatedMention(m: ActorNameMatch): ActorMention {
  return { start: m.start, end: m.end, text: m.text, key: m.entry.key, name: m.entry.name, method: 'gazetteer', rule: 'gazetteer-name', confidence: 0.95 };
}

/** Cleans an uncurated name as written: whitespace collapsed, " /" joined, wrapping punctuation dropped. */
export function cleanName(name: string): string {
  const collapsed = name.replace(/\s+/gu, ' ').replace(/ ?\/ ?/g, '/');
  // Trim wrapping punctuation by scanning from both ends (a regex anchored at the end is quadratic on long runs).
  const lead = /[\s"'«»*,.;:–-]/u;
  const trail = /[\s"'«»*,.;:]/u;
  let s = 0;
  let e = collapsed.length;
  while (s < e && lead.test(collapsed[s])) s++;
  while (e > s && trail.test(collapsed[e - 1])) e--;
  return collapsed.slice(s, e).trim();
}

/** The mention of an organisation the gazetteer does not know; "Name (ABBR)" keeps the abbreviation apart. */
export function uncuratedMention(text: string, start: number, end: number, name?: string): ActorMention {
  const written = text.slice(start, end);
  const cleaned = cleanName(name ?? written);
  const abbr = cleaned.endsWith(')') ? /^(.*\S)\s*\(([^()]{1,20})\)$/u.exec(cleaned) : null;
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

/** Mentions of the whole of the last texts searched, per set of options: extractors ask for many slices of one text. */
const wholeTextCache = new Map<string, { text: string; mentions: ActorMention[] }>();

/** Every body named in `text` between `from` and `to`, in order, never overlapping. */
export function findBodyMentions(text: string, from = 0, to = text.length, options: BodyMentionOptions = {}): ActorMention[] {
  // One full reading per text, quoted titles included; each set of options is a filter over it.
  let base = wholeTextCache.get('all');
  if (base?.text !== text) {
    base = { text, mentions: findBodyMentionsIn(text, 0, text.length, { skipQuoted: false }) };
    wholeTextCache.clear();
    wholeTextCache.set('all', base);
  }
  const key = `${options.skipQuoted ?? true}|${(options.excludeKinds ?? []).join(',')}`;
  let cached = wholeTextCache.get(key);
  if (cached?.text !== text) {
    const quoted = (options.skipQuoted ?? true) ? spansOf(text).quoted : [];
    const exclude = new Set(options.excludeKinds ?? []);
    const mentions = base.mentions.filter((m) => !insideAny(quoted, m.start) && !(m.key && exclude.has(entryByKey(m.key)?.kind ?? 'OTHER')));
    cached = { text, mentions };
    wholeTextCache.set(key, cached);
  }
  const all = cached.mentions;
  // Mentions are sorted by start: find the first at or after `from`.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: ActorMention[] = [];
  for (let i = lo; i < all.length && all[i].start < to; i++) if (all[i].end <= to) out.push(all[i]);
  return out;
}

function findBodyMentionsIn(text: string, from: number, to: number, options: BodyMentionOptions): ActorMention[] {
  const skipQuoted = options.skipQuoted ?? true;
  const spans = spansOf(text);
  const quoted = skipQuoted ? spans.quoted : [];
  const addresses = spans.addresses;
  const keep = (m: ActorMention) => !insideAny(quoted, m.start) && !overlapsAny(addresses, m.start, m.end);
  // Local services ("Barnevernet i Bodø kommune") are one body each, and win over the generic service they name.
  const locals = findLocalServices(text, from, to).filter(keep);
  const curated = extendLocalUnits(text, findActorMentions(text.slice(from, to), from, { excludeKinds: options.excludeKinds }).map(curatedMention))
    .filter((m) => keep(m) && !overlapsAny(locals, m.start, m.end));
  const out = [...locals, ...curated];
  // Then what the naming patterns find, where the gazetteer found nothing: municipalities by place name,
  // the Government and the Storting, and organisation names; a pattern name the gazetteer knows by a
  // looser spelling becomes that body (a fuzzy match).
  const patterned = [...findMunicipalityLists(text, from, to), ...findStateOrgans(text, from, to), ...findOrganisationNames(text, from, to), ...findMunicipalityForms(text, from, to)];
  const LONGER_NAME_RULES = new Set(['cued-name', 'name-with-abbreviation', 'head-first-name', 'legal-form-name']);
  let outList = out;
  for (const m of patterned) {
    if (!keep(m)) continue;
    if (overlapsAny(outList, m.start, m.end)) {
      // A longer proper name that holds a known one ("Vestkyst Analyse Helse Bergen" around "Helse Bergen") is another body.
      const inside = outList.filter((o) => o.start < m.end && m.start < o.end);
      const strictlyHeld = inside.every((o) => o.start >= m.start && o.end <= m.end && o.end - o.start < m.end - m.start && o.key);
      const extraWords = m.text.split(/\s+/u).length - Math.max(...inside.map((o) => o.text.split(/\s+/u).length));
      if (!(LONGER_NAME_RULES.has(m.rule ?? '') && strictlyHeld && extraWords >= 1 && !resolveActorName(m.name))) continue;
      outList = outList.filter((o) => !inside.includes(o));
    }
    const out = outList;
    if (!m.key) {
      if (isGenericCollective(m.name)) continue;
      // A name found by its pattern that the gazetteer knows under a looser spelling (hyphens, case, a typo) is that body.
      const resolved = resolveActorNameDetailed(m.abbreviation ? `${m.name} (${m.abbreviation})` : m.name, { fuzzy: true });
      if (resolved) {
        const fuzzy = resolved.method === 'fuzzy';
        out.push({ ...m, key: resolved.entry.key, name: resolved.entry.name, method: fuzzy ? 'fuzzy' : 'gazetteer', rule: fuzzy ? 'fuzzy-name' : 'normalised-name', confidence: fuzzy ? Math.min(resolved.confidence, 0.65) : 0.9 });
        continue;
      }
    }
    if (options.excludeKinds?.length && m.key && options.excludeKinds.includes(entryByKey(m.key)?.kind ?? 'OTHER')) continue;
    out.push(m);
  }
  return outList.sort((a, b) => a.start - b.start);
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
