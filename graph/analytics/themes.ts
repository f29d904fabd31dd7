/**
 * Themes and target groups of the 0-24 field, recognised in a text by the
 * stems it uses (and the parts of its compounds), so efforts that say the same
 * thing in other words still meet. The lexicon describes the field, not any
 * one measure: no measure is named here, and each cue is a word a report on
 * services for children and families may use.
 */
import { terms } from './norwegian-text.ts';

export interface Theme {
  key: string;
  /** Bokmål label, read aloud by facilitators ("handler begge om …"). */
  label: string;
  labelEn: string;
  /**
   * Cues, as Snowball stems: a term belongs to the theme when its stem, or a
   * part of its compound, starts with a cue ("=cue": equals it). Cues with a
   * space match the lower-cased text.
   */
  cues: string[];
}

const theme = (key: string, label: string, labelEn: string, cues: string[]): Theme => ({ key, label, labelEn, cues });

/** The themes, most specific first (the order of an explanation's list). */
export const THEMES: readonly Theme[] = [
  theme('foreldrestotte', 'foreldreveiledning og foreldrestøtte', 'parent support and guidance', ['foreldreveiledning', 'foreldrestøtt', 'foreldreprogram', 'foreldreroll', 'foreldreferdighet', 'icdp', 'familiesamtal']),
  theme('laeringsnettverk', 'læringsnettverk for kommunene', 'learning networks for municipalities', ['læringsnettverk', 'nettverk']),
  theme('fengsel-familie', 'foreldre i fengsel', 'parents in prison and the correctional service', ['fengsel', 'fengsl', 'innsatt', 'kriminalomsorg', 'soning', 'straffegjennomføring']),
  theme('barnehage-skole', 'barnehage og skole', 'kindergarten and school', ['barnehag', 'skol', '=sfo', 'skolefritidsordning', 'elev']),
  theme('barnevern', 'barnevernet', 'child welfare', ['barnevern', 'fosterhjem', 'omsorgsinstitusjon', 'akuttplasser', 'omsorgsovertakels']),
  theme('sma-barn', 'gravide, sped- og småbarn', 'pregnancy, infants and toddlers', ['småbarn', 'spedbarn', '=sped', 'gravid', 'svangerskap', 'hjemmebesøk', 'nyfødt', 'barsel']),
  theme('vold', 'vold i familien', 'violence and abuse in the family', ['vold', 'overgrep', 'mishandling', 'barnemishandling']),
  theme('familievern', 'familievernet', 'family counselling', ['familievern']),
  theme('integrering', 'innvandrere og introduksjonsprogrammet', 'immigrants and the introduction programme', ['introduksjonsprogram', 'innvandr', 'flyktning', 'minorit']),
  theme('tidlig-innsats', 'tidlig innsats', 'early intervention and identification', ['modellkommun', '=bti', 'tidlig innsats', 'tidlig identifikasjon', 'tidlig tidspunkt', 'tidlig hjelp']),
  theme('ungdom', 'ungdom', 'youth', ['=ungdom', 'ungdomsforeldr', 'radikalisering', 'videregå']),
  theme('samordning', 'samordning av tjenester', 'coordinating services', ['samordn', 'koordiner', 'tverrfag', 'tverrsektori', 'tverretat', 'samhandl', 'helhet']),
];

/** Theme keys present in a text, with the words that put them there. `parts` splits compound stems (see `compoundSplitter`). */
export function themesOf(text: string, parts: (stem: string) => string[] = () => []): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const lower = text.toLocaleLowerCase('nb').replace(/\s+/g, ' ');
  const ts = terms(text).map((t) => ({ word: t.word, stems: [t.stem, ...parts(t.stem)] }));
  for (const th of THEMES) {
    const hits = new Set<string>();
    for (const cue of th.cues) {
      if (cue.includes(' ')) {
        if (lower.includes(cue)) hits.add(cue);
      } else if (cue.startsWith('=')) {
        for (const t of ts) if (t.stems.includes(cue.slice(1))) hits.add(t.word);
      } else for (const t of ts) if (t.stems.some((s) => s.startsWith(cue))) hits.add(t.word);
    }
    if (hits.size) found.set(th.key, hits);
  }
  return found;
}
