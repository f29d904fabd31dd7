/**
 * Bodies outside the state hierarchy that the seeds name as actors: the
 * municipalities' association KS and one municipality.
 */
import { defineEntry } from './define-entry.ts';
import type { GazetteerEntry } from './types.ts';

/** Organisations and single municipalities. */
export const OTHER_BODIES: readonly GazetteerEntry[] = [
  defineEntry({
    key: 'ks',
    name: 'Kommunesektorens organisasjon',
    abbreviation: 'KS',
    aliases: ['Kommunesektorens interesse- og arbeidsgiverorganisasjon', 'Kommunenes Sentralforbund'],
    kind: 'ORGANISATION',
    levelKeys: [],
    sectorKeys: ['kommunal'],
  }),
  defineEntry({
    key: 'flekkefjord-kommune',
    name: 'Flekkefjord kommune',
    kind: 'OTHER',
    levelKeys: ['kommune'],
    sectorKeys: [],
  }),
];
