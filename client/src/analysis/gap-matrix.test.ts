import { describe, expect, it } from 'vitest';
import type { SectorGapMatrix } from '../api/index.ts';
import { SECTORS } from '../test/fixtures.ts';
import { gapTable } from './index.ts';

const A = (id: string, abbreviation: string) => ({ id, name: abbreviation, abbreviation, kind: 'DIRECTORATE' as const });
// The shape `sectorGaps(levelIds: below the ministries)` answers for the seeds, for three of the sectors.
const [helse, utdanning, justis] = [SECTORS[0], SECTORS[1], SECTORS[5]];
const MATRIX: SectorGapMatrix = {
  sectors: [helse, utdanning, justis],
  cells: [
    { a: { id: helse.id }, b: { id: helse.id }, links: 1, weight: 1, examples: [] },
    { a: { id: helse.id }, b: { id: utdanning.id }, links: 4, weight: 9, examples: [{ source: A('actor:hdir', 'Hdir'), target: A('actor:udir', 'Udir'), weight: 3, kinds: ['SAME_INITIATIVE'] }] },
    { a: { id: helse.id }, b: { id: justis.id }, links: 0, weight: 0, examples: [] },
    { a: { id: utdanning.id }, b: { id: utdanning.id }, links: 0, weight: 0, examples: [] },
    { a: { id: utdanning.id }, b: { id: justis.id }, links: 1, weight: 1, examples: [] },
    { a: { id: justis.id }, b: { id: justis.id }, links: 0, weight: 0, examples: [] },
  ],
  gaps: [{ a: { id: helse.id }, b: { id: justis.id } }],
};

describe('gapTable', () => {
  const table = gapTable(MATRIX);

  it('has a row and a column per sector, in the matrix order', () => {
    expect(table.sectors).toEqual(['sector:helse', 'sector:utdanning', 'sector:justis']);
    expect(table.rows.map((r) => r.cells.map((c) => c.col))).toEqual(Array(3).fill(table.sectors));
  });

  it('shows each pair in both triangles, so a row reads whole', () => {
    const cell = (r: number, c: number) => table.rows[r].cells[c];
    expect(cell(0, 1)).toMatchObject({ links: 4, weight: 9, gap: false, examples: ['Hdir – Udir'] });
    expect(cell(1, 0)).toMatchObject({ links: 4, gap: false });
    expect(cell(2, 1).links).toBe(1);
  });

  it('marks gaps between different sectors, never on the diagonal', () => {
    const gaps = table.rows.flatMap((r) => r.cells.filter((c) => c.gap).map((c) => `${c.row}×${c.col}`));
    expect(gaps).toEqual(['sector:helse×sector:justis', 'sector:justis×sector:helse']);
    expect(table.rows[1].cells[1]).toMatchObject({ diagonal: true, gap: false, links: 0 });
    expect(table.rows.map((r) => r.gaps)).toEqual([1, 0, 1]);
    expect(table.gaps).toEqual([{ a: 'sector:helse', b: 'sector:justis' }]);
  });

  it('heat is 0 for none, 4 for the largest count between sectors', () => {
    expect(table.max).toBe(4);
    expect(table.rows[0].cells.map((c) => c.heat)).toEqual([1, 4, 0]);
    expect(table.rows[1].cells[2].heat).toBe(1);
  });

  it('an empty matrix has no rows and no gaps', () => {
    expect(gapTable({ sectors: [], cells: [], gaps: [] })).toEqual({ sectors: [], rows: [], max: 0, gaps: [] });
  });
});
