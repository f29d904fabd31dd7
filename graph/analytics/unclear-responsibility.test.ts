import { describe, expect, it } from 'vitest';
import { LEVELS, type DocumentId } from '../model/index.ts';
import { evidence, type ActorView, type GraphBase, type MeasureView } from '../query/index.ts';
import { responsibilityFlags, unclearResponsibilityFor } from './index.ts';
import { seedSnapshot } from './test-support.ts';

const actor = (id: string, name: string, kind: ActorView['kind']): ActorView => ({
  id,
  __typename: 'Actor',
  name,
  abbreviation: null,
  aliases: [],
  service: null,
  place: null,
  kind,
  curated: true,
  succeededOn: null,
  evidenceRefs: [],
});
const measure = (n: string): MeasureView => ({
  id: `measure:x:${n}`,
  __typename: 'Measure',
  number: n,
  title: `Tittel ${n}`,
  text: '',
  status: 'UNKNOWN',
  statusText: null,
  progress: null,
  documentId: 'doc:x',
  evidenceRefs: [{ documentId: 'doc:x' as DocumentId, start: Number(n), end: Number(n) + 1 }],
});
const responsible = (a: string, m: string) => ({ id: `${a}>${m}`, type: 'RESPONSIBLE_FOR' as const, source: a, target: `measure:x:${m}`, props: {}, evidence: [] });

describe('responsibilityFlags', () => {
  it('flags no owner, several owners and owners that are not ministries', () => {
    const base: GraphBase = {
      nodes: [actor('m', 'Et departement', 'MINISTRY'), actor('d', 'Et direktorat', 'DIRECTORATE'), actor('o', 'En stiftelse', 'ORGANISATION'), measure('1'), measure('2'), measure('3'), measure('4')],
      edges: [responsible('m', '2'), responsible('m', '3'), responsible('d', '3'), responsible('o', '4')],
      sectorsOf: new Map(),
      levelsOf: new Map(),
      levelRank: new Map(LEVELS.map((l) => [l.id as string, l.rank])),
    };
    expect(responsibilityFlags(base).map((f) => [f.measureId, f.reason, f.ownerIds])).toEqual([
      ['measure:x:1', 'NO_OWNER', []],
      ['measure:x:3', 'SEVERAL_OWNERS', ['d', 'm']],
      ['measure:x:3', 'DIRECTORATE_OWNER', ['d']],
      ['measure:x:4', 'NON_MINISTRY_OWNER', ['o']],
    ]);
    expect(responsibilityFlags(base)[0].explanation).toBe('Tiltak 1, «Tittel 1», har ingen ansvarlig instans oppgitt i kilden.');
    expect(responsibilityFlags(base)[0].evidenceRefs).toEqual(base.nodes[3].evidenceRefs);
  });
});

describe('unclear responsibility on the seeds', () => {
  it('flags Tiltak 22 and 11 for several owners and Tiltak 13 for a directorate owner', async () => {
    const snapshot = await seedSnapshot();
    const flags = await unclearResponsibilityFor(snapshot);
    const by = (n: string) => flags.filter((f) => f.measureId.endsWith(`:${n}`)).map((f) => f.reason);
    expect(by('22')).toEqual(['SEVERAL_OWNERS']);
    expect(by('11')).toEqual(['SEVERAL_OWNERS']);
    expect(by('13')).toEqual(['DIRECTORATE_OWNER']);
    expect(by('20')).toEqual([]);
    const t13 = flags.find((f) => f.measureId.endsWith(':13'))!;
    expect(t13.ownerIds).toEqual(['actor:hdir']);
    expect(t13.explanation).toBe(
      'Tiltak 13, «Foreldres egne oppveksterfaringer med vold i veiledere og retningslinjer», har Helsedirektoratet (Hdir) som ansvarlig, et direktorat og ikke et departement; departementet over er HOD.',
    );
    const t22 = flags.find((f) => f.measureId.endsWith(':22'))!;
    expect(t22.explanation).toBe(
      'Tiltak 22, «Vurdere samarbeid mellom familievernet og kriminalomsorgen», har to ansvarlige, BFD og JD, så ansvaret er delt på tvers av sektorene «barn og familie» og «justis».',
    );
    const quotes = evidence(snapshot, t22.evidenceRefs).map((e) => e.quote);
    expect(quotes).toEqual(['Ansvarlig: Barne- og familiedepartementet og Justisdepartementet']);
    expect((await unclearResponsibilityFor(snapshot, ['DIRECTORATE_OWNER'])).map((f) => f.measureId)).toEqual([t13.measureId]);
  });
});
