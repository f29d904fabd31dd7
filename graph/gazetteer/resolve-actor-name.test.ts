import { describe, expect, it } from 'vitest';
import { NORMALISED_CONFIDENCE, resolveActorName, resolveActorNameDetailed } from './index.ts';

describe('resolveActorName', () => {
  it.each([
    ['Helsedepartementet', 'hod'],
    ['Helse- og omsorgsdepartementet', 'hod'],
    ['HOD', 'hod'],
    ['Justisdepartementet', 'jd'],
    ['Justis- og beredskapsdepartementet', 'jd'],
    ['Justis- og politidepartementet', 'jpd'],
    ['Barne- og likestillingsdepartementet', 'bld'],
    ['BARNE- OG LIKESTILLINGSDEPARTEMENT', 'bld'],
    ['Barne- og familiedepartementet', 'bfd'],
    ['Arbeidsdepartementet', 'ad'],
    ['Kommunal- og distriktsdepartementet', 'kdd'],
    ['Barne,-ungdoms, og familiedirektoratet', 'bufdir'],
    ['Barne-, ungdoms- og familiedirektoratet', 'bufdir'],
    ['Bufdir', 'bufdir'],
    ['Bufdirs', 'bufdir'],
    ['Hdir', 'hdir'],
    ['Udir', 'udir'],
    ['IMDi', 'imdi'],
    ['AVdir', 'avdir'],
    ['NAV', 'avdir'],
    ['Arbeids- og velferdsdirektoratet', 'avdir'],
    ['FM', 'fylkesmannen'],
    ['Fylkesmennene', 'fylkesmannen'],
    ['fylkesmannen', 'fylkesmannen'],
    ['Statsforvalterens', 'statsforvalteren'],
    ['Politi-distriktene', 'politidistriktene'],
    ['Konflikt-rådene', 'konfliktradene'],
    ['Spesialhelsetjenesten', 'spesialisthelsetjenesten'],
    ['De regionale helseforetakene', 'rhf'],
    ['Kommunesektorens organisasjon (KS)', 'ks'],
    ['KS', 'ks'],
    ['ks', 'ks'],
    ['  Utdanningsdirektoratet. ', 'udir'],
    ['**Statped**', 'statped'],
    ['Direktoratet for e-helse', 'ehelse'],
    ['Lokalt NAV-kontor', 'nav-kontor'],
    ['NAV fylke', 'nav-fylke'],
    ['OT', 'oppfolgingstjenesten'],
    ['OT-rådgivning', 'ot-radgivning'],
    ['Skolehelsetjenesten', 'helsestasjon-skolehelsetjenesten'],
    ['barnevernstjenestens', 'barnevernet'],
    ['familievernkontorene', 'familievernet'],
    ['R-bup', 'rbup'],
    ['KoRUS', 'korus'],
    ['Flekkefjord kommune', 'flekkefjord-kommune'],
    ['Barneombudet', 'barneombudet'],
    ['Sosialdepartementet', 'sosialdepartementet'],
    ['Stiftelsen Alternativ til Vold', 'atv'],
    ['Askøy kommune', 'askoy-kommune'],
    ['Vestland fylkeskommune', 'vestland-fylkeskommune'],
    ['Statsforvalteren i Vestland', 'statsforvalteren-i-vestland'],
    ['Fylkesmannen i Vestland', 'fylkesmannen-i-vestland'],
    ['Helse Bergen HF', 'helse-bergen'],
    ['Bufetat, region nord', 'bufetat-region-nord'],
    ['KoRus-Øst', 'korus-ost'],
    ['RVTS Sør', 'rvts-sor'],
  ])('%s → %s', (name, key) => {
    expect(resolveActorName(name)?.key).toBe(key);
  });

  it.each(['Askøy', 'Oslo', 'Fjell', 'Vestland', 'OsloMet /NIBR', 'Regjeringen', 'Direktoratene', '', '   ', '0-24 direktoratene'])(
    'does not curate %j',
    (name) => {
      expect(resolveActorName(name)).toBeNull();
    },
  );
});

describe('resolveActorNameDetailed', () => {
  it.each([
    ['Helsedepartementet', 'hod', 'exact'],
    ['Bufdir', 'bufdir', 'exact'],
    ['barne-, ungdoms- og familiedirektoratet', 'bufdir', 'exact'],
    ['Barne, ungdoms og familiedirektoratet', 'bufdir', 'normalised'],
    ['Barne- ungdoms- og familiedirektoratet', 'bufdir', 'exact'],
    ['Barne-ungdoms-og familiedirektoratet', 'bufdir', 'normalised'],
    ['Arbeids-  og inkluderingsdepartementet', 'aid', 'exact'],
    ['Arbeids – og inkluderingsdepartementet', 'aid', 'normalised'],
    ['Utenriksdepartement', 'ud', 'exact'],
    ['Arbeidstilsyn', 'arbeidstilsynet', 'normalised'],
    ['Utenriksdepartementets', 'ud', 'normalised'],
    ['Kunnskapsdepartementets', 'kd', 'normalised'],
    ['Statsforvaltaren i Rogaland', 'statsforvalteren-i-rogaland', 'exact'],
    ['Statsforvaltaren', 'statsforvalteren', 'exact'],
    ['Oppfølgingstenesta', 'oppfolgingstjenesten', 'exact'],
    ['Barnevernstenesta', 'barnevernet', 'exact'],
    ['Likestillings- og diskrimineringsombodet', 'ldo', 'exact'],
    ['Sivilombodet', 'sivilombudet', 'exact'],
    ['Helsetilsyn', 'helsetilsynet', 'normalised'],
    ['Askøy kommunes', 'askoy-kommune', 'normalised'],
    ['Utdanningsdirektoratett', 'udir', 'fuzzy'],
    ['Helsedirektoaratet', 'hdir', 'fuzzy'],
    ['Folkehelseinstitutet', 'fhi', 'fuzzy'],
    ['Barne-, ungdoms- og familiedirektortet', 'bufdir', 'fuzzy'],
  ])('%s → %s (%s)', (name, key, method) => {
    const r = resolveActorNameDetailed(name);
    expect(r?.entry.key).toBe(key);
    expect(r?.method).toBe(method);
  });

  it('is surest of exact matches and less sure of fuzzy ones', () => {
    expect(resolveActorNameDetailed('Helsedirektoratet')?.confidence).toBe(1);
    expect(resolveActorNameDetailed('Barne, ungdoms og familiedirektoratet')?.confidence).toBe(NORMALISED_CONFIDENCE);
    const one = resolveActorNameDetailed('Utdanningsdirektoratett')!.confidence;
    const two = resolveActorNameDetailed('Barne-, ungdoms- og familiedirektortet')!.confidence;
    expect(one).toBeLessThan(NORMALISED_CONFIDENCE);
    expect(one).toBeGreaterThanOrEqual(0.5);
    expect(two).toBeLessThan(NORMALISED_CONFIDENCE);
  });

  it.each(['Udirr', 'BUFDIRR', 'Hdirs x', 'KSS', 'Fjell', 'Helsedirektoratet og Udir', 'Kommunedirektøren'])('never guesses %j', (name) => {
    expect(resolveActorNameDetailed(name)?.method ?? null).not.toBe('fuzzy');
  });

  it('only guesses when asked', () => {
    expect(resolveActorNameDetailed('Utdanningsdirektoratett', { fuzzy: false })).toBeNull();
    expect(resolveActorName('Utdanningsdirektoratett')).toBeNull();
  });
});
