/**
 * Municipalities named by their bare place name, which is a body only where
 * the text says it is one: in a list after a municipality noun ("kommunane
 * Voss, Ulvik og Eidfjord", "tre casekommuner: Bodø, Narvik og
 * Tromsø"), or sharing one "kommune" ("Levanger og Verdal kommune"). A bare
 * "Oslo" elsewhere is a place, not an actor. Only places the gazetteer knows
 * as municipalities count.
 */
import { lookupPlace, type GazetteerEntry } from '../../gazetteer/index.ts';
import type { ActorMention } from '../types.ts';

/** The municipality a bare place name names, or null; of two with one name (Herøy, Våler), the first. */
export function municipalityOfPlace(place: string): GazetteerEntry | null {
  const found = lookupPlace(place.normalize('NFC').trim());
  return found.municipality ?? found.ambiguous[0] ?? null;
}

const PLACE = String.raw`\p{Lu}[\p{L}'’]*(?:[-–]\p{Lu}[\p{L}'’]*)?(?:[ \t\u00a0]+(?:og|i)[ \t\u00a0]+\p{Lu}[\p{L}'’]*)?`;
/** A municipality noun that introduces a list of municipalities. */
const LIST_CUE = new RegExp(
  String.raw`(?<![\p{L}])(?:kommunane|kommunene|kommunar|kommuner|casekommuner|casekommunar|casekommunene|samarbeidskommunane|samarbeidskommunene|deltakerkommunene|deltakarkommunane|pilotkommunene|pilotkommunane|vertskommunene|kommunene\s+i|kommunane\s+i)[ \t\u00a0]*:?[ \t\u00a0]+(?=\p{Lu})`,
  'giu',
);
const LIST_ITEM = new RegExp(String.raw`^(?:[ \t\u00a0]*(?:,|og|samt)[ \t\u00a0]+|[ \t\u00a0]*,[ \t\u00a0]*)?(${PLACE})`, 'u');
/** "Levanger og Verdal kommune", "Voss, Ulvik og Eidfjord kommunar". */
const SHARED_KOMMUNE = new RegExp(String.raw`(?<![\p{L}])((?:\p{Lu}[\p{L}'’-]*[ \t\u00a0]*,[ \t\u00a0]*)*\p{Lu}[\p{L}'’-]*[ \t\u00a0]+og[ \t\u00a0]+)(\p{Lu}[\p{L}'’-]*)[ \t\u00a0]+(kommune|kommuner|kommunar|kommunene|kommunane)(?![\p{L}])`, 'gu');

function placeMention(start: string | number, text: string, entry: GazetteerEntry, rule: string): ActorMention {
  const s = Number(start);
  return { start: s, end: s + text.length, text, key: entry.key, name: entry.name, method: 'pattern', rule, confidence: 0.8 };
}

/** "Fjordby kommune" where the gazetteer knows no Fjordby: a municipality by its form, with less confidence. */
const UNKNOWN_KOMMUNE = /(?<![\p{L}])(\p{Lu}[\p{L}'’-]+(?:[ \t\u00a0]+og[ \t\u00a0]+\p{Lu}[\p{L}'’-]+)?)[ \t\u00a0]+(kommune|fylkeskommune)(?![\p{L}])/gu;

export function findMunicipalityForms(text: string, from = 0, to = text.length): ActorMention[] {
  const out: ActorMention[] = [];
  for (const m of text.slice(from, to).matchAll(UNKNOWN_KOMMUNE)) {
    const start = from + (m.index ?? 0);
    const written = m[0];
    if (/^(?:Den|Det|Hver|Kvar|Alle|En|Ein|Denne|Dette|Vår|Vår|Min|Din|Hele|Heile)$/u.test(m[1])) continue;
    out.push({ start, end: start + written.length, text: written, key: null, name: written.replace(/\s+/gu, ' '), kind: m[2] === 'kommune' ? 'MUNICIPALITY' : 'COUNTY_MUNICIPALITY', method: 'pattern', rule: 'municipality-form', confidence: 0.6 });
  }
  return out;
}

/** Municipalities named by their place name in [from, to). */
export function findMunicipalityLists(text: string, from = 0, to = text.length): ActorMention[] {
  const out: ActorMention[] = [];
  const region = text.slice(from, to);
  for (const m of region.matchAll(LIST_CUE)) {
    let pos = from + (m.index ?? 0) + m[0].length;
    const found: ActorMention[] = [];
    for (let guard = 0; guard < 60 && pos < to; guard++) {
      const item = LIST_ITEM.exec(text.slice(pos, Math.min(to, pos + 80)));
      if (!item) break;
      const start = pos + item[0].length - item[1].length;
      // "Nore og Uvdal" is one place; "Sund og Øygarden" two.
      const whole = municipalityOfPlace(item[1]);
      if (whole) found.push(placeMention(start, item[1], whole, 'municipality-list'));
      else {
        const first = /^\S+/u.exec(item[1])![0];
        const e = municipalityOfPlace(first);
        if (!e) break;
        found.push(placeMention(start, first, e, 'municipality-list'));
        pos = start + first.length;
        continue;
      }
      pos = start + item[1].length;
    }
    out.push(...found);
  }
  for (const m of region.matchAll(SHARED_KOMMUNE)) {
    const head = m[1];
    const names = [...head.matchAll(/\p{Lu}[\p{L}'’-]*/gu)].map((x) => ({ text: x[0], at: from + (m.index ?? 0) + (x.index ?? 0) }));
    const entries = names.map((n) => municipalityOfPlace(n.text));
    const last = municipalityOfPlace(m[2]);
    if (!last || entries.some((e) => !e)) continue;
    names.forEach((n, i) => out.push(placeMention(n.at, n.text, entries[i]!, 'shared-kommune')));
    const lastStart = from + (m.index ?? 0) + m[1].length;
    out.push(placeMention(lastStart, text.slice(lastStart, from + (m.index ?? 0) + m[0].length), last, 'shared-kommune'));
  }
  return out.sort((a, b) => a.start - b.start);
}
