import { describe, expect, it } from 'vitest';
import { extractSection, spliceSection } from './app-report.ts';
import { compare, measurements, renderComparison, selfComparison, BEFORE_AFTER_END, BEFORE_AFTER_START } from './compare.ts';

const side = (rows: Record<string, number[]>) => new Map(Object.entries(rows));

describe('compare', () => {
  it('calls a change a regression only beyond the spread between runs of the same code', () => {
    const c = compare(
      side({ steady: [10, 11], slower: [10, 10.5], faster: [20, 21], single: [5] }),
      side({ steady: [10.8, 11.5], slower: [14, 15], faster: [10, 10.2], single: [9] }),
    );
    const verdict = Object.fromEntries(c.rows.map((r) => [r.what, r.verdict]));
    expect(verdict.steady).toBe('within the noise');
    expect(verdict.slower).toMatch(/slower, beyond the noise/);
    expect(verdict.faster).toBe('faster, beyond the noise');
    expect(verdict.single).toMatch(/noise unknown/);
    const md = renderComparison(c, { before: 'a', after: 'b', note: 'n' });
    expect(md.startsWith(BEFORE_AFTER_START)).toBe(true);
    expect(md).toContain('1 of 4 rows are slower beyond the noise');
  });

  it('reads throughput the other way round: fewer requests a second is slower', () => {
    const c = compare(side({ 'q · c=16 · req/s': [100, 104], 'r · c=16 · req/s': [100, 102] }), side({ 'q · c=16 · req/s': [60, 62], 'r · c=16 · req/s': [150, 152] }));
    const verdict = Object.fromEntries(c.rows.map((r) => [r.what, r.verdict]));
    expect(verdict['q · c=16 · req/s']).toMatch(/slower, beyond the noise/);
    expect(verdict['r · c=16 · req/s']).toBe('faster, beyond the noise');
  });

  it('takes p50, p95 and throughput of each query, and loads', () => {
    const m = measurements({
      load: [{ corpus: 'seeds', store: 'embedded', seconds: { median: 1.5 } }],
      api: [{ corpus: 'seeds', store: 'neo4j', responseCache: false, results: [{ query: 'actor', connections: 16, p50: { median: 3 }, p95: { median: 9 }, rps: { median: 400 } }] }],
    } as unknown as Parameters<typeof measurements>[0]);
    expect(Object.fromEntries(m)).toEqual({
      'load · seeds · embedded · seconds': 1.5,
      'API · seeds · neo4j · cache off · actor · c=16 · p50 ms': 3,
      'API · seeds · neo4j · cache off · actor · c=16 · p95 ms': 9,
      'API · seeds · neo4j · cache off · actor · c=16 · req/s': 400,
    });
  });

  it('applies the rule to one side against itself, as a control, once a side has four runs', () => {
    expect(selfComparison(side({ a: [1, 2, 3] }))).toBeNull();
    // Runs 1–2 against 3–4: `jumpy` flips between two modes, `steady` does not move.
    const self = selfComparison(side({ steady: [10, 10.2, 10.1, 10.3], jumpy: [4, 4.2, 40, 42] }))!;
    const verdict = Object.fromEntries(self.rows.map((r) => [r.what, r.verdict]));
    expect(verdict.steady).toBe('within the noise');
    expect(verdict.jumpy).toMatch(/slower, beyond the noise/);
    const md = renderComparison(compare(side({ x: [1, 1] }), side({ x: [1, 1] })), { before: 'A', after: 'B', note: '', selfBefore: self, selfAfter: null });
    expect(md).toContain('A against itself (first half of its runs against the second): 1 row "slower" and 0 "faster" beyond the noise, of 2');
  });
});

describe('spliceSection', () => {
  const s = (body: string) => `<!-- a -->\n${body}\n<!-- /a -->`;
  it('replaces a marked section in place and leaves the rest', () => {
    const text = `# T\n\nintro\n\n${s('old')}\n\n## Next\n`;
    const out = spliceSection(text, '<!-- a -->', '<!-- /a -->', s('new'));
    expect(out).toBe(`# T\n\nintro\n\n${s('new')}\n\n## Next\n`);
    expect(extractSection(out, '<!-- a -->', '<!-- /a -->')).toBe(s('new'));
  });
  it('inserts before a heading, or at the end, when the section is new', () => {
    expect(spliceSection('# T\n\n## Next\n', '<!-- a -->', '<!-- /a -->', s('x'), '## Next')).toBe(`# T\n\n${s('x')}\n\n## Next\n`);
    expect(spliceSection('# T\n', '<!-- a -->', '<!-- /a -->', s('x'), '## Missing')).toBe(`# T\n\n${s('x')}\n`);
    expect(extractSection('no markers', BEFORE_AFTER_START, BEFORE_AFTER_END)).toBeNull();
  });
});
