/**
 * Numbers and dates as each language writes them, through `Intl`: "0,047" and
 * "1. januar 2021" in Norwegian, "0.047" and "1 January 2021" in English.
 * Formatters are made once per language and options.
 */
import type { Lang } from './translate.ts';

/** The BCP 47 locale of a language of the explorer. */
export const localeOf = (lang: Lang): string => (lang === 'nb' ? 'nb-NO' : 'en-GB');

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A number with at most `digits` decimals (3 by default), grouped as the language does. */
export function formatNumber(lang: Lang, x: number, digits = 3): string {
  const key = `${lang}:${digits}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: digits })));
  return f.format(x);
}

/** A share (0 to 1) as a whole percent. */
export function formatPercent(lang: Lang, x: number): string {
  const key = `${lang}:%`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits: 0 })));
  return f.format(x);
}

/** An ISO date (yyyy-mm-dd) written out ("1. januar 2021"); other text comes back as it is. */
export function formatDate(lang: Lang, iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  let f = dateFormats.get(lang);
  if (!f) dateFormats.set(lang, (f = new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })));
  return f.format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** Today's date written out, for the date line of exports and print. */
export function formatToday(lang: Lang, now: Date = new Date()): string {
  return formatDate(lang, now.toISOString().slice(0, 10));
}
