/** Looks up a message in the chosen language and fills in `{name}` placeholders. */
import { en } from './en.ts';
import { nb, type MessageKey } from './nb.ts';

export type Lang = 'nb' | 'en';
export const LANGS: readonly Lang[] = ['nb', 'en'];

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { nb, en };

/** A translate function bound to one language. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

/** Returns `t(key, params)` for `lang`. */
export function translator(lang: Lang): Translate {
  const dict = DICTIONARIES[lang];
  return (key, params) => {
    const text = dict[key] ?? nb[key] ?? key;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
  };
}

/** Whether `key` is in the dictionary: for keys built from server data, such as an edge type. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(nb, key);
}

/** Translates a key built from server data, or returns `fallback` when the dictionary has no such key. */
export function translateOr(t: Translate, key: string, fallback: string): string {
  return isMessageKey(key) ? t(key) : fallback;
}

/** The language's name for a sector or level that carries both (`name`, `nameEn`). */
export function localName(item: { name: string; nameEn?: string | null }, lang: Lang): string {
  return lang === 'en' && item.nameEn ? item.nameEn : item.name;
}
