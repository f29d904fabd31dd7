/**
 * Reads the status of a measure as written in Bokmål or Nynorsk ("Påbegynt –
 * i rute.", "Byrja", "Ikkje starta") into a MeasureStatus. When a status line
 * combines words, the most informative one wins.
 */
import type { MeasureStatus } from '../model/index.ts';

/**
 * Status phrases over the lower-cased, punctuation-free text, tried in this
 * order; a matched phrase is removed before later ones run, so "ikke påbegynt"
 * is not also read as "påbegynt".
 */
const PATTERNS: readonly [string, MeasureStatus][] = [
  ['ikk(?:e|je) i rute', 'DELAYED'],
  ['(?:ikk(?:e|je)|ennå ikke|enno ikkje) (?:påbegynt|påbyrja|påbyrjad|starta|startet|starte|igangsatt|igangsett|begynt|byrja)', 'NOT_STARTED'],
  ['delvis (?:gjennomført|gjennomførd|fullført|fullførd|ferdig|ferdigstilt)', 'IN_PROGRESS'],
  ['forsinket|forsinka|forseinka|forsinkelse|forseinking|utsatt|utsett', 'DELAYED'],
  ['ferdig|ferdigstilt|gjennomført|gjennomførd|fullført|fullførd|avsluttet|avslutta|sluttført|utført', 'COMPLETED'],
  ['i rute', 'ON_TRACK'],
  ['pågående|pågåande|pågår|under arbeid|i gang|løpende|løpande|kontinuerlig', 'IN_PROGRESS'],
  ['påbegynt|påbyrja|påbyrjad|byrja|begynt|starta|startet|igangsatt|igangsett|oppstartet', 'STARTED'],
];

/** Most informative first: a delay outranks completion, completion outranks "not started", and so on. */
export const STATUS_PRECEDENCE: readonly MeasureStatus[] = [
  'DELAYED',
  'COMPLETED',
  'NOT_STARTED',
  'ON_TRACK',
  'IN_PROGRESS',
  'STARTED',
];

const COMPILED: readonly [RegExp, MeasureStatus][] = PATTERNS.map(([src, status]) => [
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${src})(?![\\p{L}\\p{N}])`, 'gu'),
  status,
]);

/** The status a status text states, or null when no status word is recognised. */
export function recogniseStatus(statusText: string | null): MeasureStatus | null {
  if (!statusText) return null;
  let rest = statusText.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ');
  const found = new Set<MeasureStatus>();
  for (const [re, status] of COMPILED) {
    const next = rest.replace(re, ' ');
    if (next !== rest) found.add(status);
    rest = next;
  }
  return STATUS_PRECEDENCE.find((s) => found.has(s)) ?? null;
}

/** The status of a status text: UNKNOWN when empty or unrecognised (callers report the latter). */
export function normaliseStatus(statusText: string | null): MeasureStatus {
  return recogniseStatus(statusText) ?? 'UNKNOWN';
}
