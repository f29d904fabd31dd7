import { describe, expect, it } from 'vitest';
import type { ActorRef, MatrixCell, SystemMatrix } from '../api/index.ts';
import { MATRIX, NETWORK, SECTORS } from '../test/fixtures.ts';
import { cellItems, matrixElements, matrixGeometry, parseMoreRef, type MatrixGeometry } from './matrix-elements.ts';
import { breakWord, estimateMeasure, joinPieces, widestPiece, wrapText } from './matrix-text.ts';
import { sectorColors } from './palette.ts';

const colors = sectorColors(SECTORS.map((s) => s.id));
const LAPTOP = { width: 1130, height: 617 };
const DESK = { width: 1648, height: 929 };

/** The fixture with a crowded cell (twelve bodies in Helse at the regional level) and a ministry with a long name and no short one. */
function crowded(): SystemMatrix {
  const extra: ActorRef[] = Array.from({ length: 12 }, (_, i) => ({ id: `actor:r${i}`, name: `Regionalt kompetansesenter nummer ${i + 1}`, abbreviation: null, kind: 'AGENCY' as ActorRef['kind'] }));
  const cells = MATRIX.cells.map((c): MatrixCell => (c.level.id === 'level:regional-stat' && c.sector.id === 'sector:helse' ? { ...c, actors: [...c.actors, ...extra] } : c));
  const sectors = MATRIX.sectors.map((s, i) => (i === 0 ? { ...s, ministry: { id: 'actor:lang', name: 'Kultur- og likestillingsdepartementet', abbreviation: 'Kultur- og likestillingsdepartementet' } } : s));
  return { ...MATRIX, sectors, cells };
}

type Box = { x: number; y: number; w: number; h: number };
const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const pillsOf = (g: MatrixGeometry) => [...g.pills.values()].flat();

