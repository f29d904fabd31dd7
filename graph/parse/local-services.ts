/**
 * Local services: a curated municipal or county service named together with
 * its place, "Barnevernet i Bodø kommune" or "Oppfølgingstjenesten i Nordland
 * fylkeskommune". Such a name is one concrete body, not the generic service:
 * it becomes an uncurated actor of the service's kind, named by the service's
 * canonical name and the place, so every spelling of it ("Barnevernet …",
 * "Barneverntjenesten …") gives the same actor. Without a place the generic
 * service is meant, and the curated entry is used as before.
 */
import type { ActorKind } from '../model/index.ts';
import { findActorMentions, type GazetteerEntry } from '../gazetteer/index.ts';
import type { ActorMention } from './types.ts';

const PLACE_WORD = String.raw`\p{Lu}[\p{L}'’-]*`;
/** " i Bodø kommune", " i Nore og Uvdal kommune", " i Møre og Romsdal fylkeskommune". */
const AFTER_SERVICE = new RegExp(
  String.raw`^[ \t\u00a0]+i[ \t\u00a0]+(${PLACE_WORD}(?:[ \t\u00a0]+(?:og[ \t\u00a0]+)?${PLACE_WORD}){0,3})[ \t\u00a0]+(kommune|fylkeskommune)(?![\p{L}\p{N}-])`,
  'u',
);

/** The kind of local body each kind of service makes, and the word that must name its place. */
const UNIT: Partial<Record<ActorKind, 'kommune' | 'fylkeskommune'>> = {
  MUNICIPAL_SERVICE: 'kommune',
  COUNTY: 'fylkeskommune',
};

/** The service's name without a generic place of its own ("Folkehelsearbeid i fylkeskommunen" → "Folkehelsearbeid"). */
function serviceName(entry: GazetteerEntry): string {
  return entry.name.replace(/[ \t\u00a0]+i[ \t\u00a0]+(?:fylkes)?kommunen$/u, '');
}

/** The canonical name of a local service: "Barnevernstjenesten i Bodø kommune". */
export function localServiceName(entry: GazetteerEntry, place: string, unit: string): string {
  return `${serviceName(entry)} i ${place.replace(/\s+/gu, ' ')} ${unit}`;
}

/**
 * Every local service named in `text` between `from` and `to`, in order.
 * Offsets index `text`. Services excluded from lists as common nouns
 * (barnehage, skole …) still count here: with a place they are one body.
 */
export function findLocalServices(text: string, from = 0, to = text.length): ActorMention[] {
  // Cheap guard: no place word, no local service (keeps the common path free).
  const region = text.slice(from, to);
  if (!region.includes('kommune')) return [];
  const out: ActorMention[] = [];
  for (const m of findActorMentions(region, from)) {
    const unit = UNIT[m.entry.kind];
    if (!unit) continue;
    const after = AFTER_SERVICE.exec(text.slice(m.end, to));
    if (!after || after[2] !== unit) continue;
    const end = m.end + after[0].length;
    const place = after[1];
    out.push({
      start: m.start,
      end,
      text: text.slice(m.start, end),
      key: null,
      name: localServiceName(m.entry, place, unit),
      kind: m.entry.kind,
      serviceKey: m.entry.key,
      place: place.replace(/\s+/gu, ' '),
    });
  }
  return out;
}
