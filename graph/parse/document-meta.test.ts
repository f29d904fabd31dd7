import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentYear, firstMeaningfulLine, parseDocumentMeta } from './index.ts';
import { growthRatio, LINEAR_GROWTH_LIMIT } from './growth.test-support.ts';
import { expectQuote, readSeeds } from './test-support.ts';

const seeds = readSeeds({ list: (dir) => readdirSync(dir), read: (file) => readFileSync(file, 'utf8') });

describe('parseDocumentMeta on the seeds', () => {
  it.each([
    ['000', 'Statusrapport: tiltak 20–22', 2020, 'status-report', 'Bufdir har ikke arbeidet aktivt med tiltaket i 2020'],
    ['001', 'Statusrapport: tiltak 8–19', 2019, 'status-report', 'er overført til spisskompetansemiljøet forebygging og foreldrestøtte i 2019'],
    ['002', 'Bedre tverrfaglig samarbeid', 2019, 'project-page', 'Arbeidet startet opp med en felles workshop 18. januar 2019.'],
    ['003', 'Videre arbeid med utsatte barn og unge i kommunene', 2022, 'slide-deck', '28.4 2022'],
    ['004', 'Godt samarbeid rundt barn og unge som trenger hjelp fra flere tjenester', null, 'goals-page', null],
  ] as const)('%s: %s, %s, %s', (prefix, title, year, genre, yearQuote) => {
    const [fileName, text] = [...seeds].find(([f]) => f.startsWith(prefix))!;
    const meta = parseDocumentMeta(text, fileName);
    expect(meta).toMatchObject({ fileName, title, year, genre });
    if (meta.titleSpan) expectQuote(text, meta.titleSpan, title);
    else expect(title).toMatch(/^Statusrapport/u);
    if (yearQuote) expect(text.slice(meta.yearSpan!.start, meta.yearSpan!.end)).toContain(yearQuote);
    else expect(meta.yearSpan).toBeNull();
  });
});

describe('documentYear', () => {
  it.each([
    ['Samling for kommunalsjefer den 28.4 2022\n\nNOU 1982: 26', 2022],
    ['Rapporten ble levert i oktober 2020 og endelig rapport leveres i januar 2021.', 2020],
    ['Direktoratene har hatt to møter og har laget et utkast som skal diskuteres primo 2021.', null],
    ['Tilskuddet styrkes i 2019.', null],
    ['Oslo, 3. mars 2021\n\nBakgrunn', 2021],
    ['Ingen årstall her.', null],
  ])('%j → %s', (text, year) => {
    expect(documentYear(text)?.year ?? null).toBe(year);
  });
});

describe('titles of unseen documents', () => {
  it('names a status report by its measures, with gaps', () => {
    const text = 'Tiltak 3: A\n\nStatus\n\nI rute.\n\nAnsvarlig: KD\n\nTiltak 5: B\n\nStatus\n\nI rute.\n\nAnsvarlig: KD\n\nTiltak 9: C\n\nAnsvarlig: KD';
    expect(parseDocumentMeta(text, 'x.txt')).toMatchObject({ title: 'Statusrapport: tiltak 3, 5 og 9', titleSpan: null, genre: 'status-report' });
  });

  it('skips blank lines and markup before the title', () => {
    const text = '\n\n  \n- **Barn og unge med sammensatte behov**\n\nTekst.';
    const meta = parseDocumentMeta(text, 'y.txt');
    expect(meta).toMatchObject({ title: 'Barn og unge med sammensatte behov', genre: 'other', year: null });
    expectQuote(text, meta.titleSpan, 'Barn og unge med sammensatte behov');
  });
});

describe('parseDocumentMeta limits (issue 11, item 13)', () => {
  it('cuts a long title to 300 characters at a word, and the document text is untouched', () => {
    const line = 'Samarbeid om barn og unge '.repeat(1000).trim();
    const text = `${line}\n\nTiltak 1: Noe\n`;
    const meta = parseDocumentMeta(text, 'lang.txt');
    expect(meta.title.length).toBeLessThanOrEqual(300);
    expect(meta.title.endsWith('…')).toBe(true);
    expect(line.startsWith(meta.title.slice(0, -1))).toBe(true);
    expect(line[meta.title.length - 1]).toBe(' '); // cut at the end of a word
    expect(text.slice(meta.titleSpan!.start, meta.titleSpan!.end)).toBe(meta.title.slice(0, -1));
  });

  it('cuts a one-word title of 20 000 characters too', () => {
    expect(parseDocumentMeta('x'.repeat(20_000), 'ord.txt').title.length).toBeLessThanOrEqual(300);
  });

  it('is linear on long lines of capitals and of stars (issue 11, item 3)', () => {
    const caps = (n: number) => 'ABCDEFGHIJ'.repeat(n / 10) + 'a\n' + 'linje\n'.repeat(50);
    expect(growthRatio(caps, (t) => parseDocumentMeta(t, 'caps.txt'), 200)).toBeLessThan(LINEAR_GROWTH_LIMIT);
    const stars = (n: number) => 'Tittel' + '*'.repeat(n) + 'x\n';
    expect(growthRatio(stars, (t) => firstMeaningfulLine(t), 2000)).toBeLessThan(LINEAR_GROWTH_LIMIT);
  });
});
