import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldNumber, pairGold, parseAliases, parseGold, readGoldFolder, textNumber } from './read-gold.ts';

const gold = (actors: string[]) => JSON.stringify({ measures: [], actors, collaborations: [] });
const tempDir = () => mkdtempSync(join(tmpdir(), 'samkart-eval-gold-'));

describe('file names', () => {
  it('reads both namings, with 2 or 3 digits', () => {
    expect(textNumber('dev_01_noe-tekst.txt')).toBe('01');
    expect(textNumber('000_588be4bdfbf0e9d5.txt')).toBe('000');
    expect(textNumber('07_side.md')).toBe('07');
    expect(textNumber('README.md')).toBeNull();
    expect(textNumber('1_for-kort.txt')).toBeNull();
    expect(goldNumber('dev_12.gold.json')).toBe('12');
    expect(goldNumber('gold_004.json')).toBe('004');
    expect(goldNumber('aliases.json')).toBeNull();
  });

  it('pairs gold with texts by number, exactly first, then by value', () => {
    const g = new Map([
      ['gold_01.json', parseGold(JSON.parse(gold(['A'])), 'x')],
      ['gold_002.json', parseGold(JSON.parse(gold(['B'])), 'y')],
      ['gold_09.json', parseGold(JSON.parse(gold(['C'])), 'z')],
    ]);
    const f = pairGold('d', ['01_a.txt', '02_b.txt', '03_c.txt'], g, { '1': { KS: 'Kommunesektorens organisasjon' } });
    expect(f.entries.map((e) => [e.key, e.textFile])).toEqual([
      ['01', '01_a.txt'],
      ['002', '02_b.txt'],
      ['09', null],
    ]);
    expect(f.entries[0].aliases).toEqual({ KS: 'Kommunesektorens organisasjon' });
    expect(f.textsWithoutGold).toEqual(['03_c.txt']);
    expect(f.problems).toEqual(['gold_09.json: no text file numbered 09 in d']);
  });
});

describe('parseGold and parseAliases', () => {
  it('reads the corpus shape and fills absent lists', () => {
    const g = parseGold({ measures: [{ number: 3, title: 'T', status: null, responsible: ['JD'] }], actors: ['JD'] }, 'g.json');
    expect(g).toEqual({ measures: [{ number: '3', title: 'T', status: null, responsible: ['JD'] }], actors: ['JD'], collaborations: [] });
  });

  it('names the file and the fault on a bad shape', () => {
    expect(() => parseGold({ measures: [{ title: 'T' }] }, 'g.json')).toThrow('g.json: measure 1 has no number');
    expect(() => parseGold({ actors: 'JD' }, 'g.json')).toThrow('"actors" is not a list of strings');
    expect(() => parseAliases({ '01': { KS: 3 } })).toThrow('"01" → "KS" is not a string');
  });
});

describe('readGoldFolder', () => {
  it('takes dev_NN_*.txt with dev_NN.gold.json and aliases.json beside them', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'dev_01_side.txt'), 'Tekst.');
    writeFileSync(join(dir, 'dev_01.gold.json'), gold(['Helsedirektoratet']));
    writeFileSync(join(dir, 'aliases.json'), JSON.stringify({ '01': { Hdir: 'Helsedirektoratet' } }));
    writeFileSync(join(dir, 'README.md'), '# not a document');
    const f = readGoldFolder(dir);
    expect(f.entries).toHaveLength(1);
    expect(f.entries[0]).toMatchObject({ key: '01', textFile: 'dev_01_side.txt', aliases: { Hdir: 'Helsedirektoratet' } });
    expect(f.problems).toEqual([]);
  });

  it('takes NN_*.txt with gold_NN.json in a gold/ subfolder', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'gold'));
    writeFileSync(join(dir, '000_a.txt'), 'Tekst.');
    writeFileSync(join(dir, '001_b.txt'), 'Tekst.');
    writeFileSync(join(dir, 'gold', 'gold_000.json'), gold(['KS']));
    writeFileSync(join(dir, 'gold', 'gold_001.json'), '{ not json');
    writeFileSync(join(dir, 'gold', 'aliases.json'), JSON.stringify({ '000': { KS: 'Kommunesektorens organisasjon' } }));
    const f = readGoldFolder(dir);
    expect(f.entries.map((e) => [e.goldFile, e.textFile, e.aliases])).toEqual([['gold_000.json', '000_a.txt', { KS: 'Kommunesektorens organisasjon' }]]);
    expect(f.textsWithoutGold).toEqual(['001_b.txt']);
    expect(f.problems).toHaveLength(1);
    expect(f.problems[0]).toMatch(/gold_001\.json: not valid JSON/);
  });

  it('says so when a folder has no gold, and refuses a missing folder', () => {
    const dir = tempDir();
    writeFileSync(join(dir, '01_a.txt'), 'Tekst.');
    expect(readGoldFolder(dir).problems[0]).toMatch(/no gold files/);
    expect(() => readGoldFolder(join(dir, 'nope'))).toThrow(/no such folder/);
  });
});
