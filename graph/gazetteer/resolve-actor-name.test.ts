import { describe, expect, it } from 'vitest';
import { resolveActorName } from './index.ts';

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
  ])('%s → %s', (name, key) => {
    expect(resolveActorName(name)?.key).toBe(key);
  });

  it.each(['Stiftelsen Alternativ til Vold', 'OsloMet /NIBR', 'Regjeringen', 'Direktoratene', '', '   ', '0-24 direktoratene'])(
    'does not curate %j',
    (name) => {
      expect(resolveActorName(name)).toBeNull();
    },
  );
});
