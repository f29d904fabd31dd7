import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatToday } from './format.ts';

describe('locale formats', () => {
  it('writes decimals with a comma in Norwegian and a point in English', () => {
    expect(formatNumber('nb', 0.047)).toBe('0,047');
    expect(formatNumber('en', 0.047)).toBe('0.047');
    expect(formatNumber('nb', 0.12345, 2)).toBe('0,12');
    // Norwegian groups thousands with a (narrow) no-break space.
    expect(formatNumber('nb', 12500)).toMatch(/^12\s500$/u);
    expect(formatNumber('en', 12500)).toBe('12,500');
  });
  it('writes shares as percents', () => {
    expect(formatPercent('nb', 0.5)).toMatch(/^50\s%$/u);
    expect(formatPercent('en', 0.5)).toBe('50%');
  });
  it('writes ISO dates out, leaving other text alone', () => {
    expect(formatDate('nb', '2021-01-01')).toBe('1. januar 2021');
    expect(formatDate('en', '2021-01-01')).toBe('1 January 2021');
    expect(formatDate('nb', null)).toBe('');
    expect(formatDate('nb', 'våren 2020')).toBe('våren 2020');
    expect(formatToday('nb', new Date('2026-12-03T23:59:00Z'))).toBe('3. desember 2026');
  });
});
