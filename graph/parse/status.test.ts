import { describe, expect, it } from 'vitest';
import { normaliseStatus, recogniseStatus } from './index.ts';

describe('normaliseStatus', () => {
  it.each([
    // Bokmål, as in the seeds.
    ['I rute.', 'ON_TRACK'],
    ['Påbegynt.', 'STARTED'],
    ['Pågående.', 'IN_PROGRESS'],
    ['Påbegynt – i rute.', 'ON_TRACK'],
    ['Pågående – i rute.', 'ON_TRACK'],
    ['Forsinket', 'DELAYED'],
    ['Forsinka', 'DELAYED'],
    ['Ferdig', 'COMPLETED'],
    ['Gjennomført.', 'COMPLETED'],
    ['Fullført', 'COMPLETED'],
    ['Avsluttet', 'COMPLETED'],
    ['Ikke påbegynt', 'NOT_STARTED'],
    ['Ikke startet.', 'NOT_STARTED'],
    ['Ikke i rute', 'DELAYED'],
    ['Delvis gjennomført', 'IN_PROGRESS'],
    // Nynorsk.
    ['Byrja', 'STARTED'],
    ['Starta', 'STARTED'],
    ['Byrja – i rute.', 'ON_TRACK'],
    ['Pågåande', 'IN_PROGRESS'],
    ['Forseinka', 'DELAYED'],
    ['Avslutta', 'COMPLETED'],
    ['Ikkje starta', 'NOT_STARTED'],
    ['Ikkje påbyrja', 'NOT_STARTED'],
    // Case, spacing and dashes do not matter.
    ['PÅBEGYNT - I RUTE', 'ON_TRACK'],
    ['  pågående  ', 'IN_PROGRESS'],
    // Precedence: DELAYED > COMPLETED > NOT_STARTED > ON_TRACK > IN_PROGRESS > STARTED.
    ['Påbegynt, men forsinket', 'DELAYED'],
    ['Gjennomført, forsinket', 'DELAYED'],
    ['Pågående – gjennomført', 'COMPLETED'],
    ['Ikke påbegynt – i rute', 'NOT_STARTED'],
    ['Påbegynt og pågående', 'IN_PROGRESS'],
    // Empty or unknown.
    [null, 'UNKNOWN'],
    ['', 'UNKNOWN'],
    ['Se over', 'UNKNOWN'],
    ['Bufdir har ikke arbeidet aktivt med tiltaket', 'UNKNOWN'],
  ] as const)('%j → %s', (text, status) => {
    expect(normaliseStatus(text)).toBe(status);
  });

  it('lets callers tell an unknown status from a known one', () => {
    expect(recogniseStatus('Se over')).toBeNull();
    expect(recogniseStatus(null)).toBeNull();
    expect(recogniseStatus('I rute.')).toBe('ON_TRACK');
  });
});
