/**
 * The seeds' gold keeps the corpus conventions: every string is copied from its
 * text (sub-measure numbers aside), no actor is listed twice, every alias key is
 * written in the text.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGoldFolder } from './read-gold.ts';

const seeds = new URL('../../seeds/', import.meta.url);

describe('seeds/gold', () => {
  const folder = readGoldFolder(seeds.pathname);

  it('has one gold file per seed and no problems', () => {
    const texts = readdirSync(seeds).filter((f) => f.endsWith('.txt'));
    expect(folder.entries.map((e) => e.textFile)).toEqual(texts.sort());
    expect(folder.problems).toEqual([]);
  });

  it('copies every string from its text', () => {
    for (const e of folder.entries) {
      const text = readFileSync(new URL(e.textFile!, seeds), 'utf8');
      const g = e.gold;
      const strings = [
        ...g.measures.flatMap((m) => [m.title, ...(m.status ? [m.status] : []), ...m.responsible]),
        ...g.actors,
        ...g.collaborations.flatMap((c) => [c.name, ...c.participants, ...(c.lead ? [c.lead] : [])]),
        ...Object.keys(e.aliases),
      ];
      for (const s of strings) expect(text.includes(s), `${e.goldFile}: "${s}"`).toBe(true);
      expect(new Set(g.actors).size, `${e.goldFile}: an actor listed twice`).toBe(g.actors.length);
    }
  });
});
