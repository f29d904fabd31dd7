import { beforeAll, describe, expect, it } from 'vitest';
import { allOverlaps, overlapItems, overlapsFor, scoreOverlaps, themesOf, type OverlapItem, type OverlapPair } from './index.ts';
import { OVERLAP_LABELS } from './overlaps.labels.ts';
import { pairKey, seedSnapshot, shortId } from './test-support.ts';
import { InvalidInputError } from '../model/index.ts';

/** An item from real seed text (001 and 000), with made-up but distinct owners. */
const item = (id: string, title: string, text: string, owners: string[], bodies: string[] = owners): OverlapItem => ({
  id,
  label: id,
  title,
  text,
  owners,
  ownerNames: owners,
  bodies,
  bodyNames: new Map(bodies.map((b) => [b, b])),
});

const T10 = item('T10', 'Sikre foreldreveiledning i introduksjonsprogrammet', 'Regjeringen har vedtatt at foreldreveiledning skal innføres som en obligatorisk del av introduksjonsprogrammet.', ['KD']);
const T18 = item(
  'T18',
  'Videreutvikle foreldreveiledning til bekymrede ungdomsforeldre',
  'Barne-, ungdoms- og familiedirektoratet har prøvd ut foreldreveiledningsprogrammet ICDP for foreldre som har en bekymring for sine barn knyttet til radikalisering og voldelig ekstremisme.',
  ['BLD'],
);
const T19 = item('T19', 'Videreutvikle «Pappa i fengsel»', '«Pappa i fengsel» bygger på foreldreveiledningsprogrammet ICDP og er et gruppetilbud til fedre i fengsel.', ['JD']);
const T17 = item('T17', 'Utarbeide retningslinje for spesialiserte hjelpetiltak i barnevernet', 'Bufdir skal utvikle retningslinjer for det statlige tilbudet. Retningslinjene skal foreligge før lovendringen iverksettes.', ['BLD']);
const T13 = item(
  'T13',
  'Foreldres egne oppveksterfaringer med vold i veiledere og retningslinjer',
  'Helsedirektoratet skal ved revidering av relevante veiledere, rundskriv og retningslinjer, vurdere å ta inn om personellet kan tematisere foreldres egne oppveksterfaringer med vold.',
  ['Hdir'],
);

describe('scoreOverlaps on real excerpts', () => {
  const pairs = scoreOverlaps([T10, T18, T19, T17, T13]);
  const find = (a: string, b: string) => pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));

  it('ranks parent guidance under two ministries above pairs that only share a word like "retningslinjer"', () => {
    expect(find('T10', 'T18')!.score).toBeGreaterThan(find('T13', 'T17')!.score);
    expect(find('T18', 'T19')!.score).toBeGreaterThan(find('T13', 'T17')!.score);
  });

  it('names the shared theme and the telling shared words in one sentence', () => {
    const p = find('T10', 'T18')!;
    expect(p.sharedTerms[0]).toBe('foreldreveiledning og foreldrestøtte');
    expect(p.sharedTerms).toContain('foreldreveiledning');
    expect(p.explanation).toMatch(/^T10, «Sikre foreldreveiledning i introduksjonsprogrammet», hos KD, og T18, .* hos BLD, handler begge om foreldreveiledning og foreldrestøtte/);
    expect(p.explanation.endsWith('.')).toBe(true);
  });

  it('never pairs efforts with the same owners', () => {
    expect(find('T18', 'T17')).toBeUndefined();
  });

  it('leaves names of bodies out of the text when told them', () => {
    const a = item('A', 'Samarbeid om innsatte', 'Kriminalomsorgsdirektoratet og Bufdir skal vurdere foreldrestøtte til innsatte.', ['BFD']);
    const b = item('B', 'Ungdom i skolen', 'Barne-, ungdoms- og familiedirektoratet og Kriminalomsorgsdirektoratet skal styrke skolen.', ['KD']);
    const plain = scoreOverlaps([a, b])[0];
    const stripped = scoreOverlaps([a, b], { names: ['Kriminalomsorgsdirektoratet', 'Barne-, ungdoms- og familiedirektoratet', 'Bufdir'] })[0];
    expect(plain.sharedTerms).toContain('foreldre i fengsel');
    expect(stripped?.sharedTerms ?? []).not.toContain('foreldre i fengsel');
    expect(stripped?.score ?? 0).toBeLessThan(plain.score);
  });

  it('gives the same pairs whatever order the items come in', () => {
    expect(scoreOverlaps([T13, T19, T17, T18, T10])).toEqual(pairs);
  });
});

describe('themes', () => {
  it('finds themes from the words of a text, compounds included', () => {
    // Seed 000, Tiltak 22.
    const t = themesOf('Foreldre som blir fengslet, og deres familier, kan ha behov for ekstra støtte. Det skal vurderes hvordan det kan gis foreldrestøtte til innsatte.');
    expect([...t.keys()]).toEqual(['foreldrestotte', 'fengsel-familie']);
    expect([...t.get('fengsel-familie')!]).toEqual(['fengslet', 'innsatte']);
  });
});

