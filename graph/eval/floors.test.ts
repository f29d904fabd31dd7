import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOORS, checkFloors, parseFloors } from './floors.ts';
import { emptyTallies } from './score.ts';

describe('floors', () => {
  const tallies = () => {
    const t = emptyTallies();
    t.measures = { found: 48, total: 49, correct: 48, served: 49 };
    t.status = { found: 8, total: 8, correct: 8, served: 8 };
    t.responsible = { found: 40, total: 43, correct: 40, served: 41 };
    t.actors = { found: 100, total: 110, correct: 100, served: 115 };
    t.participants = { found: 55, total: 62, correct: 55, served: 60 };
    return t;
  };

  it('holds the issue\'s floors as a named constant', () => {
    expect(DEFAULT_FLOORS).toEqual({
      recall: { measures: 0.95, status: 0.9, responsible: 0.9, actors: 0.9, participants: 0.8 },
      precision: { measures: 0.95, actors: 0.85 },
    });
  });

  it('passes when every floor is met', () => {
    expect(checkFloors(tallies())).toEqual({ passed: true, failures: [], skipped: [] });
  });

  it('names each floor that is not met', () => {
    const t = tallies();
    t.actors.found = 90;
    t.measures.served = 60;
    const check = checkFloors(t);
    expect(check.passed).toBe(false);
    expect(check.failures.map((f) => [f.metric, f.category, f.floor])).toEqual([
      ['recall', 'actors', 0.9],
      ['precision', 'measures', 0.95],
    ]);
  });

  it('skips a floor with nothing to measure', () => {
    const t = tallies();
    t.status = { found: 0, total: 0, correct: 0, served: 0 };
    expect(checkFloors(t).skipped).toEqual([{ metric: 'recall', category: 'status' }]);
  });

  it('reads a floors file over the defaults; null drops a floor', () => {
    const f = parseFloors({ recall: { actors: 0.5, status: null }, precision: { leads: 0.7 } });
    expect(f.recall).toEqual({ measures: 0.95, responsible: 0.9, actors: 0.5, participants: 0.8 });
    expect(f.precision).toEqual({ measures: 0.95, actors: 0.85, leads: 0.7 });
    expect(() => parseFloors({ recall: { actor: 0.5 } })).toThrow(/unknown category "actor"/);
    expect(() => parseFloors({ recall: { actors: 95 } })).toThrow(/from 0 to 1/);
    expect(() => parseFloors({ recal: {} })).toThrow(/unknown key "recal"/);
  });
});
