import { describe, expect, it } from 'vitest';
import { createPhraseMatcher, findActorMentions, findInitiativeMentions, resolveInitiativeName } from './index.ts';

const keysOf = (text: string) => findActorMentions(text).map((m) => [m.text, m.entry.key]);

describe('findActorMentions', () => {
  it('finds each body with exact offsets', () => {
    const text = 'Kriminalomsorgsdirektoratet og Barne-, ungdoms- og familiedirektoratet skal sammen vurdere om';
    const found = findActorMentions(text);
    expect(found.map((m) => m.entry.key)).toEqual(['kdi', 'bufdir']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(found[1].text).toBe('Barne-, ungdoms- og familiedirektoratet');
  });

  it('adds the offset to every span', () => {
    const [m] = findActorMentions('Ansvarlig: Helsedepartementet', 100);
    expect(m).toMatchObject({ start: 111, end: 129, text: 'Helsedepartementet' });
  });

  it('prefers the longest name and never overlaps', () => {
    expect(keysOf('Lokalt NAV-kontor')).toEqual([['Lokalt NAV-kontor', 'nav-kontor']]);
    expect(keysOf('FM IMDi regionskontor')).toEqual([
      ['FM', 'fylkesmannen'],
      ['IMDi regionskontor', 'imdi-regionskontor'],
    ]);
    expect(keysOf('PPT fylke og PPT')).toEqual([
      ['PPT fylke', 'ppt-fylke'],
      ['PPT', 'ppt'],
    ]);
    expect(keysOf('OT-rådgivning')).toEqual([['OT-rådgivning', 'ot-radgivning']]);
  });

  it('matches abbreviations only in their own case and as whole words', () => {
    expect(keysOf('VGO, karrieresentre, OT')).toEqual([
      ['VGO', 'videregaende-opplaering'],
      ['karrieresentre', 'karrieresentre'],
      ['OT', 'oppfolgingstjenesten'],
    ]);
    expect(keysOf('rekrutteres og kst og fm og ot og hod')).toEqual([]);
    expect(keysOf('KSs og KS')).toEqual([
      ['KSs', 'ks'],
      ['KS', 'ks'],
    ]);
  });

  it('reads the genitive s and keeps a bracketed abbreviation with its name', () => {
    expect(keysOf('Dette arbeidet danner grunnlaget for Bufdirs arbeid')).toEqual([['Bufdirs', 'bufdir']]);
    expect(keysOf('Utdanningsdirektoratet og Kommunesektorens organisasjon (KS).')).toEqual([
      ['Utdanningsdirektoratet', 'udir'],
      ['Kommunesektorens organisasjon (KS)', 'ks'],
    ]);
    expect(keysOf('Spisskompetansemiljøet (SKM) for Sped- og småbarn')).toEqual([
      ['Spisskompetansemiljøet (SKM)', 'spisskompetansemiljoene'],
    ]);
  });

  it('takes the seed\'s odd punctuation as one body', () => {
    expect(keysOf('Integrerings- og mangfoldsdirektoratet, Barne,-ungdoms, og familiedirektoratet, Utdanningsdirektoratet')).toEqual([
      ['Integrerings- og mangfoldsdirektoratet', 'imdi'],
      ['Barne,-ungdoms, og familiedirektoratet', 'bufdir'],
      ['Utdanningsdirektoratet', 'udir'],
    ]);
  });

  it('treats no-break spaces and line breaks inside a name as spaces', () => {
    expect(keysOf('Barne- og likestillingsdepartementet og\u00a0Kunnskapsdepartementet')).toEqual([
      ['Barne- og likestillingsdepartementet', 'bld'],
      ['Kunnskapsdepartementet', 'kd'],
    ]);
    expect(keysOf('Barne- og\nfamiliedepartementet')).toEqual([['Barne- og\nfamiliedepartementet', 'bfd']]);
  });

  it('does not read a name glued into a compound or an address', () => {
    expect(keysOf('BTS-prosjektet og ATV-kontorer og NAV-systemet')).toEqual([]);
    expect(keysOf('se https://www.udir.no/Udir og idun@udir.no')).toEqual([]);
  });

  it('can leave out the common-noun services', () => {
    const text = 'barnehage, skole og SFO samt Utdanningsdirektoratet';
    expect(findActorMentions(text, 0, { excludeKinds: ['MUNICIPAL_SERVICE'] }).map((m) => m.entry.key)).toEqual(['udir']);
  });

  it('is fast on long texts', () => {
    const para = 'Helsedirektoratet, Utdanningsdirektoratet, Statped, NAV, Direktoratet for e-helse, Flekkefjord kommune og KS samarbeider om barn og unge. ';
    const text = para.repeat(2000);
    const t0 = performance.now();
    const found = findActorMentions(text);
    expect(found.length).toBe(7 * 2000);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('findActorMentions over the register', () => {
  it('finds municipalities, counties and governors by their full names only', () => {
    const text = 'Askøy kommune og Vestland fylkeskommune møtte Statsforvalteren i Vestland og Oslo kommune.';
    expect(keysOf(text)).toEqual([
      ['Askøy kommune', 'askoy-kommune'],
      ['Vestland fylkeskommune', 'vestland-fylkeskommune'],
      ['Statsforvalteren i Vestland', 'statsforvalteren-i-vestland'],
      ['Oslo kommune', 'oslo-kommune'],
    ]);
  });

  it('reads the genitive and the Nynorsk forms', () => {
    expect(keysOf('Askøy kommunes plan')).toEqual([['Askøy kommunes', 'askoy-kommune']]);
    expect(keysOf('Statsforvaltaren i Rogaland og Sogndal kommune')).toEqual([
      ['Statsforvaltaren i Rogaland', 'statsforvalteren-i-rogaland'],
      ['Sogndal kommune', 'sogndal-kommune'],
    ]);
  });

  it('reads organisation names that are also ordinary phrases only as written', () => {
    expect(keysOf('Barn av rusmisbrukere trenger trygge voksne for barn og god mental helse.')).toEqual([]);
    expect(keysOf('Voksne for Barn og Mental Helse Ungdom samarbeider.')).toEqual([
      ['Voksne for Barn', 'voksne-for-barn'],
      ['Mental Helse Ungdom', 'mental-helse-ungdom'],
    ]);
  });

  it('keeps an abbreviation carried over a rename with the new name, and reads indefinite forms', () => {
    expect(keysOf('Kultur- og likestillingsdepartementet (KUD) og Utenriksdepartement (UD).')).toEqual([
      ['Kultur- og likestillingsdepartementet (KUD)', 'kultur-og-likestillingsdepartementet'],
      ['Utenriksdepartement (UD)', 'ud'],
    ]);
    // A bracket that names another line of bodies stays a mention of its own.
    expect(keysOf('Helsedirektoratet (Bufdir)').map(([, k]) => k)).toEqual(['hdir', 'bufdir']);
  });

  it('never reads a bare place name as a body', () => {
    const text = 'Vi gikk fra Fjell til Sund, forbi Moss og Hole, og bodde i Oslo og Lier. Kari Hole kom fra Vestland.';
    expect(keysOf(text)).toEqual([]);
  });

  it('accepts a mixed-case abbreviation written in capitals, but not in lower case', () => {
    expect(keysOf('BUFDIR og IMDI og UDIR')).toEqual([
      ['BUFDIR', 'bufdir'],
      ['IMDI', 'imdi'],
      ['UDIR', 'udir'],
    ]);
    expect(keysOf('bufdir og udir')).toEqual([]);
  });

  it('finds agencies, trusts, regions and organisations', () => {
    const text = 'Folkehelseinstituttet, Helse Bergen HF, Bufetat, region vest, KoRus-Øst, RVTS Nord, NORCE, Redd Barna og Utdanningsforbundet.';
    expect(findActorMentions(text).map((m) => m.entry.key)).toEqual([
      'fhi', 'helse-bergen', 'bufetat-region-vest', 'korus-ost', 'rvts-nord', 'norce', 'redd-barna', 'utdanningsforbundet',
    ]);
  });

  it('grows linearly: ten times the text takes about ten times as long', () => {
    const para = 'Askøy kommune, Helse Bergen HF, Statsforvalteren i Vestland og Bufdir samarbeider med skolen i Fjell om barn og unge i Sund. ';
    const one = para.repeat(300);
    const ten = para.repeat(3000);
    const time = (t: string) => {
      let best = Infinity;
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        findActorMentions(t);
        best = Math.min(best, performance.now() - t0);
      }
      return best;
    };
    for (let i = 0; i < 10; i++) findActorMentions(one);
    // Best of seven runs each; linear gives about 10, quadratic about 100. The bounds leave room for a busy machine.
    const ratio = time(ten) / time(one);
    expect(ratio).toBeGreaterThan(2);
    expect(ratio).toBeLessThan(40);
  });
});

describe('initiatives', () => {
  it.each([
    ['0-24 samarbeidet', '0-24-samarbeidet'],
    ['0-24-samarbeidet', '0-24-samarbeidet'],
    ['0 - 24 SAMARBEIDET', '0-24-samarbeidet'],
    ['Bedre tverrsektorielt samarbeid (BTS)', 'bts'],
    ['Bedre tverrfaglig samarbeid', 'bts'],
    ['Barn og unge med sammensatte behov', 'barn-og-unge-med-sammensatte-behov'],
    ['kjernegruppepiloten', 'kjernegruppen'],
  ])('resolves %s → %s', (name, key) => {
    expect(resolveInitiativeName(name)?.key).toBe(key);
  });

  it('finds names across line breaks and with their abbreviation', () => {
    const text = '0 - 24\nSAMARBEIDET\n\nhvor Bedre tverrsektorielt samarbeid (BTS) dreier seg om';
    expect(findInitiativeMentions(text).map((m) => [m.text, m.entry.key])).toEqual([
      ['0 - 24\nSAMARBEIDET', '0-24-samarbeidet'],
      ['Bedre tverrsektorielt samarbeid (BTS)', 'bts'],
    ]);
  });
});

describe('createPhraseMatcher', () => {
  it('honours case sensitivity per phrase and word bounds', () => {
    const match = createPhraseMatcher([
      { phrase: 'KS', value: 1, caseSensitive: true },
      { phrase: 'skole', value: 2, caseSensitive: false },
    ]);
    expect(match('ks KS Skole skolegang').map((m) => [m.start, m.end, m.value])).toEqual([
      [3, 5, 1],
      [6, 11, 2],
    ]);
  });
});
