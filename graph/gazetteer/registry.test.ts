import { describe, expect, it } from 'vitest';
import { entryByKey, entryByNumber, findActorMentions, GAZETTEER, isKnownPlaceOrBodyWord, lookupPlace, placeAfter, type GazetteerEntry } from './index.ts';

const current = (e: GazetteerEntry) => e.successors.every((s) => s.kind === 'partial');
const municipalities = GAZETTEER.filter((e) => e.kind === 'MUNICIPALITY' && current(e));
const counties = GAZETTEER.filter((e) => e.kind === 'COUNTY_MUNICIPALITY' && current(e));
const succ = (key: string) => entryByKey(key)?.successors.map((s) => [s.key, s.date, s.kind]);

describe('municipalities and counties of 2024', () => {
  it('counts 357 municipalities and 15 counties', () => {
    expect(municipalities).toHaveLength(357);
    expect(counties).toHaveLength(15);
  });

  it('gives every municipality a unique four-digit number inside its county', () => {
    const numbers = new Set<string>();
    for (const m of municipalities) {
      expect(m.number, m.key).toMatch(/^\d{4}$/);
      numbers.add(m.number!);
      const county = entryByKey(m.parentKey ?? '');
      expect(county?.kind, m.key).toBe('COUNTY_MUNICIPALITY');
      expect(current(county!), `${m.key} in a county of today`).toBe(true);
      expect(m.number!.slice(0, 2), m.key).toBe(county!.number);
      expect(m).toMatchObject({ levelKeys: ['kommune'] });
      expect(m.sectorKeys.length).toBeGreaterThan(0);
    }
    expect(numbers.size).toBe(357);
  });

  it('finds a municipality or county of today by its number', () => {
    expect(entryByNumber('4627')?.key).toBe('askoy-kommune');
    expect(entryByNumber('0301')?.key).toBe('oslo-kommune');
    expect(entryByNumber('46')?.key).toBe('vestland-fylkeskommune');
    expect(entryByNumber('12')).toBeNull(); // Hordaland's number went with it in 2020
  });

  it('gives every county a two-digit number and level fylke', () => {
    expect(counties.map((c) => c.number).sort()).toEqual(['03', '11', '15', '18', '31', '32', '33', '34', '39', '40', '42', '46', '50', '55', '56']);
    for (const c of counties) expect(c.levelKeys).toEqual(['fylke']);
  });

  it.each([
    ['oslo-kommune', '0301', 'oslo-fylke'],
    ['askoy-kommune', '4627', 'vestland-fylkeskommune'],
    ['flekkefjord-kommune', '4207', 'agder-fylkeskommune'],
    ['alesund-kommune', '1508', 'more-og-romsdal-fylkeskommune'],
    ['haram-kommune', '1580', 'more-og-romsdal-fylkeskommune'],
    ['tromso-kommune', '5501', 'troms-fylkeskommune'],
    ['karasjok-kommune', '5610', 'finnmark-fylkeskommune'],
    ['heroy-kommune-nordland', '1818', 'nordland-fylkeskommune'],
  ])('%s has number %s in %s', (key, number, county) => {
    expect(entryByKey(key)).toMatchObject({ kind: 'MUNICIPALITY', number, parentKey: county });
  });
});

describe('successions with dates', () => {
  it.each([
    ['bld', [['bfd', '2020-01-01', 'rename']]],
    ['blid', [['bld', '2016-04-01', 'rename']]],
    ['bld-2006', [['blid', '2010-01-01', 'rename']]],
    ['bfd-1991', [['bld-2006', '2006-01-01', 'rename']]],
    ['kmd', [['kdd', '2022-01-01', 'rename']]],
    ['kdd', [['dfd', '2024-01-01', 'partial']]],
    ['asd', [['aid', '2022-01-01', 'rename']]],
    ['kud', [['kultur-og-likestillingsdepartementet', '2022-01-01', 'rename']]],
    ['jpd', [['jd', '2012-01-01', 'rename']]],
    ['oed', [['ed', '2024-01-01', 'rename']]],
    ['fylkesmannen-i-vestland', [['statsforvalteren-i-vestland', '2021-01-01', 'rename']]],
    ['fylkesmannen-i-hordaland', [['fylkesmannen-i-vestland', '2019-01-01', 'merger']]],
    ['fylkesmannen-i-aust-og-vest-agder', [['fylkesmannen-i-agder', '2019-01-01', 'rename']]],
    ['fjell-kommune', [['oygarden-kommune', '2020-01-01', 'merger']]],
    ['haram-kommune-til-2019', [['alesund-kommune', '2020-01-01', 'merger']]],
    ['alesund-kommune', [['haram-kommune', '2024-01-01', 'partial']]],
    ['vagsoy-kommune', [['kinn-kommune', '2020-01-01', 'split'], ['stad-kommune', '2020-01-01', 'split']]],
    ['nes-kommune-buskerud', [['nesbyen-kommune', '2020-01-01', 'rename']]],
    ['viken-fylkeskommune', [['ostfold-fylkeskommune', '2024-01-01', 'split'], ['akershus-fylkeskommune', '2024-01-01', 'split'], ['buskerud-fylkeskommune', '2024-01-01', 'split']]],
    ['hordaland-fylkeskommune', [['vestland-fylkeskommune', '2020-01-01', 'merger']]],
    ['troms-og-finnmark-fylkeskommune', [['troms-fylkeskommune', '2024-01-01', 'split'], ['finnmark-fylkeskommune', '2024-01-01', 'split']]],
  ])('%s went into %j', (key, expected) => {
    expect(succ(key)).toEqual(expected);
  });

  it('lists every predecessor of a merger', () => {
    expect(entryByKey('oygarden-kommune')?.predecessors.map((p) => p.key).sort()).toEqual(['fjell-kommune', 'sund-kommune']);
    expect(entryByKey('indre-ostfold-kommune')?.predecessors).toHaveLength(5);
  });

  it('counts the municipalities that ceased in 2020: 66 net (422 became 356), plus the 15 that gave way to a new name', () => {
    const ceased = GAZETTEER.filter((e) => e.kind === 'MUNICIPALITY' && !current(e) && e.successors.some((s) => s.date === '2020-01-01' && s.kind !== 'rename'));
    const newNames = ['Nordre Follo', 'Lillestrøm', 'Indre Østfold', 'Midt-Telemark', 'Bjørnafjorden', 'Alver', 'Kinn', 'Stad', 'Sunnfjord', 'Fjord', 'Hustadvika', 'Orkland', 'Heim', 'Nærøysund', 'Senja'];
    for (const place of newNames) expect(lookupPlace(place).municipality?.predecessors.length, place).toBeGreaterThan(1);
    expect(ceased.length - newNames.length).toBe(66);
  });
});