describe('matrix text', () => {
  it('wraps at spaces and after hyphens, within the width', () => {
    const lines = wrapText('Helse- og omsorgsdepartementet', 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(estimateMeasure(l, 13)).toBeLessThanOrEqual(120);
    expect(lines).toEqual(['Helse- og', 'omsorgs-', 'departementet']);
    expect(wrapText('Helse- og omsorgsdepartementet', 400, 13)).toEqual(['Helse- og omsorgsdepartementet']);
  });

  it('breaks a word too wide for the box where a compound joins, else where it must', () => {
    expect(breakWord('likestillingsdepartementet', 130, 13, estimateMeasure)).toEqual(['likestillings-', 'departementet']);
    expect(joinPieces('Barnevernstjenesten')).toEqual(['Barneverns-', 'tjenesten']);
    const forced = breakWord('Abcdefghijklmnopqrstu', 60, 13, estimateMeasure);
    expect(forced.length).toBeGreaterThan(1);
    for (const part of forced) expect(estimateMeasure(part, 13)).toBeLessThanOrEqual(60);
    expect(forced.join('').replace(/-/g, '')).toBe('Abcdefghijklmnopqrstu');
    expect(widestPiece('Kultur- og likestillingsdepartementet', 13)).toBe(estimateMeasure('likestillings-', 13));
  });
});

describe('matrixGeometry for the screen', () => {
  it.each([
    ['laptop', LAPTOP, 1],
    ['desk', DESK, 1],
    ['laptop, large text', LAPTOP, 1.3],
    ['desk, large text', DESK, 1.3],
  ])('fits the %s canvas with labels of at least 12 px on screen, none overlapping', (_name, frame, textScale) => {
    const g = matrixGeometry(crowded(), { frame, textScale, otherLabel: 'Annet', otherItems: ['KS', 'Barneombudet'] });
    // The fit (GraphCanvas: 36 px padding) keeps every label readable.
    const zoom = Math.min(1.35, (frame.width - 72) / g.width, (frame.height - 72) / g.height);
    expect(zoom).toBeCloseTo(g.fitZoom, 5);
    expect(g.font * zoom).toBeGreaterThanOrEqual(12);
    // Large text is larger, where the screen allows it.
    if (textScale > 1 && frame === DESK) expect(g.font).toBeGreaterThan(13);
    // Pills stay inside their cells and apart; headers apart.
    const pills = pillsOf(g);
    for (let i = 0; i < pills.length; i++) for (let j = i + 1; j < pills.length; j++) expect(overlaps(pills[i], pills[j]), `${pills[i].lines} × ${pills[j].lines}`).toBe(false);
    for (const [key, ps] of g.pills) {
      if (key === 'other') continue;
      const [levelId, sectorId] = key.split('|');
      const col = g.columns.find((c) => c.sectorId === sectorId)!;
      const row = g.rows.find((r) => r.levelId === levelId)!;
      for (const p of ps) {
        expect(p.x).toBeGreaterThanOrEqual(col.x);
        expect(p.x + p.w).toBeLessThanOrEqual(col.x + col.width + 0.5);
        expect(p.y + p.h).toBeLessThanOrEqual(row.y + row.height + 0.5);
      }
    }
    const headers = [...g.ministries, ...g.sectorHeaders, ...g.levelHeaders];
    for (let i = 0; i < headers.length; i++) for (let j = i + 1; j < headers.length; j++) expect(overlaps(headers[i], headers[j])).toBe(false);
    // Each line of text fits its box.
    for (const b of [...pills, ...headers]) for (const line of b.lines) expect(estimateMeasure(line, g.font)).toBeLessThanOrEqual(b.w);
  });

  it('follows the canvas: a wider screen gets wider columns, and a small one counts the rest of a crowded cell', () => {
    const small = matrixGeometry(crowded(), { frame: LAPTOP });
    const wide = matrixGeometry(crowded(), { frame: DESK });
    expect(wide.width).toBeGreaterThan(small.width);
    const key = 'level:regional-stat|sector:helse';
    const more = (g: MatrixGeometry) => g.pills.get(key)!.find((p) => 'more' in p.item);
    expect(more(small)).toBeDefined();
    // Every body of the cell is drawn or counted in its "+ n more" pill.
    const cell = crowded().cells.find((c) => `${c.level.id}|${c.sector.id}` === key)!;
    const item = more(small)!.item as { more: number; count: number };
    expect(item.more + item.count).toBe(cellItems(cell).length);
    // A cell that fits is not cut.
    expect(small.pills.get('level:departement|sector:barn-og-familie')!.some((p) => 'more' in p.item)).toBe(false);
  });

  it('gives a ministry whose name does not fit two lines its short name, or cuts it, with the full name kept for hover', () => {
    const g = matrixGeometry(crowded(), { frame: { width: 700, height: 600 } });
    const lang = g.ministries.find((mi) => mi.ministryId === 'actor:lang')!;
    expect(lang.lines.length).toBeLessThanOrEqual(2);
    expect(lang.name).toBe('Kultur- og likestillingsdepartementet');
    const els = matrixElements(crowded(), { colors, lang: 'nb', network: NETWORK, showLinks: false, otherLabel: 'Annet', frame: { width: 700, height: 600 } });
    const header = els.find((e) => e.data.ref === 'actor:lang' && String(e.classes).includes('mx-ministry'))!;
    expect(header.data.name).toBe('Kultur- og likestillingsdepartementet');
    expect(String(header.data.mxText).split('\n').length).toBeLessThanOrEqual(2);
  });

  it("keeps a group's count whole when its name must be cut", () => {
    const cell: MatrixCell = {
      ...MATRIX.cells[0],
      groups: [{ id: 'group:x', label: 'Pedagogisk-psykologisk tjeneste for barn og unge · 356 kommuner', memberCount: 356, kind: null, countyId: null }],
      ungrouped: [],
    };
    const matrix: SystemMatrix = { ...MATRIX, cells: [cell, ...MATRIX.cells.slice(1)] };
    const g = matrixGeometry(matrix, { frame: { width: 900, height: 700 } });
    const pill = g.pills.get(`${cell.level.id}|${cell.sector.id}`)!.find((p) => 'group' in p.item && p.item.group)!;
    expect(pill.lines).toHaveLength(2);
    expect(pill.lines[1]).toBe('356 kommuner');
    expect(pill.lines[0]).toMatch(/^Pedagogisk.*…$/);
  });

  it("a cell's \"+ n more\" pill names the items it counts, for the list the view opens", () => {
    const els = matrixElements(crowded(), { colors, lang: 'nb', network: NETWORK, showLinks: false, otherLabel: 'Annet', frame: LAPTOP, moreLabel: (n) => `+ ${n} til` });
    const pill = els.find((e) => String(e.data.ref ?? '').startsWith('more:level:regional-stat|sector:helse'))!;
    const ref = parseMoreRef(pill.data.ref as string)!;
    const cell = crowded().cells.find((c) => c.level.id === ref.levelId && c.sector.id === ref.sectorId)!;
    const hidden = cellItems(cell).slice(ref.from);
    expect(pill.data.label).toBe(`+ ${hidden.length} til`);
    const drawn = els.filter((e) => String(e.data.id).startsWith('mx:a:level:regional-stat|sector:helse|')).map((e) => e.data.ref);
    expect(new Set([...drawn, ...hidden.map((i) => (i.group ? i.id : i.actor.id))]).size).toBe(cellItems(cell).length);
    expect(parseMoreRef('group:x')).toBeNull();
  });
});
