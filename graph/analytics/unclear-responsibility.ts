/**
 * Unclear responsibility: measures whose "Ansvarlig" line names no body,
 * several bodies, or a body that is not a ministry (a directorate, or anything
 * else). Each flag carries the owners, the evidence of the responsible line
 * and a Norwegian sentence a facilitator can read aloud.
 */
import { mergeEvidence, type EvidenceRef } from '../model/index.ts';
import { byMeasureNumber, type ActorView, type GraphBase, type GraphSnapshot, type MeasureView, type SectorView } from '../query/index.ts';
import { derived } from './derived.ts';

export const RESPONSIBILITY_REASONS = ['NO_OWNER', 'SEVERAL_OWNERS', 'DIRECTORATE_OWNER', 'NON_MINISTRY_OWNER'] as const;
export type ResponsibilityReason = (typeof RESPONSIBILITY_REASONS)[number];

export interface ResponsibilityFlag {
  measureId: string;
  reason: ResponsibilityReason;
  /** The owners the flag is about: all of them (SEVERAL_OWNERS) or the ones that are not ministries. */
  ownerIds: string[];
  explanation: string;
  /** The same sentence in English. */
  explanationEn: string;
  /** The responsible line(s); the measure's own evidence when none names an owner. */
  evidenceRefs: EvidenceRef[];
}

const list = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} og ${xs[xs.length - 1]}`);
const NUMBERS = ['null', 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'];
const count = (n: number) => NUMBERS[n] ?? String(n);
const listEn = (xs: readonly string[]) => (xs.length <= 1 ? (xs[0] ?? '') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
const NUMBERS_EN = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const countEn = (n: number) => NUMBERS_EN[n] ?? String(n);

/** Flags for every measure, by document and number, then reason. Pure over the graph's base data. */
export function responsibilityFlags(base: GraphBase, sectors: readonly SectorView[] = []): ResponsibilityFlag[] {
  const actors = new Map(base.nodes.filter((n): n is ActorView => n.__typename === 'Actor').map((a) => [a.id, a]));
  const measures = base.nodes.filter((n): n is MeasureView => n.__typename === 'Measure').sort(byMeasureNumber);
  const responsible = new Map<string, { actorId: string; evidence: EvidenceRef[] }[]>();
  const parentOf = new Map<string, string>();
  for (const e of base.edges) {
    if (e.type === 'RESPONSIBLE_FOR' && actors.has(e.source)) responsible.set(e.target, [...(responsible.get(e.target) ?? []), { actorId: e.source, evidence: e.evidence }]);
    if (e.type === 'PART_OF' && actors.has(e.source) && actors.has(e.target) && !parentOf.has(e.source)) parentOf.set(e.source, e.target);
  }
  const sectorName = new Map(sectors.map((s) => [s.id, s.name.toLocaleLowerCase('nb')]));
  const sectorNameEn = new Map(sectors.map((s) => [s.id, s.nameEn.toLocaleLowerCase('en')]));
  const sectorOrder = new Map(sectors.map((s, i) => [s.id, i]));
  const short = (id: string) => actors.get(id)?.abbreviation ?? actors.get(id)?.name ?? id;
  const full = (id: string) => {
    const a = actors.get(id);
    return a ? (a.abbreviation && a.abbreviation !== a.name ? `${a.name} (${a.abbreviation})` : a.name) : id;
  };

  const out: ResponsibilityFlag[] = [];
  for (const m of measures) {
    const rows = (responsible.get(m.id) ?? []).sort((x, y) => (x.actorId < y.actorId ? -1 : 1));
    const owners = [...new Set(rows.map((r) => r.actorId))];
    const evidenceOf = (ids: readonly string[]) => mergeEvidence(...rows.filter((r) => ids.includes(r.actorId)).map((r) => r.evidence));
    const what = `Tiltak ${m.number}, «${m.title.replace(/«([^«»]*)»/g, '‘$1’')}»,`;
    const whatEn = `Measure ${m.number}, «${m.title.replace(/«([^«»]*)»/g, '‘$1’')}»,`;
    if (!owners.length) {
      out.push({ measureId: m.id, reason: 'NO_OWNER', ownerIds: [], evidenceRefs: m.evidenceRefs, explanation: `${what} har ingen ansvarlig instans oppgitt i kilden.`, explanationEn: `${whatEn} has no responsible body named in the source.` });
      continue;
    }
    if (owners.length > 1) {
      const ownerSectors = [...new Set(owners.flatMap((o) => base.sectorsOf.get(o) ?? []))].sort((a, b) => (sectorOrder.get(a) ?? 99) - (sectorOrder.get(b) ?? 99));
      const named = ownerSectors.length > 1 && ownerSectors.every((s) => sectorName.has(s));
      const across = named ? ` på tvers av sektorene ${list(ownerSectors.map((s) => `«${sectorName.get(s)!}»`))}` : '';
      const acrossEn = named ? ` across the sectors ${listEn(ownerSectors.map((s) => `«${sectorNameEn.get(s)!}»`))}` : '';
      out.push({
        measureId: m.id,
        reason: 'SEVERAL_OWNERS',
        ownerIds: owners,
        evidenceRefs: evidenceOf(owners),
        explanation: `${what} har ${count(owners.length)} ansvarlige, ${list(owners.map(short))}, så ansvaret er delt${across}.`,
        explanationEn: `${whatEn} has ${countEn(owners.length)} responsible bodies, ${listEn(owners.map(short))}, so the responsibility is shared${acrossEn}.`,
      });
    }
    const directorates = owners.filter((o) => actors.get(o)?.kind === 'DIRECTORATE');
    if (directorates.length) {
      const parents = [...new Set(directorates.map((d) => parentOf.get(d)).filter((p): p is string => !!p && actors.get(p)?.kind === 'MINISTRY'))];
      const above = parents.length ? `; departementet over er ${list(parents.map(short))}` : '';
      const aboveEn = parents.length ? `; the ministry above it is ${listEn(parents.map(short))}` : '';
      out.push({
        measureId: m.id,
        reason: 'DIRECTORATE_OWNER',
        ownerIds: directorates,
        evidenceRefs: evidenceOf(directorates),
        explanation: `${what} har ${list(directorates.map(full))} som ansvarlig, et direktorat og ikke et departement${above}.`,
        explanationEn: `${whatEn} has ${listEn(directorates.map(full))} as responsible, a directorate and not a ministry${aboveEn}.`,
      });
    }
    const others = owners.filter((o) => actors.get(o)?.kind !== 'DIRECTORATE' && actors.get(o)?.kind !== 'MINISTRY');
    if (others.length) {
      out.push({
        measureId: m.id,
        reason: 'NON_MINISTRY_OWNER',
        ownerIds: others,
        evidenceRefs: evidenceOf(others),
        explanation: `${what} har ${list(others.map(full))} som ansvarlig, verken et departement eller et direktorat.`,
        explanationEn: `${whatEn} has ${listEn(others.map(full))} as responsible, neither a ministry nor a directorate.`,
      });
    }
  }
  return out;
}

/** The flags of the graph, optionally of some reasons only; cached per graph version. */
export async function unclearResponsibilityFor(snapshot: GraphSnapshot, reasons?: readonly ResponsibilityReason[] | null): Promise<ResponsibilityFlag[]> {
  const all = await derived(snapshot, 'unclear-responsibility', async () => responsibilityFlags(snapshot.base, snapshot.nodes.Sector));
  return reasons?.length ? all.filter((f) => reasons.includes(f.reason)) : all;
}
