/**
 * The sector × sector gap matrix as a table: one row and one column per
 * sector, each cell the number of coordination links between bodies of the
 * two sectors (the API gives each unordered pair once; the table shows it in
 * both triangles so rows read whole). Cells of two different sectors with no
 * link are gaps. A heat level (0–4) says how dark a cell is. Pure.
 */
import type { SectorGapMatrix } from '../api/index.ts';

export interface GapTableCell {
  row: string;
  col: string;
  links: number;
  weight: number;
  /** Two different sectors without a link. */
  gap: boolean;
  /** A sector with itself: links inside the sector. */
  diagonal: boolean;
  /** 0 for no links, then 1–4 by share of the largest off-diagonal count. */
  heat: 0 | 1 | 2 | 3 | 4;
  /** Heaviest example links, "Udir – KS". */
  examples: string[];
}

export interface GapTable {
  sectors: string[];
  rows: { sector: string; cells: GapTableCell[]; gaps: number }[];
  /** Largest count between two different sectors. */
  max: number;
  gaps: { a: string; b: string }[];
}

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** The table's rows and cells, in the matrix's sector order. */
export function gapTable(matrix: SectorGapMatrix): GapTable {
  const sectors = matrix.sectors.map((s) => s.id);
  const byPair = new Map(matrix.cells.map((c) => [key(c.a.id, c.b.id), c]));
  const max = Math.max(0, ...matrix.cells.filter((c) => c.a.id !== c.b.id).map((c) => c.links));
  const gapSet = new Set(matrix.gaps.map((g) => key(g.a.id, g.b.id)));
  const rows = sectors.map((row) => {
    const cells = sectors.map((col): GapTableCell => {
      const c = byPair.get(key(row, col));
      const links = c?.links ?? 0;
      const diagonal = row === col;
      const heat = links === 0 ? 0 : (Math.min(4, Math.max(1, Math.ceil((4 * links) / Math.max(1, max)))) as 1 | 2 | 3 | 4);
      return {
        row, col, links, weight: c?.weight ?? 0, diagonal,
        gap: !diagonal && (gapSet.has(key(row, col)) || links === 0),
        heat,
        examples: (c?.examples ?? []).map((e) => `${e.source.abbreviation || e.source.name} – ${e.target.abbreviation || e.target.name}`),
      };
    });
    return { sector: row, cells, gaps: cells.filter((c) => c.gap).length };
  });
  return { sectors, rows, max, gaps: matrix.gaps.map((g) => ({ a: g.a.id, b: g.b.id })) };
}
