/**
 * Scoring one gold folder against what the store serves: recall and precision
 * per category, per file and overall, with every miss and false positive
 * listed. Pure: gold and served facts in, numbers and items out.
 */
import { AliasClasses, actorMatches, collaborationFit, measureMatches, pairBest, statusMatches } from './match.ts';
import { normaliseName, normaliseNumber } from './normalise.ts';
import type { GoldEntry, GoldFolder } from './read-gold.ts';
import type { ServedActor, ServedDocument, ServedGraph } from './served.ts';
import { documentIdOf } from './served.ts';

export const CATEGORIES = ['measures', 'status', 'responsible', 'actors', 'collaborations', 'participants', 'leads'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Counts of one category: recall is found/total, precision correct/served. */
export interface Tally {
  found: number;
  total: number;
  correct: number;
  served: number;
}

export type Tallies = Record<Category, Tally>;

/** One gold item not found, or one served item not in gold. */
export interface ScoredItem {
  category: Category;
  text: string;
}

export interface FileScore {
  /** "01", or "corpus/01" when several folders are scored. */
  label: string;
  goldFile: string;
  textFile: string | null;
  documentId: string | null;
  tallies: Tallies;
  misses: ScoredItem[];
  falsePositives: ScoredItem[];
  /** Gold actors served as more than one actor (each counts as right for precision: worth a look). */
  duplicates: ScoredItem[];
}

export interface EvalResult {
  dirs: string[];
  files: FileScore[];
  overall: Tallies;
  /** Folder problems, load failures, texts without gold. */
  notes: string[];
}

export const emptyTallies = (): Tallies => Object.fromEntries(CATEGORIES.map((c) => [c, { found: 0, total: 0, correct: 0, served: 0 }])) as Tallies;

export function addTallies(into: Tallies, more: Tallies): Tallies {
  for (const c of CATEGORIES) for (const k of ['found', 'total', 'correct', 'served'] as const) into[c][k] += more[c][k];
  return into;
}

/** found/total, or null when there is nothing to find. */
export const recall = (t: Tally): number | null => (t.total ? t.found / t.total : null);
/** correct/served, or null when nothing is served. */
export const precision = (t: Tally): number | null => (t.served ? t.correct / t.served : null);

const q = (s: string) => JSON.stringify(s);

/** Scores one gold file against the served facts of its document. */
export function scoreFile(entry: GoldEntry, served: ServedDocument | undefined, actors: ReadonlyMap<string, ServedActor>, label = entry.key): FileScore {
  const t = emptyTallies();
  const misses: ScoredItem[] = [];
  const fps: ScoredItem[] = [];
  const miss = (category: Category, text: string) => misses.push({ category, text });
  const fp = (category: Category, text: string) => fps.push({ category, text });
  const { gold } = entry;
  const aliases = new AliasClasses(entry.aliases);
  const doc: ServedDocument = served ?? { documentId: '', measures: [], actors: [], initiatives: [] };
  const actor = (id: string): ServedActor => actors.get(id) ?? { id, name: id.replace(/^actor:/, ''), abbreviation: null, aliases: [] };
  const actorName = (id: string): string => {
    const a = actor(id);
    return a.abbreviation && normaliseName(a.abbreviation) !== normaliseName(a.name) ? `${a.name} (${a.abbreviation})` : a.name;
  };
  /** Some of these actor ids is the gold name. */
  const anyIs = (ids: readonly string[], goldName: string): boolean => {
    const forms = aliases.forms(goldName);
    return ids.some((id) => actorMatches(actor(id), forms));
  };
  /** The actor is one of these gold names. */
  const isOneOf = (id: string, goldNames: readonly string[]): boolean => goldNames.some((g) => actorMatches(actor(id), aliases.forms(g)));
  const goldActorForms = new Set(gold.actors.flatMap((a) => [...aliases.forms(a)]));
  /** A gold participant that is an actor of the file (not a generic group). */
  const isGoldActor = (name: string): boolean => [...aliases.forms(name)].some((f) => goldActorForms.has(f));

  // Measures, their status and responsible bodies.
  const measurePairs = pairBest(gold.measures, doc.measures, (g, s) => (measureMatches(g, s) ? 1 : 0));
  const pairedServed = new Set(measurePairs.filter((i) => i >= 0));
  gold.measures.forEach((g, gi) => {
    const s = measurePairs[gi] >= 0 ? doc.measures[measurePairs[gi]] : null;
    t.measures.total++;
    if (s) t.measures.found++;
    else {
      // A served measure with the gold number whose title does not match: shown beside the miss.
      const sameNumber = doc.measures.filter((m, i) => !pairedServed.has(i) && normaliseNumber(m.number) === normaliseNumber(g.number));
      miss('measures', `${g.number} ${q(g.title)}` + (sameNumber.length ? ` (served ${sameNumber.map((m) => `${m.number} ${q(m.title)}`).join(', ')})` : ''));
    }
    if (g.status !== null) {
      t.status.total++;
      if (s && statusMatches(g.status, s.statusText)) t.status.found++;
      else miss('status', `${g.number}: ${q(g.status)} (${s ? (s.statusText === null ? 'served none' : `served ${q(s.statusText)}`) : 'measure not found'})`);
    }
    for (const r of g.responsible) {
      t.responsible.total++;
      if (s && anyIs(s.responsible, r)) t.responsible.found++;
      else miss('responsible', `${g.number} → ${r} (${s ? (s.responsible.length ? `served ${s.responsible.map(actorName).join(', ')}` : 'served none') : 'measure not found'})`);
    }
    if (s) {
      if (s.statusText !== null) {
        t.status.served++;
        if (g.status !== null && statusMatches(g.status, s.statusText)) t.status.correct++;
        else fp('status', `${s.number}: ${q(s.statusText)}${g.status === null ? ' (gold: no status)' : ''}`);
      }
      for (const id of s.responsible) {
        t.responsible.served++;
        if (isOneOf(id, g.responsible)) t.responsible.correct++;
        else fp('responsible', `${s.number} → ${actorName(id)}`);
      }
    }
  });
  doc.measures.forEach((s, si) => {
    t.measures.served++;
    if (pairedServed.has(si)) t.measures.correct++;
    else fp('measures', `${s.number} ${q(s.title)}`);
  });

  // Actors.
  const duplicates: ScoredItem[] = [];
  for (const g of gold.actors) {
    t.actors.total++;
    const forms = aliases.forms(g);
    const served = doc.actors.filter((id) => actorMatches(actor(id), forms));
    if (served.length) t.actors.found++;
    else miss('actors', g);
    if (served.length > 1) duplicates.push({ category: 'actors', text: `${g} is served as ${served.length} actors: ${served.map(actorName).join('; ')}` });
  }
  for (const id of doc.actors) {
    t.actors.served++;
    if (isOneOf(id, gold.actors)) t.actors.correct++;
    else fp('actors', actorName(id));
  }

  // Collaborations, participants and leads.
  const collabPairs = pairBest(gold.collaborations, doc.initiatives, (g, s) => collaborationFit(g, s, aliases));
  const pairedInit = new Set(collabPairs.filter((i) => i >= 0));
  gold.collaborations.forEach((g, gi) => {
    const s = collabPairs[gi] >= 0 ? doc.initiatives[collabPairs[gi]] : null;
    t.collaborations.total++;
    if (s) t.collaborations.found++;
    else miss('collaborations', g.name);
    const where = s ? `${q(g.name)} = served ${q(s.name)}` : `${q(g.name)}, not found`;
    for (const p of g.participants) {
      if (!isGoldActor(p)) continue;
      t.participants.total++;
      if (s && anyIs([...s.participants, ...s.leads], p)) t.participants.found++;
      else miss('participants', `${p} in ${where}`);
    }
    if (g.lead !== null) {
      t.leads.total++;
      if (s && anyIs(s.leads, g.lead)) t.leads.found++;
      else miss('leads', `${g.lead} in ${where}${s ? (s.leads.length ? ` (served ${s.leads.map(actorName).join(', ')})` : ' (served none)') : ''}`);
    }
    if (s) {
      const members = [...g.participants, ...(g.lead !== null ? [g.lead] : [])];
      for (const id of s.participants) {
        t.participants.served++;
        if (isOneOf(id, members)) t.participants.correct++;
        else fp('participants', `${actorName(id)} in ${q(s.name)}`);
      }
      for (const id of s.leads) {
        t.leads.served++;
        if (g.lead !== null && isOneOf(id, [g.lead])) t.leads.correct++;
        else fp('leads', `${actorName(id)} leads ${q(s.name)}${g.lead === null ? ' (gold: no lead)' : ''}`);
      }
    }
  });
  doc.initiatives.forEach((s, si) => {
    t.collaborations.served++;
    if (pairedInit.has(si)) t.collaborations.correct++;
    else fp('collaborations', s.name);
  });

  return { label, goldFile: entry.goldFile, textFile: entry.textFile, documentId: entry.textFile ? documentIdOf(entry.textFile) : null, tallies: t, misses, falsePositives: fps, duplicates };
}

/** Scores every gold file of a folder against the graph loaded from that folder. */
export function scoreFolder(folder: GoldFolder, served: ServedGraph, labelPrefix = ''): { files: FileScore[]; notes: string[] } {
  const notes = [...folder.problems];
  for (const f of served.files) if (!f.ok) notes.push(`${folder.dir}: ${f.fileName} failed to load: ${f.error ?? 'unknown error'}`);
  if (folder.textsWithoutGold.length) notes.push(`${folder.dir}: not scored (no gold): ${folder.textsWithoutGold.join(', ')}`);
  const files = folder.entries.map((e) => {
    const doc = e.textFile ? served.documents.get(documentIdOf(e.textFile)) : undefined;
    if (e.textFile && !doc) notes.push(`${folder.dir}: nothing served for ${e.textFile} (${documentIdOf(e.textFile)})`);
    return scoreFile(e, doc, served.actors, labelPrefix + e.key);
  });
  return { files, notes };
}

/** Sums file scores. */
export function overallOf(files: readonly FileScore[]): Tallies {
  return files.reduce((acc, f) => addTallies(acc, f.tallies), emptyTallies());
}
