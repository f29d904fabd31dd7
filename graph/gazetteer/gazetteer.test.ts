import { describe, expect, it } from 'vitest';
import { actorId, LEVELS, sectorId, slugify } from '../model/index.ts';
import {
  entryByKey,
  GAZETTEER,
  looseKey,
  primarySectorKey,
  SECTORS,
  sectorByKey,
  surfaceForms,
} from './index.ts';

describe('GAZETTEER data', () => {
  it('has unique, slug-shaped keys that give stable actor ids', () => {
    const keys = GAZETTEER.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) {
      expect(slugify(key)).toBe(key);
      expect(actorId(key)).toBe(`actor:${key}`);
    }
  });

  it('only refers to keys, levels and sectors that exist', () => {
    const levels = new Set(LEVELS.map((l) => l.key));
    for (const e of GAZETTEER) {
      for (const l of e.levelKeys) expect(levels.has(l), `${e.key} level ${l}`).toBe(true);
      for (const s of e.sectorKeys) expect(sectorByKey(s), `${e.key} sector ${s}`).not.toBeNull();
      for (const ref of [e.parentKey, ...e.predecessors.map((p) => p.key), ...e.successors.map((s) => s.key)]) {
        if (ref) expect(entryByKey(ref), `${e.key} → ${ref}`).not.toBeNull();
      }
    }
  });

  it('links every succession both ways with the same date and kind', () => {
    for (const e of GAZETTEER) {
      for (const s of e.successors) expect(entryByKey(s.key)?.predecessors).toContainEqual({ key: e.key, date: s.date, kind: s.kind });
      for (const p of e.predecessors) expect(entryByKey(p.key)?.successors).toContainEqual({ key: e.key, date: p.date, kind: p.kind });
    }
  });

  it('has only ISO dates and no cycles of succession', () => {
    for (const e of GAZETTEER) {
      for (const s of e.successors) expect(s.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const seen = new Set([e.key]);
      let at = e;
      for (let s = at.successors.find((x) => x.kind !== 'partial'); s; s = at.successors.find((x) => x.kind !== 'partial')) {
        expect(seen.has(s.key), `${e.key} comes back to ${s.key}`).toBe(false);
        seen.add(s.key);
        at = entryByKey(s.key)!;
      }
    }
  });

  it.each([
    ['bld', 'bfd', '2020-01-01'],
    ['fylkesmannen', 'statsforvalteren', '2021-01-01'],
    ['kmd', 'kdd', '2022-01-01'],
    ['jpd', 'jd', '2012-01-01'],
    ['ad', 'asd', '2014-01-01'],
  ])('keeps %s and its successor %s as separate entries (renamed %s)', (from, to, date) => {
    expect(entryByKey(from)?.successors).toContainEqual(expect.objectContaining({ key: to, date }));
    expect(entryByKey(from)?.name).not.toBe(entryByKey(to)?.name);
  });

  it.each([
    ['bufdir', 'bfd'],
    ['hdir', 'hod'],
    ['udir', 'kd'],
    ['imdi', 'kd'],
    ['avdir', 'asd'],
    ['pod', 'jd'],
    ['sfk', 'jd'],
    ['kdi', 'jd'],
    ['ehelse', 'hod'],
    ['statped', 'kd'],
    ['kompetanse-norge', 'kd'],
    ['bufetat', 'bufdir'],
    ['familievernet', 'bufetat'],
    ['politidistriktene', 'pod'],
    ['konfliktradene', 'sfk'],
    ['kriminalomsorgen', 'kdi'],
    ['imdi-regionskontor', 'imdi'],
    ['nav-fylke', 'avdir'],
  ])('%s belongs to %s (DOMAIN.md)', (key, parent) => {
    expect(entryByKey(key)?.parentKey).toBe(parent);
  });

  it.each([
    ['hod', 'MINISTRY', 'departement'],
    ['bufdir', 'DIRECTORATE', 'direktorat'],
    ['statsforvalteren', 'REGIONAL_STATE', 'regional-stat'],
    ['fylkesmannen', 'REGIONAL_STATE', 'regional-stat'],
    ['oppfolgingstjenesten', 'COUNTY', 'fylke'],
    ['barnevernet', 'MUNICIPAL_SERVICE', 'kommune'],
    ['barneombudet', 'OMBUDSMAN', 'direktorat'],
  ])('%s is a %s at level %s', (key, kind, level) => {
    expect(entryByKey(key)?.kind).toBe(kind);
    expect(entryByKey(key)?.levelKeys).toContain(level);
  });

  it('gives KS its kind and no administrative level', () => {
    expect(entryByKey('ks')).toMatchObject({ kind: 'ORGANISATION', abbreviation: 'KS', levelKeys: [] });
  });

  it('lets the county governor span several sectors under both names', () => {
    for (const key of ['fylkesmannen', 'statsforvalteren']) {
      expect(entryByKey(key)?.sectorKeys.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('never lets one loose name stand for two bodies', () => {
    const seen = new Map<string, string>();
    for (const form of surfaceForms()) {
      const key = looseKey(form.text);
      const other = seen.get(key);
      if (other && other !== form.entry.key) throw new Error(`"${form.text}" names both ${other} and ${form.entry.key}`);
      seen.set(key, form.entry.key);
    }
  });
});

describe('SECTORS', () => {
  it.each([
    ['helse', 'hod'],
    ['utdanning', 'kd'],
    ['integrering', 'kd'],
    ['barn-familie', 'bfd'],
    ['arbeid-velferd', 'asd'],
    ['justis', 'jd'],
    ['kultur', 'kud'],
    ['kommunal', 'kmd'],
  ])('%s is owned by %s', (key, ministry) => {
    const s = sectorByKey(key);
    expect(s).toMatchObject({ key, id: sectorId(key), ministryKey: ministry });
    expect(entryByKey(ministry)?.kind).toBe('MINISTRY');
  });

  it('has a unique order and a name in both languages', () => {
    expect(new Set(SECTORS.map((s) => s.order)).size).toBe(SECTORS.length);
    for (const s of SECTORS) expect(s.name && s.nameEn).toBeTruthy();
  });

  it('puts every ministry in the sector it owns first', () => {
    for (const s of SECTORS) {
      const owner = entryByKey(s.ministryKey)!;
      expect(owner.sectorKeys).toContain(s.key);
    }
    expect(primarySectorKey(entryByKey('imdi')!)).toBe('integrering');
    expect(sectorByKey('nope')).toBeNull();
  });
});
