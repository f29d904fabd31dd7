/**
 * Generic collectives are not actors: "kommunene", "direktoratene",
 * "frivillige organisasjoner", "staten", "sektordepartementa". A defined set
 * with a name of its own ("0-24-direktoratene") is one, and lives in the
 * gazetteer.
 */
const GENERIC = new RegExp(
  String.raw`^(?:(?:alle|de|dei|andre|ulike|flere|fleire|mange|øvrige|relevante|berørte|aktuelle|lokale|regionale|statlige|statlege|kommunale|offentlige|offentlege|private|frivillige|frivillig)\s+)*` +
    String.raw`(?:kommunen|kommunene|kommunane|kommuner|kommunar|fylkeskommunen|fylkeskommunene|fylkeskommunane|fylkeskommuner|direktoratene|direktorata|direktorater|departementene|departementa|departementer|sektordepartementene|sektordepartementa|etatene|etatane|etater|etatar|virksomhetene|verksemdene|myndighetene|myndigheitene|myndigheter|staten|tjenestene|tenestene|tjenester|tenester|aktørene|aktørane|aktører|aktørar|partene|partane|organisasjonene|organisasjonane|organisasjoner|organisasjonar|frivillige|næringslivet|innbyggerne|innbyggjarane|brukerne|brukarane|foreldre|barn|unge|ungdom|ansatte|tilsette|sektorene|sektorane|sektorer|regjeringens|regjeringas|fagmiljøene|fagmiljøa|forskningsmiljøer|forskningsmiljøene|kompetansesentrene|kompetansesentra)$`,
  'iu',
);

/** Whether a name as written is a generic collective, not a body. */
export function isGenericCollective(name: string): boolean {
  return GENERIC.test(name.replace(/\s+/gu, ' ').trim());
}