describe('overlaps on the seeds', () => {
  let pairs: OverlapPair[];
  beforeAll(async () => {
    pairs = await allOverlaps(await seedSnapshot());
  });
  const key = (p: OverlapPair) => pairKey(p.a, p.b);
  const labels = new Map(OVERLAP_LABELS.map((l) => [[l.a, l.b].sort().join('~'), l]));
  const top = (k: number) => pairs.slice(0, k);

  it('has labels for pairs that exist and differ in owners', () => {
    const all = new Set(pairs.map(key));
    // Labels name pairs the scorer scores (owners differ); a few are too unlike to score at all.
    const scored = OVERLAP_LABELS.filter((l) => all.has([l.a, l.b].sort().join('~')));
    expect(OVERLAP_LABELS.length).toBeGreaterThanOrEqual(20);
    expect(scored.length).toBeGreaterThanOrEqual(OVERLAP_LABELS.length - 5);
    expect(labels.size).toBe(OVERLAP_LABELS.length);
  });

  it('reaches precision@10 of at least 0.9 on the labelled pairs, with no labelled negative in the top 10', () => {
    const positives = new Set(OVERLAP_LABELS.filter((l) => l.overlaps).map((l) => [l.a, l.b].sort().join('~')));
    const negatives = new Set(OVERLAP_LABELS.filter((l) => !l.overlaps).map((l) => [l.a, l.b].sort().join('~')));
    const precision = (k: number) => top(k).filter((p) => positives.has(key(p))).length / k;
    const ranks = [...positives].map((k) => pairs.findIndex((p) => key(p) === k) + 1);
    const found = ranks.filter((r) => r > 0).sort((a, b) => a - b);
    // Average precision over the positives, unlabelled pairs counted as misses.
    const ap = found.reduce((s, r, i) => s + (i + 1) / r, 0) / positives.size;
    console.info(
      `overlaps: precision@5 ${precision(5).toFixed(2)}, precision@10 ${precision(10).toFixed(2)}, precision@20 ${precision(20).toFixed(2)}, ` +
        `average precision ${ap.toFixed(3)} over ${positives.size} positives and ${negatives.size} negatives\n` +
        top(10)
          .map((p, i) => `  ${i + 1}. ${key(p)} ${p.score} ${positives.has(key(p)) ? '+' : negatives.has(key(p)) ? '-' : '?'}`)
          .join('\n'),
    );
    expect(precision(10)).toBeGreaterThanOrEqual(0.9);
    expect(top(10).filter((p) => negatives.has(key(p)))).toEqual([]);
    expect(ap).toBeGreaterThanOrEqual(0.6);
  });

  it('puts the learning-network overlap and the parent-guidance overlap in the top 10, each explained', () => {
    const learning = new Set(['T15', 'T21', 'ks-laeringsnettverk']);
    const parents = new Set(['T10', 'T18', 'T19', 'T20', 'T22']);
    const within = (set: Set<string>) => (p: OverlapPair) => set.has(shortId(p.a)) && set.has(shortId(p.b));
    const ln = top(10).find((p) => within(learning)(p) && (shortId(p.a) === 'T15' || shortId(p.b) === 'T15'));
    const pg = top(10).find(within(parents));
    expect(ln, 'Tiltak 15 and a KS learning network in the top 10').toBeDefined();
    expect(pg, 'two parent-guidance measures in the top 10').toBeDefined();
    expect(ln!.explanation).toMatch(/læringsnettverk/);
    expect(pg!.explanation).toMatch(/foreldreveiledning og foreldrestøtte/);
  });

  it('explains every pair in one Norwegian sentence, without generic field words as key words', () => {
    for (const p of pairs) {
      expect(p.explanation).toMatch(/^[A-ZÆØÅ0-9].*\.$/);
      expect(p.explanation.slice(0, -1)).not.toMatch(/\.\s/);
    }
    for (const p of top(10)) {
      const keywords = [...p.explanation.matchAll(/«([^»]+)»/g)].map((m) => m[1].toLocaleLowerCase('nb'));
      for (const generic of ['barn', 'unge', 'utsatte', 'tjenester', 'bedre']) expect(keywords).not.toContain(generic);
    }
  });

  it('treats a renamed ministry as one owner: BLD and BFD measures are not paired', async () => {
    const items = await overlapItems(await seedSnapshot());
    const owners = new Map(items.map((i) => [shortId(i.id), i.owners]));
    expect(owners.get('T18')).toEqual(owners.get('T20'));
    expect(pairs.some((p) => key(p) === 'T18~T20')).toBe(false);
    expect(pairs.some((p) => key(p) === 'T19~T22')).toBe(true);
  });

  it('reads initiatives with the sentences that name them, and notes when one source names both', async () => {
    const items = await overlapItems(await seedSnapshot());
    const bti = items.find((i) => i.id === 'initiative:bti')!;
    expect(bti.context).toMatch(/Bedre Tverrfaglig Innsats \(BTI\)/);
    const p = pairs.find((x) => key(x) === 'bti~modellkommune')!;
    expect(p.namedTogether).toBe(true);
    expect(p.explanation).toMatch(/kilden nevner dem sammen/);
  });

  it('pages, filters by minScore and refuses nonsense', async () => {
    const snapshot = await seedSnapshot();
    const five = await overlapsFor(snapshot, 0.2, 5);
    expect(five.map((p) => p.a.id + p.b.id)).toEqual(pairs.slice(0, 5).map((p) => p.a + p.b));
    for (const p of await overlapsFor(snapshot, 0.3, 100)) expect(p.score).toBeGreaterThanOrEqual(0.3);
    await expect(overlapsFor(snapshot, 2, 5)).rejects.toBeInstanceOf(InvalidInputError);
    await expect(overlapsFor(snapshot, 0.1, 5000)).rejects.toBeInstanceOf(InvalidInputError);
  });
});
