import { describe, expect, it } from 'vitest';
import { coordinationPairId, documentId, edgeId, groupId, parseCoordinationPairId, parseEdgeId, parseGroupId, withEdgeEnds } from './ids.ts';

describe('documentId (issue 11, item 6)', () => {
  it('keeps the ids of names that do not collide', () => {
    expect(documentId('000_588be4bdfbf0e9d5.txt')).toBe('doc:000-588be4bdfbf0e9d5');
    expect(documentId('Rapport 1.txt')).toBe('doc:rapport-1');
    expect(documentId('Tiltaksplan for barn og unge.md')).toBe('doc:tiltaksplan-for-barn-og-unge');
    expect(documentId('Årsrapport Bufdir 2021.txt')).toBe('doc:arsrapport-bufdir-2021');
    expect(documentId('Plan for kvalitet i skolen/Øvre Eiker.txt')).toBe('doc:ovre-eiker');
  });

  it('gives names in other scripts ids of their own', () => {
    const ids = ['文件.txt', 'доклад.txt', 'отчёт.txt', '..txt', '.txt', '—.txt'].map(documentId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id.length).toBeGreaterThan('doc:'.length);
    expect(documentId('доклад.txt')).toBe('doc:доклад');
    expect(documentId('文件.txt')).toBe('doc:文件');
  });

  it('is the same on every run', () => {
    expect(documentId('..txt')).toBe(documentId('..txt'));
    expect(documentId('..txt')).toMatch(/^doc:[a-z0-9-]+$/);
  });
});

describe('relation and group ids (issue 12, item 7)', () => {
  it('reads back every edge id it builds, keys included', () => {
    const cases: [Parameters<typeof edgeId>, ReturnType<typeof parseEdgeId>][] = [
      [['PART_OF', 'actor:bufdir', 'actor:bld'], { source: 'actor:bufdir', type: 'PART_OF', key: null, target: 'actor:bld' }],
      [['COORDINATES_WITH', 'actor:a-b', 'actor:c', 'JOINT_WORK'], { source: 'actor:a-b', type: 'COORDINATES_WITH', key: 'JOINT_WORK', target: 'actor:c' }],
      [['RESPONSIBLE_FOR', 'actor:jd', 'measure:000-588be4bdfbf0e9d5:22'], { source: 'actor:jd', type: 'RESPONSIBLE_FOR', key: null, target: 'measure:000-588be4bdfbf0e9d5:22' }],
      [['STATED_IN', 'actor:x', 'doc:доклад'], { source: 'actor:x', type: 'STATED_IN', key: null, target: 'doc:доклад' }],
    ];
    for (const [args, parts] of cases) expect(parseEdgeId(edgeId(...args))).toEqual(parts);
    for (const bad of ['actor:a', '-[PART_OF]->actor:b', 'actor:a-[part_of]->actor:b', 'actor:a-[PART_OF]->', 'coord:actor:a|actor:b']) expect(parseEdgeId(bad)).toBeNull();
  });

  it('moves an edge id to new ends, keeping type and key', () => {
    expect(withEdgeEnds(edgeId('COORDINATES_WITH', 'doc:a', 'measure:a:1', 'SAME_INITIATIVE'), 'doc:b', 'measure:b:1')).toBe('doc:b-[COORDINATES_WITH:SAME_INITIATIVE]->measure:b:1');
  });

  it('builds coordination pair ids in id order and reads them back', () => {
    expect(coordinationPairId('actor:jd', 'actor:bfd')).toBe('coord:actor:bfd|actor:jd');
    expect(parseCoordinationPairId('coord:actor:bfd|actor:jd')).toEqual({ source: 'actor:bfd', target: 'actor:jd' });
    expect(parseCoordinationPairId('actor:bfd-[PART_OF]->actor:jd')).toBeNull();
    expect(parseCoordinationPairId('coord:|actor:jd')).toBeNull();
  });

  it('builds group ids and reads them back', () => {
    const id = groupId('SERVICE_COUNTY', 'barnevernet+actor:vestland');
    expect(id).toBe('group:SERVICE_COUNTY:barnevernet+actor:vestland');
    expect(parseGroupId(id)).toEqual({ grouping: 'SERVICE_COUNTY', key: 'barnevernet+actor:vestland' });
    expect(parseGroupId('actor:x')).toBeNull();
    expect(parseGroupId('group:LEVEL:')).toBeNull();
  });
});
