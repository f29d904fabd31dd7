import { describe, expect, it } from 'vitest';
import { checkFloors, DEFAULT_FLOORS } from './floors.ts';
import { formatCheck, formatFileTable, formatItems, formatReport, percent } from './format-table.ts';
import { emptyTallies, overallOf, type FileScore } from './score.ts';

const file = (label: string, found: number): FileScore => {
  const tallies = emptyTallies();
  tallies.measures = { found, total: 2, correct: found, served: 3 };
  tallies.actors = { found: 1, total: 1, correct: 1, served: 1 };
  return {
    label,
    goldFile: `gold_${label}.json`,
    textFile: `${label}_side.txt`,
    documentId: `doc:${label}-side`,
    tallies,
    misses: found < 2 ? [{ category: 'measures', text: '2 "Tittel"' }] : [],
    falsePositives: [{ category: 'measures', text: '9 "Noe annet"' }],
    duplicates: [],
  };
};

describe('the report', () => {
  const files = [file('01', 2), file('02', 1)];
  const overall = overallOf(files);

  it('has a row per file and a total row, found/total and right/served per category, – for nothing', () => {
    const lines = formatFileTable(files, overall).split('\n');
    expect(lines[0]).toMatch(/measures\s+status\s+responsible\s+actors\s+collabs\s+participants\s+leads/);
    expect(lines[1]).toMatch(/^file\s+found\s+right/);
    expect(lines[3].split(/\s+/).slice(0, 5)).toEqual(['01', '2/2', '2/3', '–', '–']);
    expect(lines[4].split(/\s+/).slice(0, 3)).toEqual(['02', '1/2', '1/3']);
    expect(lines[lines.length - 1].split(/\s+/).slice(0, 3)).toEqual(['all', '3/4', '3/6']);
  });

  it('lists every miss and false positive under its file', () => {
    expect(formatItems(files)).toBe(
      ['01  01_side.txt', '  fp   measures       9 "Noe annet"', '02  02_side.txt', '  miss measures       2 "Tittel"', '  fp   measures       9 "Noe annet"'].join('\n'),
    );
  });

  it('gives overall rates, floors and the verdict when checked', () => {
    const check = checkFloors(overall, DEFAULT_FLOORS);
    const text = formatReport({ dirs: ['d'], files, overall, notes: ['d: not scored (no gold): 03_x.txt'] }, { floors: DEFAULT_FLOORS, check });
    expect(text).toMatch(/measures\s+3\/4\s+75\.0%\s+3\/6\s+50\.0%\s+95\.0%\s+95\.0%/);
    expect(text).toContain('check: FAILED');
    expect(text).toContain('recall of measures: 75.0% is below the floor of 95.0%');
    expect(text).toContain('recall of status: nothing to measure, not checked');
    expect(text).toContain('not scored (no gold): 03_x.txt');
    expect(formatCheck({ passed: true, failures: [], skipped: [] })).toBe('check: all floors met');
    expect(percent(null)).toBe('–');
  });
});
