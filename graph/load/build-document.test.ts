import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorId, documentId, edgeId, measureId, type GraphEdge } from '../model/index.ts';
import { buildDocumentBatch } from './build-document.ts';

const seedsDir = new URL('../../seeds/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((fileName) => ({ fileName, text: readFileSync(new URL(fileName, seedsDir), 'utf8') }));
const built = seeds.map((s) => buildDocumentBatch(s));
const edge = (i: number, type: GraphEdge['type'], s: string, t: string, key?: string) => built[i].batch.edges.find((e) => e.id === edgeId(type, s, t, key));

describe('buildDocumentBatch on the seeds', () => {
  it('gives every node and edge evidence that is exactly the text it points to', () => {
    for (const b of built) {
      const items = [...b.batch.nodes, ...b.batch.edges];
      for (const item of items) {
        for (const e of item.evidence) {
          expect(e.documentId).toBe(b.batch.documentId);
          expect(e.end).toBeGreaterThan(e.start);
          expect(b.text.slice(e.start, e.end).trim().length).toBeGreaterThan(0);
        }
      }
      // Everything read from text has evidence; only curated facts (marked) go without.
      for (const item of items) {
        if (item.evidence.length === 0) expect(item.props.curated === true || ('label' in item && item.label === 'Document')).toBe(true);
      }
    }
  });

  it('states who is responsible, with the Ansvarlig line as evidence', () => {
    const doc = documentId(seeds[0].fileName);
    const m22 = measureId(doc, '22');
    const bfd = edge(0, 'RESPONSIBLE_FOR', actorId('bfd'), m22)!;
    const jd = edge(0, 'RESPONSIBLE_FOR', actorId('jd'), m22)!;
    expect(built[0].text.slice(bfd.evidence[0].start, bfd.evidence[0].end)).toBe('Ansvarlig: Barne- og familiedepartementet og Justisdepartementet');
    expect(jd.evidence).toEqual(bfd.evidence);
    const shared = edge(0, 'COORDINATES_WITH', actorId('bfd'), actorId('jd'), 'SHARED_RESPONSIBILITY');
    expect(shared?.props.kind).toBe('SHARED_RESPONSIBILITY');
  });

  it('turns "X og Y skal sammen vurdere" into joint work', () => {
    const joint = edge(0, 'COORDINATES_WITH', actorId('bufdir'), actorId('kdi'), 'JOINT_WORK')!;
    expect(built[0].text.slice(joint.evidence[0].start, joint.evidence[0].end)).toMatch(/^Kriminalomsorgsdirektoratet og Barne-, ungdoms- og familiedirektoratet skal sammen vurdere/);
  });

  it('in member lists of "person, title, agency" the agency takes part and the person never reaches the graph', () => {
    const text = 'Samarbeid om skolemiljø\n\nStyringsgruppe: Kari Nordmann, avdelingsdirektør, Bufdir; Ola Hansen, seniorrådgiver, Helsedirektoratet\n\nProsjektgruppen består av:\n• Lise Berg, rådgiver, Utdanningsdirektoratet\n• Per Olsen, KS';
    const doc = buildDocumentBatch({ fileName: 'grupper.txt', text });
    const members = (name: string) => {
      const init = doc.batch.nodes.find((n) => n.label === 'Initiative' && n.props.name === name)!;
      return doc.batch.edges.filter((e) => e.type === 'PARTICIPATES_IN' && e.target === init.id).map((e) => e.source);
    };
    expect(members('Styringsgruppe')).toEqual(['actor:bufdir', 'actor:hdir']);
    expect(members('Prosjektgruppen')).toEqual(['actor:udir', 'actor:ks']);
    // Generic group names are this document's own collaborations.
    expect(doc.batch.nodes.find((n) => n.props.name === 'Styringsgruppe')!.id).toBe('initiative:grupper-styringsgruppe');
    const everything = JSON.stringify(doc.batch) + doc.text;
    for (const person of ['Kari', 'Nordmann', 'Ola Hansen', 'Lise Berg', 'Per Olsen']) expect(everything).not.toContain(person);
  });

  it('a responsible line naming many bodies links each to the measure, without n(n-1)/2 pairs (issue 11.3)', () => {
    const names = Array.from({ length: 400 }, (_, i) => `Etat nummer ${i + 1}direktoratet`);
    const text = `Tiltak 1: Mange eiere\n\nTiltak\n\nTekst.\n\nStatus\n\nI rute.\n\nAnsvarlig: ${names.join(', ')}`;
    const doc = buildDocumentBatch({ fileName: 'mange.txt', text });
    const responsible = doc.batch.edges.filter((e) => e.type === 'RESPONSIBLE_FOR');
    expect(responsible.length).toBe(400);
    expect(doc.batch.edges.filter((e) => e.props.kind === 'SHARED_RESPONSIBILITY')).toEqual([]);
    expect(doc.batch.edges.length).toBeLessThan(400 * 8);
  });

  it('a grantor commissions a collaboration and never takes part in it', () => {
    const doc = buildDocumentBatch({ fileName: 'tilskudd.txt', text: 'Trygg oppvekst i Fjordby\n\nFjordby kommune søkte om og fikk innvilget tilskudd hos Bufdir i 2021.' });
    const commission = doc.batch.edges.find((e) => e.type === 'COMMISSIONS');
    expect(commission).toMatchObject({ source: 'actor:bufdir', target: 'initiative:trygg-oppvekst-i-fjordby' });
    expect(doc.text.slice(commission!.evidence[0].start, commission!.evidence[0].end)).toMatch(/^Fjordby kommune søkte om/u);
    const members = doc.batch.edges.filter((e) => e.type === 'PARTICIPATES_IN').map((e) => e.source);
    expect(members).toEqual(['actor:fjordby-kommune']);
  });

  it('keeps an unknown organisation as an uncurated actor, with how it was found', () => {
    const [doc] = [{ fileName: 'ukjent.txt', text: 'Prosjektet gjennomføres i samarbeid med Stiftelsen Trygge Barnesteder (STB) og Helsedirektoratet.' }].map((f) => buildDocumentBatch(f));
    const stb = doc.batch.nodes.find((n) => n.label === 'Actor' && /Trygge Barnesteder/i.test(String(n.props.name)));
    expect(stb?.props).toMatchObject({ kind: 'ORGANISATION', curated: false, abbreviation: 'STB', foundBy: 'pattern' });
    expect(doc.review.some((r) => r.kind === 'uncurated-organisation' && r.factId === stb?.id)).toBe(true);
  });

  it('places the seed-003 table cell by cell, with mended hyphens', () => {
    const b = built[3];
    const politi = edge(3, 'AT_LEVEL', actorId('politidistriktene'), 'level:regional-stat')!;
    expect(b.text.slice(politi.evidence[0].start, politi.evidence[0].end)).toBe('Politi-distriktene');
    expect(edge(3, 'IN_SECTOR', actorId('politidistriktene'), 'sector:justis')).toBeDefined();
    const bufdirUnder = edge(3, 'PART_OF', actorId('bufdir'), actorId('bld'))!;
    expect(bufdirUnder.evidence.map((e) => b.text.slice(e.start, e.end))).toEqual(['Barne- og likestillingsdepartementet', 'Bufdir']);
    expect(edge(3, 'PART_OF', actorId('bufetat'), actorId('bufdir'))).toBeDefined();
  });

  it('gives collaborations their participants and lead', () => {
    const b = built[2];
    const lead = b.batch.edges.find((e) => e.type === 'LEADS' && e.target === 'initiative:bts')!;
    expect(lead.source).toBe(actorId('udir'));
    const participants = b.batch.edges.filter((e) => e.type === 'PARTICIPATES_IN' && e.target === 'initiative:bts').map((e) => e.source);
    expect(participants.sort()).toEqual(['actor:avdir', 'actor:bufdir', 'actor:hdir', 'actor:imdi', 'actor:ks', 'actor:udir']);
  });

  it('keeps person names and e-mail addresses out unless asked', () => {
    const names = ['Idun Klette Låhne', 'idun.klette.lahne@udir.no', 'Inga Bejer-Engh', 'Bjørn Lescher-Nuland', 'Birgit Leirvik', 'ble@udir.no'];
    for (const b of built) {
      const everything = JSON.stringify(b.batch);
      for (const n of names) expect(everything).not.toContain(n);
    }
    const withPeople = buildDocumentBatch(seeds[2], { includePeople: true });
    expect(JSON.stringify(withPeople.batch)).toContain('Idun Klette Låhne');
  });

  it('gives the same batch for the same text, every time', () => {
    expect(buildDocumentBatch(seeds[3])).toEqual(built[3]);
  });

  it('reads a status report it has never seen, in Nynorsk, with no code change', () => {
    const text = [
      'Tiltak 3: Styrkje samarbeidet mellom skule og barnevern',
      '',
      'Tiltak',
      '',
      'Utdanningsdirektoratet og Barne-, ungdoms- og familiedirektoratet skal saman utvikle ein rettleiar.',
      '',
      'Status',
      '',
      'Byrja – i rute.',
      '',
      'Ansvarleg: Kunnskapsdepartementet og Barne- og familiedepartementet',
      '',
      'Tiltak 4: Betre oppfølging av gravide',
      '',
      'Tiltak',
      '',
      'Helsedirektoratet skal vurdere nye tilrådingar.',
      '',
      'Status',
      '',
      'Forsinka.',
      '',
      'Ansvarleg: Helse- og omsorgsdepartementet',
    ].join('\n');
    const b = buildDocumentBatch({ fileName: 'nynorsk.txt', text });
    const measures = b.batch.nodes.filter((n) => n.label === 'Measure');
    expect(measures.map((m) => [m.props.number, m.props.status, m.props.statusText])).toEqual([
      ['3', 'ON_TRACK', 'Byrja – i rute.'],
      ['4', 'DELAYED', 'Forsinka.'],
    ]);
    const resp = b.batch.edges.filter((e) => e.type === 'RESPONSIBLE_FOR').map((e) => `${e.source}→${e.target.split(':').at(-1)}`);
    expect(resp.sort()).toEqual(['actor:bfd→3', 'actor:hod→4', 'actor:kd→3']);
    expect(b.batch.edges.some((e) => e.type === 'COORDINATES_WITH' && e.props.kind === 'JOINT_WORK')).toBe(true);
  });
});