describe('lookupPlace', () => {
  it.each([
    ['Askøy', 'askoy-kommune', null],
    ['askøy', 'askoy-kommune', null],
    ['Oslo', 'oslo-kommune', 'oslo-fylke'],
    ['Vestland', null, 'vestland-fylkeskommune'],
    ['Hordaland', null, 'hordaland-fylkeskommune'],
    ['Viken', null, 'viken-fylkeskommune'],
    ['Østfold', null, 'ostfold-fylkeskommune'],
    ['Fjell', 'fjell-kommune', null],
    ['Sund', 'sund-kommune', null],
    ['Moss', 'moss-kommune', null],
    ['Hole', 'hole-kommune', null],
    ['Haram', 'haram-kommune', null],
    ['Os', 'os-kommune', null],
    ['Kárášjohka', 'karasjok-kommune', null],
    ['Herøy i Nordland', 'heroy-kommune-nordland', null],
    ['Nord-Odal', 'nord-odal-kommune', null],
    ['Ingensteds', null, null],
  ])('%s → %s, %s', (name, municipality, county) => {
    const found = lookupPlace(name);
    expect(found.municipality?.key ?? null).toBe(municipality);
    expect(found.county?.key ?? null).toBe(county);
  });

  it('gives no one answer for a name two municipalities share', () => {
    const found = lookupPlace('Herøy');
    expect(found.municipality).toBeNull();
    expect(found.ambiguous.map((e) => e.key).sort()).toEqual(['heroy-kommune-more-og-romsdal', 'heroy-kommune-nordland']);
  });

  it('folds composed and decomposed letters alike (NFC)', () => {
    expect(lookupPlace('Askøy'.normalize('NFD')).municipality?.key).toBe('askoy-kommune');
    expect(lookupPlace('Ålesund'.normalize('NFD')).municipality?.key).toBe('alesund-kommune');
  });
});

describe('isKnownPlaceOrBodyWord', () => {
  it.each(['Fjell', 'Sund', 'Moss', 'Hole', 'Lier', 'Askøys', 'Bufdir', 'Statped', 'Vestland', 'Hordaland', 'BUFDIR'])('%s is a place or body', (w) => {
    expect(isKnownPlaceOrBodyWord(w)).toBe(true);
  });
  it.each(['Kari', 'Nordmann', 'Ingrid', 'Hansen', ''])('%s is not', (w) => {
    expect(isKnownPlaceOrBodyWord(w)).toBe(false);
  });
});

describe('placeAfter', () => {
  it.each([
    ['Røde Kors Stranda deltar', 'Røde Kors', 'Stranda', 'stranda-kommune'],
    ['NAV Nore og Uvdal har', 'NAV', 'Nore og Uvdal', 'nore-og-uvdal-kommune'],
    ['Frelsesarmeen Indre Østfold og', 'Frelsesarmeen', 'Indre Østfold', 'indre-ostfold-kommune'],
  ])('reads the place after a body in %j', (text, body, place, key) => {
    const [m] = findActorMentions(text);
    expect(m.text).toBe(body);
    const p = placeAfter(text, m.end);
    expect(p?.text).toBe(place);
    expect(p?.municipality?.key).toBe(key);
    expect(text.slice(p!.start, p!.end)).toBe(place);
  });

  it('reads "i X" only when asked, and nothing that is no place', () => {
    expect(placeAfter('Kirkens Bymisjon i Oslo', 16)).toBeNull();
    expect(placeAfter('Kirkens Bymisjon i Oslo', 16, { allowI: true })?.municipality?.key).toBe('oslo-kommune');
    expect(placeAfter('Redd Barna Kari', 10)).toBeNull();
    expect(placeAfter('Redd Barna', 10)).toBeNull();
  });
});
