import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '../model/index.ts';
import { formatCorrection, parseCorrections, parseReviewId, validateOperation } from './parse.ts';

const meta = { author: 'Kari Redaktør', at: '2026-12-03T10:00:00.000Z', why: 'samme organ' };

describe('corrections.jsonl', () => {
  it('reads one correction a line, numbered by line, skipping blank lines', () => {
    const text = [
      JSON.stringify({ op: 'merge', into: 'actor:bufdir', from: 'actor:bufdir-2', ...meta }),
      '',
      JSON.stringify({ op: 'reject', id: 'actor:a-[COORDINATES_WITH:JOINT_WORK]->actor:b', ...meta }),
      JSON.stringify({ op: 'undo', undoes: 3, ...meta }),
    ].join('\n');
    const { corrections, issues } = parseCorrections(text);
    expect(issues).toEqual([]);
    expect(corrections.map((c) => [c.n, c.op])).toEqual([
      [1, 'merge'],
      [3, 'reject'],
      [4, 'undo'],
    ]);
  });

  it('names the line and the field of a bad line, and keeps the good ones', () => {
    const text = [
      '{"op":"merge","into":"actor:a"',
      JSON.stringify({ op: 'merge', into: 'actor:a', from: 'actor:a', ...meta }),
      JSON.stringify({ op: 'add', type: 'COORDINATES_WITH', source: 'actor:a', target: 'actor:b', kind: 'FRIENDS', quote: 'x', document: 'doc:d', ...meta }),
      JSON.stringify({ op: 'reject', id: 'actor:a', author: 'x', at: 'i går', why: 'feil' }),
      JSON.stringify({ op: 'reject', id: 'actor:a', author: 'x', at: meta.at }),
      JSON.stringify({ op: 'undo', undoes: 9, ...meta }),
      JSON.stringify({ op: 'set', id: 'actor:a', kind: 'MINISTRY', ...meta }),
    ].join('\n');
    const { corrections, issues } = parseCorrections(text, 'rettelser.jsonl');
    expect(corrections.map((c) => c.n)).toEqual([7]);
    expect(issues.map((i) => i.line)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(issues[0].message).toMatch(/^rettelser\.jsonl:1: not a JSON object/);
    expect(issues[2].message).toContain('"kind" must be one of SHARED_RESPONSIBILITY');
    expect(issues[3].message).toContain('"at" is not an ISO 8601 time');
    expect(issues[4].message).toContain('"why"');
    expect(issues[5].message).toContain('earlier line');
  });

  it('writes a line that reads back the same', () => {
    const op = { op: 'add', type: 'COORDINATES_WITH', source: 'actor:a', target: 'actor:b', kind: 'JOINT_WORK', quote: 'A og "B" samarbeider', document: 'doc:d' } as const;
    const line = formatCorrection({ ...op, ...meta });
    expect(line).not.toContain('\n');
    const { corrections } = parseCorrections(line);
    expect(corrections[0]).toEqual({ ...op, ...meta, n: 1 });
  });

  it('checks operations field by field', () => {
    expect(() => validateOperation({ op: 'delete', id: 'actor:a' })).toThrow(InvalidInputError);
    expect(() => validateOperation({ op: 'set', id: 'actor:a' })).toThrow(/at least one/);
    expect(() => validateOperation({ op: 'accept', review: 'actor:a' })).toThrow(/review item id/);
    expect(validateOperation({ op: 'set', id: 'actor:a', parent: null, sectors: ['sector:helse', 'sector:helse'] })).toEqual({ op: 'set', id: 'actor:a', parent: null, sectors: ['sector:helse'] });
  });

  it('splits review ids made by the loader', () => {
    expect(parseReviewId('review:actor:fjordby-analyse@doc:rapport-1')).toEqual({ factId: 'actor:fjordby-analyse', documentId: 'doc:rapport-1' });
    expect(parseReviewId('actor:x')).toBeNull();
  });
});
