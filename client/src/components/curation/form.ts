/**
 * The curation forms' pure parts: what a form's fields make as a correction,
 * and whether it may be sent. Tested without React.
 */
import type { ActorKind, CoordinationKind } from '../../api/types.ts';
import type { CorrectionInput } from './api.ts';

export type CorrectAction = 'reject' | 'merge' | 'edit';

export interface CorrectForm {
  action: CorrectAction;
  why: string;
  /** merge: the actor the selected one is merged into. */
  other: string | null;
  /** edit: new values; empty leaves as is. */
  name: string;
  kind: ActorKind | '';
  level: string;
  sectors: string[];
}

export const emptyCorrectForm = (): CorrectForm => ({ action: 'reject', why: '', other: null, name: '', kind: '', level: '', sectors: [] });

/** The correction a "Rett opp" form makes for the selected fact, or null while it is incomplete. */
export function correctionFromForm(target: string, f: CorrectForm, author?: string): CorrectionInput | null {
  const why = f.why.trim();
  if (!why) return null;
  const who = author?.trim() ? { author: author.trim() } : {};
  switch (f.action) {
    case 'reject':
      return { op: 'reject', id: target, why, ...who };
    case 'merge':
      return f.other && f.other !== target ? { op: 'merge', into: f.other, from: target, why, ...who } : null;
    case 'edit': {
      const set: Extract<CorrectionInput, { op: 'set' }> = { op: 'set', id: target, why, ...who };
      if (f.name.trim()) set.name = f.name.trim();
      if (f.kind) set.kind = f.kind;
      if (f.level) set.level = f.level;
      if (f.sectors.length) set.sectors = f.sectors;
      return Object.keys(set).length > 3 + (author?.trim() ? 1 : 0) ? set : null;
    }
  }
}

export interface LinkForm {
  source: string | null;
  target: string | null;
  kind: CoordinationKind | '';
  quote: string;
  why: string;
}

/** The correction "Legg til kobling" makes, or null while it is incomplete. */
export function linkFromForm(f: LinkForm, author?: string): CorrectionInput | null {
  if (!f.source || !f.target || f.source === f.target || !f.quote.trim() || !f.why.trim()) return null;
  return { op: 'add', type: 'COORDINATES_WITH', kind: f.kind || 'JOINT_WORK', source: f.source, target: f.target, quote: f.quote, why: f.why.trim(), ...(author?.trim() ? { author: author.trim() } : {}) };
}

/** The corrections that changed a selected fact: by id, or a coordination pair (coord:a|b) by its two actors. */
export function correctionsOf<T extends { touched: string[]; status: string }>(rows: readonly T[], id: string): T[] {
  const pair = /^coord:(.+)\|(.+)$/.exec(id);
  return rows.filter(
    (r) =>
      r.status === 'applied' &&
      r.touched.some((t) => t === id || (pair && t.includes('[COORDINATES_WITH') && t.startsWith(`${pair[1]}-[`) && t.endsWith(`]->${pair[2]}`))),
  );
}
