/**
 * The curated base every graph starts from: the five administrative levels,
 * the sectors, and the ministries that head them.
 */
import { SECTORS } from '../gazetteer/index.ts';
import { LEVELS, actorId, type GraphBatch } from '../model/index.ts';
import { curatedFacts } from './curated.ts';

/** Levels, sectors and sector ministries, with their curated links. */
export function baseBatch(): GraphBatch {
  const levels = LEVELS.map((l) => ({ id: l.id, label: 'Level' as const, props: { name: l.name, nameEn: l.nameEn, rank: l.rank }, evidence: [] }));
  const sectors = SECTORS.map((s) => ({
    id: s.id,
    label: 'Sector' as const,
    props: { name: s.name, nameEn: s.nameEn, ministryId: actorId(s.ministryKey), order: s.order },
    evidence: [],
  }));
  const facts = curatedFacts(SECTORS.map((s) => s.ministryKey));
  return { nodes: [...levels, ...sectors, ...facts.nodes], edges: facts.edges };
}
