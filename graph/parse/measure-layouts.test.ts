/**
 * Measures in the layouts of real status reports and action plans, each in a
 * few sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { documentId } from '../model/index.ts';
import { parseMeasureBlocks } from './measure-blocks.ts';

const source = { documentId: documentId('layouts.txt'), fileName: 'layouts.txt' };
const read = (text: string) => parseMeasureBlocks(text, source);
const brief = (text: string) =>
  read(text).items.map((m) => ({ number: m.number, title: m.title, status: m.statusText, responsible: m.responsible.map((a) => a.key ?? `?${a.name}`) }));

describe('measures in every layout', () => {
  it('numbered items with a labelled responsible line and a status sentence', () => {
    const text = [
      'Status for tiltakene i handlingsplanen',
      '',
      '1. Bedre veiledning',
      '',
      'Ansvarlig departement: KD',
      '',
      'Veilederen er sendt på høring. Tiltaket regnes som fullført. Mer tekst.',
      '',
      '2. Felles kartlegging',
      '',
      'Ansvar for tiltaket er overført fra KD til HOD.',
      '',
      'Arbeidet er forsinket.',
    ].join('\n');
    expect(brief(text)).toEqual([
      { number: '1', title: 'Bedre veiledning', status: null, responsible: ['kd'] },
      { number: '2', title: 'Felles kartlegging', status: 'Arbeidet er forsinket.', responsible: ['hod'] },
    ]);
  });

  it('a status sentence that opens a paragraph', () => {
    const text = 'Oversikt over tiltak\n\n1. Ny veileder\n\nAnsvarlig: Bufdir\n\nTiltaket regnes som fullført. Det rapporteres ikke mer.';
    expect(brief(text)[0].status).toBe('Tiltaket regnes som fullført.');
  });

  it('responsibility in a trailing parenthesis, several measures on a line', () => {
    const text = 'Oversikt over tiltak\n\n1. Hjelpemidler (ASD)\n\n2. Transport for alle (ASD og KD) 3. Et tiltak uten ansvar\n\n4. Siste tiltak (JD)';
    expect(brief(text)).toEqual([
      { number: '1', title: 'Hjelpemidler', status: null, responsible: ['asd'] },
      { number: '2', title: 'Transport for alle', status: null, responsible: ['asd', 'kd'] },
      { number: '3', title: 'Et tiltak uten ansvar', status: null, responsible: [] },
      { number: '4', title: 'Siste tiltak', status: null, responsible: ['jd'] },
    ]);
  });

  it('lettered sub-measures take the number of the measure above them', () => {
    const text = [
      'Tiltak 7: Kunnskap',
      '',
      'a) Forskning',
      '',
      'Tiltak',
      '',
      'Mer forskning.',
      '',
      'Status',
      '',
      'Pågående – i rute',
      '',
      'Ansvarlig: Barne-, ungdoms- og familiedirektoratet.',
      '',
      'b) Statistikk',
      '',
      'Status ',
      '',
      'Avsluttet.',
    ].join('\n');
    expect(brief(text)).toEqual([
      { number: '7', title: 'Kunnskap', status: null, responsible: [] },
      { number: '7a', title: 'Forskning', status: 'Pågående – i rute', responsible: ['bufdir'] },
      { number: '7b', title: 'Statistikk', status: 'Avsluttet.', responsible: [] },
    ]);
  });

  it('sub-measures without a written parent take it from a cross-reference, as an inference', () => {
    const text = 'Tiltak i staten\n\na) Første\n\nStatus\n\nI rute.\n\nSe også tiltak 12b.\n\nAnsvarlig: KD\n\nb) Andre\n\nStatus\n\nForsinket.';
    const { items } = read(text);
    expect(items.map((m) => [m.number, m.provenance.rule])).toEqual([
      ['12a', 'sub-measure-number-from-cross-reference'],
      ['12b', 'sub-measure-number-from-cross-reference'],
    ]);
    expect(items[0].provenance.confidence).toBeLessThan(0.7);
  });

  it('a status per ministry: the ministry line above the status is skipped', () => {
    const text = 'Tiltak 4: Noe\n\nTiltak\n\nTekst.\n\nStatus\n\n \n\nArbeids- og sosialdepartementet\n\nPågående – i rute.\n\nMer tekst.';
    expect(brief(text)[0].status).toBe('Pågående – i rute.');
  });

  it('a flattened table of measures with a responsible column, a cut-off cell giving no body', () => {
    const text = ['Nr', 'Tiltak', 'Ansvarlig departement', '1', 'Forskningsstrategi', 'Kunnskapsdepartementet', '2', 'Dialog med ungdom', 'B'].join('\n\n');
    expect(brief(text)).toEqual([
      { number: '1', title: 'Forskningsstrategi', status: null, responsible: ['kd'] },
      { number: '2', title: 'Dialog med ungdom', status: null, responsible: [] },
    ]);
  });

  it('a table without a number column, in any column order, with a status column', () => {
    const text = 'Status\tAnsvar\tTiltak\nI rute\tHelsedirektoratet\t3.2 Felles retningslinje\nForsinket\tBufdir\tNy veileder';
    expect(brief(text)).toEqual([
      { number: '3.2', title: 'Felles retningslinje', status: 'I rute', responsible: ['hdir'] },
      { number: '2', title: 'Ny veileder', status: 'Forsinket', responsible: ['bufdir'] },
    ]);
  });

  it('Nynorsk labels and statuses', () => {
    const text = 'Tiltak 2: Betre samarbeid\n\nTiltak\n\nKommunane skal samarbeide betre.\n\nStatus\n\nIkkje starta.\n\nAnsvarleg: Kunnskapsdepartementet';
    expect(read(text).items[0]).toMatchObject({ number: '2', statusText: 'Ikkje starta.', status: 'NOT_STARTED' });
  });

  it('leaves numbered lists that are not measures alone', () => {
    const text = 'Prosjektet består av:\n\n1. Prosjekteier: departementsråd i KD\n2. En styringsgruppe med fire departementer\n3. Et sekretariat';
    expect(read(text).items).toEqual([]);
  });

  it('quotes every span exactly', () => {
    const text = 'Oversikt over tiltak\n\n1. Hjelpemidler (ASD)\n\nTiltak 2: Noe\n\nStatus\n\nI rute.\n\nAnsvarlig: KD';
    for (const m of read(text).items) {
      expect(text.slice(m.titleSpan.start, m.titleSpan.end)).toBe(m.title);
      if (m.statusSpan) expect(text.slice(m.statusSpan.start, m.statusSpan.end)).toBe(m.statusText);
      for (const a of m.responsible) expect(text.slice(a.start, a.end)).toBe(a.text);
    }
  });
});
