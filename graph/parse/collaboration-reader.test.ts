/** Collaborations found by the text's own cues, on sentences written for this test. */
import { describe, expect, it } from 'vitest';
import { documentId } from '../model/index.ts';
import { readCueCollaborations } from './collaboration-reader.ts';
import { parseStructure } from './structure/index.ts';

const read = (text: string) =>
  readCueCollaborations(parseStructure(text), documentId('cues.txt')).map((c) => ({
    name: c.name,
    participants: c.participants.map((p) => p.actor.key ?? `?${p.actor.name}`),
    lead: c.lead ? (c.lead.actor.key ?? `?${c.lead.actor.name}`) : null,
    commissioners: c.commissioners.map((p) => p.actor.key ?? `?${p.actor.name}`),
  }));

describe('collaborations by cues', () => {
  it('"X var et samarbeid mellom A og B", and the agent and partner of "prosjektet" later', () => {
    const text = 'Kartleggingsprosjekt var et samarbeid mellom Kunnskapsdepartementet og KS. Senter for rusforskning gjennomførte prosjektet, i samarbeid med Universitetet i Bergen.';
    expect(read(text)).toEqual([{ name: 'Kartleggingsprosjekt', participants: ['kd', 'ks', '?Senter for rusforskning', 'uib'], lead: null, commissioners: [] }]);
  });

  it('a plan named by its quoted title, coordinated by one ministry, in close cooperation with three', () => {
    const text =
      'Handlingsplanen «Trygg hele veien» skal hindre vold.\n\nArbeidet med planen er koordinert av Barne- og familiedepartementet, og skal gjennomføres i tett samarbeid med Helse- og omsorgsdepartementet, Justis- og beredskapsdepartementet og Kunnskapsdepartementet.';
    expect(read(text)).toEqual([{ name: 'Trygg hele veien', participants: ['hod', 'jd', 'kd'], lead: 'bfd', commissioners: [] }]);
  });

  it('a joint publication, and a cleft "Det er X som koordinerer" for a plan named before', () => {
    const text =
      'Opptrappingsplan mot mobbing\n\nFelles veileder for skolemiljø er utgitt av Utdanningsdirektoratet og Helsedirektoratet.\n\nDet er Kunnskapsdepartementet som koordinerer arbeidet med tiltakene i opptrappingsplanen.';
    expect(read(text)).toEqual([
      { name: 'Felles veileder for skolemiljø', participants: ['udir', 'hdir'], lead: null, commissioners: [] },
      { name: 'Opptrappingsplan mot mobbing', participants: [], lead: 'kd', commissioners: [] },
    ]);
  });

  it('a steering group "sammensatt av" ministries, led by a role in one of them', () => {
    const text = 'En styringsgruppe sammensatt av ekspedisjonssjefer fra KD, HOD og JD. Styringsgruppen ledes av en avdelingsdirektør i KD.';
    expect(read(text)).toEqual([{ name: 'styringsgruppe', participants: ['kd', 'hod', 'jd'], lead: 'kd', commissioners: [] }]);
  });

  it('members listed in items after "som inngår i X er:", services by their own names', () => {
    const text = 'Tjenestene som inngår i Familiesenteret er:\n  • Helsestasjon, med jordmor,\n  • Tidlig innsats-team\n  • Pedagogisk-psykologisk tjeneste';
    expect(read(text)).toEqual([{ name: 'Familiesenteret', participants: ['helsestasjon-skolehelsetjenesten', '?Tidlig innsats-team', 'ppt'], lead: null, commissioners: [] }]);
  });

  it('a group field lists its members; "person, tittel, etat" gives the agency', () => {
    const text = 'Prosjektgruppe: [navn fjernet], rådgiver, Bufdir; Helsedirektoratet og KS';
    expect(read(text)[0]).toMatchObject({ name: 'Prosjektgruppe', participants: ['bufdir', 'hdir', 'ks'] });
  });

  it('"der både A, B og C er med", with services named in the definite form', () => {
    const text = 'Avtalen gir eit trepartssamarbeid der både oppfølgingstenesta, lærlingtenesta og NAV er med.';
    expect(read(text)[0]).toMatchObject({ name: 'trepartssamarbeid', participants: ['oppfolgingstjenesten', '?lærlingtenesta', 'avdir'] });
  });

  it('"A og B signerte samarbeidsavtalen" and a meeting "med A, B og C"', () => {
    const text = 'Vestland fylkeskommune og NAV signerte samarbeidsavtalen i dag.\n\nStatsråden inviterer til dialogmøter med Redd Barna, Kirkens Bymisjon og Voksne for Barn.';
    expect(read(text).map((c) => [c.name, c.participants])).toEqual([
      ['samarbeidsavtalen', ['vestland-fylkeskommune', 'avdir']],
      ['dialogmøter', ['redd-barna', 'kirkens-bymisjon', 'voksne-for-barn']],
    ]);
  });

  it('"de tre organisasjonene" stand for the last three named, and "samarbeider med B om å markere X" names X', () => {
    const text =
      'Statsråden holder dialogmøter med Redd Barna, Kirkens Bymisjon og Voksne for Barn. De tre organisasjonene samarbeider også med Bufdir om å markere barnas dag hvert år.';
    expect(read(text)[1]).toEqual({ name: 'barnas dag', participants: ['redd-barna', 'kirkens-bymisjon', 'voksne-for-barn', 'bufdir'], lead: null, commissioners: [] });
  });

  it('an intermunicipal project and "Ett av dem, X" inheriting its members', () => {
    const text = 'Kommunane Askøy, Fjell og Sund har fleire fellesprosjekt. Eitt av dei, Trygg start, er no i gang.';
    const found = read(text);
    expect(found.map((c) => [c.name, c.participants])).toEqual([
      ['fellesprosjekt', ['askoy-kommune', 'fjell-kommune', 'sund-kommune']],
      ['Trygg start', ['askoy-kommune', 'fjell-kommune', 'sund-kommune']],
    ]);
  });

  it('a commissioner or grantor is never a member', () => {
    const text = 'Trygg oppvekst i Fjordby\n\nFjordby kommune søkte om og fikk innvilget tilskudd hos Bufdir i 2021.';
    expect(read(text)).toEqual([{ name: 'Trygg oppvekst i Fjordby', participants: ['?Fjordby kommune'], lead: null, commissioners: ['bufdir'] }]);
  });

  it('"i regi av" leads, and generic collectives never take part', () => {
    const text = 'Satsinga er eit samarbeid mellom kommunane, politiet, lag og foreiningar og næringslivet. Samarbeidsprosjekt i regi av Regionrådet Nord får midlar.';
    expect(read(text).map((c) => [c.name, c.participants, c.lead])).toEqual([
      ['Satsinga', ['politidistriktene'], null],
      ['Samarbeidsprosjekt', [], '?Regionrådet Nord'],
    ]);
  });

  it('states nothing where no cue is', () => {
    expect(read('Barnevernet og skolen er viktige for barn. Regjeringen vil styrke innsatsen.')).toEqual([]);
  });
});
