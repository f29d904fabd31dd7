/**
 * The root lists of the API (actors, measures, and the short lists of
 * initiatives, sectors, levels and documents), filtered and paged from a
 * snapshot. Pure.
 */
import type { ActorKind, MeasureStatus } from '../../model/index.ts';
import { page, paging } from '../limits.ts';
import type { ActorView, MeasureView } from '../views.ts';
import { sortByName } from './nodes.ts';
import type { GraphSnapshot } from './snapshot.ts';

export interface ActorFilter {
  kinds?: readonly ActorKind[] | null;
  sectorIds?: readonly string[] | null;
  levelIds?: readonly string[] | null;
  text?: string | null;
}
export interface MeasureFilter {
  statuses?: readonly MeasureStatus[] | null;
  responsibleIds?: readonly string[] | null;
  documentIds?: readonly string[] | null;
  text?: string | null;
}

/** True when the actor's name, abbreviation or an alias contains `text` (case-insensitive). */
export function actorMatches(a: ActorView, text: string): boolean {
  const t = text.toLocaleLowerCase('nb');
  return [a.name, a.abbreviation ?? '', ...a.aliases].some((s) => s.toLocaleLowerCase('nb').includes(t));
}

/** Actors, filtered, by name. */
export function actors(s: GraphSnapshot, filter: ActorFilter = {}, limit?: number | null, offset?: number | null): readonly ActorView[] {
  paging(limit, offset);
  let list: readonly ActorView[] = s.nodes.Actor;
  if (filter.kinds?.length) {
    const kinds = [...new Set(filter.kinds)];
    list = kinds.length === 1 ? (s.actorsByKind.get(kinds[0]) ?? []) : sortByName(s, kinds.flatMap((k) => [...(s.actorsByKind.get(k) ?? [])]));
  }
  if (filter.text) list = list.filter((a) => actorMatches(a, filter.text!));
  if (filter.sectorIds?.length) list = list.filter((a) => s.base.sectorsOf.get(a.id)?.some((x) => filter.sectorIds!.includes(x)));
  if (filter.levelIds?.length) list = list.filter((a) => s.base.levelsOf.get(a.id)?.some((l) => filter.levelIds!.includes(l)));
  return page(list as ActorView[], limit, offset);
}

/** Measures, filtered, by document and number. */
export function measures(s: GraphSnapshot, filter: MeasureFilter = {}, limit?: number | null, offset?: number | null): readonly MeasureView[] {
  paging(limit, offset);
  let list: readonly MeasureView[] = s.nodes.Measure;
  if (filter.statuses?.length) list = list.filter((m) => filter.statuses!.includes(m.status));
  if (filter.documentIds?.length) list = list.filter((m) => filter.documentIds!.includes(m.documentId));
  if (filter.text) {
    const t = filter.text.toLocaleLowerCase('nb');
    list = list.filter((m) => [m.number, m.title, m.text].some((x) => x.toLocaleLowerCase('nb').includes(t)));
  }
  if (filter.responsibleIds?.length) {
    const ok = new Set(filter.responsibleIds.flatMap((id) => (s.out.get(id)?.get('RESPONSIBLE_FOR') ?? []).map((e) => e.target)));
    list = list.filter((m) => ok.has(m.id));
  }
  return page(list as MeasureView[], limit, offset);
}
