/**
 * Themes and target groups of the field, recognised from text by stem
 * prefixes, so measures that say the same thing in other words still meet.
 * The lexicon describes the field, not any one measure.
 */
import { terms } from './norwegian-text.ts';

export interface Theme {
  key: string;
  /** Bokmål label, read aloud by facilitators. */
  label: string;
  labelEn: string;
  /** A term belongs to the theme when its stem starts with one of these. */
  prefixes: string[];
}

export const THEMES: readonly Theme[] = [
  { key: 'foreldrestotte', label: 'foreldrestøtte og foreldreveiledning', labelEn: 'parent support and guidance', prefixes: ['foreldreveiled', 'foreldrestøtt', 'foreldreprogram', 'icdp', 'foreldrerol', 'familieperspektiv', 'ungdomsforeld'] },
  { key: 'laeringsnettverk', label: 'læringsnettverk', labelEn: 'learning networks', prefixes: ['læringsnettverk', 'nettverk'] },
  { key: 'samordning', label: 'samordning av tjenester', labelEn: 'coordinating services', prefixes: ['samordn', 'koordiner', 'tverrfag', 'tverrsektor', 'tverretat', 'samhandl', 'helhet'] },
  { key: 'barnevern-barnehage', label: 'barnevern og barnehage', labelEn: 'child welfare and kindergarten', prefixes: ['barnehag'] },
  { key: 'barnevern', label: 'barnevern', labelEn: 'child welfare', prefixes: ['barnevern', 'fosterhjem', 'omsorgsinstitusjon', 'omsorgssvikt'] },
  { key: 'fengsel-familie', label: 'fengsel og familie', labelEn: 'prison and family', prefixes: ['fengsel', 'fengsl', 'kriminalomsorg', 'innsatt'] },
  { key: 'vold', label: 'vold i nære relasjoner', labelEn: 'domestic violence', prefixes: ['vold', 'overgrep'] },
  { key: 'sma-barn', label: 'sped- og småbarn og gravide', labelEn: 'infants, toddlers and pregnancy', prefixes: ['småbarn', 'spedbarn', 'sped', 'gravid', 'svangerskap', 'hjemmebesøk', 'familie for første gang'] },
  { key: 'familievern', label: 'familievernet', labelEn: 'family counselling', prefixes: ['familievern'] },
  { key: 'retningslinjer', label: 'retningslinjer og veiledere', labelEn: 'guidelines', prefixes: ['retningslinj', 'veileder', 'rundskriv', 'anbefaling'] },
  { key: 'integrering', label: 'integrering og introduksjonsprogram', labelEn: 'integration', prefixes: ['introduksjonsprogram', 'innvandr', 'flyktning'] },
  { key: 'modellkommune', label: 'modellkommuner og tidlig innsats', labelEn: 'model municipalities and early intervention', prefixes: ['modellkommun', 'tidlig innsats', 'tidlig identifik', 'bti'] },
];

/** Theme keys present in a text, with the words that put them there. */
export function themesOf(text: string): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const lower = text.toLocaleLowerCase('nb');
  const ts = terms(text);
  for (const theme of THEMES) {
    for (const prefix of theme.prefixes) {
      const hits = prefix.includes(' ') ? (lower.includes(prefix) ? [prefix] : []) : ts.filter((t) => t.stem.startsWith(prefix) || t.word.startsWith(prefix)).map((t) => t.word);
      if (hits.length) {
        const set = found.get(theme.key) ?? new Set<string>();
        hits.forEach((h) => set.add(h));
        found.set(theme.key, set);
      }
    }
  }
  return found;
}
