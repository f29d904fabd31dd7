import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../model/index.ts';
import type { CoordinationView } from '../query/index.ts';
import { sectorGapMatrix, sectorGapsFor, type SectorGapMatrix } from './index.ts';
import { seedSnapshot } from './test-support.ts';

const link = (sourceId: string, targetId: string, weight = 1): CoordinationView => ({ sourceId, targetId, weight, kinds: ['JOINT_WORK'], evidenceRefs: [] });
const cell = (m: SectorGapMatrix, a: string, b: string) => m.cells.find((c) => (c.a === a && c.b === b) || (c.a === b && c.b === a))!;

describe('sectorGapMatrix', () => {
  const sectors = ['s:a', 's:b', 's:c'];
  const sectorsOf = new Map([
    ['x', ['s:a']],
    ['y', ['s:b']],
    ['both', ['s:a', 's:b']],
  ]);

  it('counts each link once per pair of sectors, an actor in several sectors for each', () => {
    const m = sectorGapMatrix(sectors, [link('x', 'y', 2), link('both', 'y')], sectorsOf);
    expect(m.cells.map((c) => `${c.a}~${c.b}`)).toEqual(['s:a~s:a', 's:a~s:b', 's:a~s:c', 's:b~s:b', 's:b~s:c', 's:c~s:c']);
    expect(cell(m, 's:a', 's:b')).toMatchObject({ links: 2, weight: 3 });
    expect(cell(m, 's:b', 's:b')).toMatchObject({ links: 1, weight: 1 });
    expect(cell(m, 's:a', 's:b').examples.map((e) => e.sourceId)).toEqual(['x', 'both']);
    expect(m.gaps).toEqual([
      { a: 's:a', b: 's:c' },
      { a: 's:b', b: 's:c' },
    ]);
  });
});

describe('sector gaps on the seeds', () => {
  it('finds no gap when the ministries are counted: their core group links every ministry', async () => {
    const m = await sectorGapsFor(await seedSnapshot());
    expect(m.sectors).toHaveLength(8);
    expect(m.cells).toHaveLength(36);
    expect(m.gaps).toEqual([]);
    // Tiltak 22: BFD and JD are responsible together; Bufdir and KDI work together.
    expect(cell(m, 'sector:barn-familie', 'sector:justis').links).toBeGreaterThanOrEqual(3);
  });

  it('shows the sectors that never meet below the ministries', async () => {
    const below = ['level:direktorat', 'level:regional-stat', 'level:fylke', 'level:kommune'];
    const m = await sectorGapsFor(await seedSnapshot(), { levelIds: below });
    const gaps = m.gaps.map((g) => `${g.a}~${g.b}`);
    expect(gaps).toEqual(expect.arrayContaining(['sector:helse~sector:justis', 'sector:utdanning~sector:justis', 'sector:arbeid-velferd~sector:justis']));
    expect(gaps).not.toContain('sector:barn-familie~sector:justis');
    expect(cell(m, 'sector:helse', 'sector:utdanning').links).toBeGreaterThan(0);
  });

  it('narrows to coordination kinds, and refuses unknown ones', async () => {
    const snapshot = await seedSnapshot();
    const joint = await sectorGapsFor(snapshot, { kinds: ['SHARED_RESPONSIBILITY'] });
    expect(joint.cells.filter((c) => c.links > 0).map((c) => `${c.a}~${c.b}`)).toEqual(
      expect.arrayContaining(['sector:barn-familie~sector:justis', 'sector:utdanning~sector:barn-familie']),
    );
    expect((await sectorGapsFor(snapshot, { levelIds: ['level:nowhere'] })).cells.every((c) => c.links === 0)).toBe(true);
    await expect(sectorGapsFor(snapshot, { kinds: ['NOPE' as never] })).rejects.toBeInstanceOf(InvalidInputError);
  });
});
