/** The current language and its translate function, for every component. */
import { createContext, useContext } from 'react';
import { translator, type Lang, type Translate } from '../i18n/index.ts';

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: 'nb', t: translator('nb') });

/** `{ lang, t }` of the explorer. */
export function useI18n(): I18n {
  return useContext(I18nContext);
}
