/**
 * Bodies outside the state hierarchy that the seeds name as actors: the
 * municipalities' association KS. (Flekkefjord kommune, also in the seeds, is
 * now one of the municipalities built from data/municipalities.ts.)
 */
import { defineEntry } from './define-entry.ts';
import type { GazetteerEntry } from './types.ts';

/** Organisations the seeds name. */
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
];
