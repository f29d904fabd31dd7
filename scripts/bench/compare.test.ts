import { describe, expect, it } from 'vitest';
import { extractSection, spliceSection } from './app-report.ts';
import { compare, renderComparison, BEFORE_AFTER_END, BEFORE_AFTER_START } from './compare.ts';

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
