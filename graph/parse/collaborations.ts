/**
 * Reads collaborations and projects (initiatives) and who takes part in or
 * leads them. Every participant and lead points at the sentence that says so.
 *
 * Which initiative a sentence speaks of is tracked as the text runs:
 * - a curated initiative name (gazetteer/initiatives) *introduces* it when it
 *   stands in a heading, opens a sentence, is emphasised («…», **…**), or
 *   carries its abbreviation in brackets ("Bedre tverrsektorielt samarbeid (BTS)");
 * - a heading that introduces nothing falls back to the document's own
 *   initiative (a project page's title) or to none;
 * - a name after "bygger videre på" / "Videreføring av" is a predecessor
 *   (buildsOn), after "støtter opp" / "del av" a parent (partOf); in a heading
 *   it applies to the next initiative introduced;
 * - a strong participant list ("Et prosjekt mellom …") with no initiative in
 *   view names one after the heading above it.
 * The wordings themselves are read by collaboration-cues.ts.
 */
import type { DocumentId } from '../model/index.ts';
import { findInitiativeMentions, resolveInitiativeName, type InitiativeNameMatch } from '../gazetteer/index.ts';
import { nameUse, readLead, readOwner, readParticipants, readPeriod, readPeriodAfterName, type InitiativePeriod } from './collaboration-cues.ts';
import { firstMeaningfulLine, guessGenre } from './document-meta.ts';
import { issueAt } from './issues.ts';
import { parseMeasureBlocks, type Provenance } from './measure-blocks.ts';
import { readCueCollaborations, type CueInitiative } from './collaboration-reader.ts';
import { structureOf } from './structure/index.ts';
import { splitSentences } from './sentences.ts';
import { insideAny, quotedSpans, splitParagraphs, textSpan, type Paragraph } from './text-layout.ts';
import type { ActorMention, ParseIssue, ParseResult, ParseSource, Span, TextSpan } from './types.ts';

/** A body taking part, with the sentence that says so. */
export interface Participation {
  actor: ActorMention;
  evidence: Span;
}

/** A body leading or coordinating, with the sentence that says so. */
export interface Leadership extends Participation {
  role: 'leads' | 'coordinates';
}

/** One initiative as one document states it. `start`/`end` are the span that introduces it. */
export interface ParsedInitiative extends Span {
  documentId: DocumentId;
  /** Curated initiative key, or null for an initiative named only by this document. */
  key: string | null;
  name: string;
  nameSpan: Span;
  description?: TextSpan;
  period?: InitiativePeriod;
  participants: Participation[];
  lead: Leadership | null;
  /** The initiative this one continues or builds on (by name). */
  buildsOn?: string;
  buildsOnEvidence?: Span;
  /** The initiative this one supports or belongs to (by name). */
  partOf?: string;
  partOfEvidence?: Span;
  /** Who commissioned or funded it ("på oppdrag fra", "tilskudd fra"): never a participant. */
  commissioners?: Participation[];
  /** How it was found; absent for curated initiative names. */
  provenance?: Provenance;
}

/** A short paragraph without closing punctuation or bullets: a heading or a slide title. */
function isHeading(p: Paragraph): boolean {
  return (
    p.text.length <= 100 &&
    p.lines.length <= 3 &&
    p.text.split(/\s+/u).length <= 14 &&
    !/[.,;:!]$/u.test(p.text) &&
    !/[.!?]\s+\p{Lu}/u.test(p.text) &&
    !/^\s*[-•*]\s/u.test(p.text) &&
    !p.text.includes('\t')
  );
}

const MEASURE_HEADING = /^Tiltak\s*\d/u;
const actorIdOf = (a: ActorMention) => a.key ?? `name:${a.name.toLowerCase()}`;

interface Draft extends ParsedInitiative {
  order: number;
  /** Named as a subject (heading, sentence opening, emphasis), not only in passing. */
  introduced: boolean;
}

/** The initiatives of one document, built up sentence by sentence. */
class Drafts {
  private readonly byId = new Map<string, Draft>();
  constructor(private readonly documentId: DocumentId) {}

  get(key: string | null, name: string, nameSpan: Span): Draft {
    const id = key ?? `name:${name.toLowerCase()}`;
    let d = this.byId.get(id);
    if (!d) {
      d = { documentId: this.documentId, key, name, nameSpan, ...nameSpan, participants: [], lead: null, order: this.byId.size, introduced: false };
      this.byId.set(id, d);
    }
    return d;
  }

  of(m: InitiativeNameMatch): Draft {
    return this.get(m.entry.key, m.entry.name, { start: m.start, end: m.end });
  }

  /** Drafts with something to say, in the order they were first named. */
  results(): ParsedInitiative[] {
    return [...this.byId.values()]
      .filter((d) => d.introduced || d.participants.length || d.lead || d.period || d.buildsOn || d.partOf)
      .sort((a, b) => a.order - b.order)
      .map(({ order: _order, introduced: _introduced, ...rest }) => rest);
  }
}

function addParticipants(target: Draft, actors: readonly ActorMention[], evidence: Span): void {
  for (const actor of actors) {
    if (!target.participants.some((p) => actorIdOf(p.actor) === actorIdOf(actor))) target.participants.push({ actor, evidence });
  }
}

function setLead(target: Draft, actor: ActorMention, evidence: Span, role: Leadership['role']): void {
  if (!target.lead) target.lead = { actor, evidence, role };
}

/** Every initiative a document states, with participants, lead, period and lineage. */
export function parseCollaborations(text: string, source: ParseSource): ParseResult<ParsedInitiative> {
  const issues: ParseIssue[] = [];
  const drafts = new Drafts(source.documentId);
  const quoted = quotedSpans(text);
  const paragraphs = splitParagraphs(text);
  const mentions = findInitiativeMentions(text);

  // A project page is about the initiative in its title.
  let docDefault: Draft | null = null;
  const titleSpan = firstMeaningfulLine(text);
  if (titleSpan && guessGenre(text, parseMeasureBlocks(text, source).items.length) === 'project-page') {
    const title = text.slice(titleSpan.start, titleSpan.end);
    const curated = resolveInitiativeName(title);
    docDefault = drafts.get(curated?.key ?? null, curated?.name ?? title, titleSpan);
    docDefault.introduced = true;
    const firstBody = paragraphs.find((p) => p.start > titleSpan.end && !isHeading(p));
    if (firstBody) docDefault.description = textSpan(text, firstBody.start, firstBody.end);
  }

  let current: Draft | null = docDefault;
  let pendingBuildsOn: { name: string; evidence: Span } | null = null;
  let lastHeading: TextSpan | null = null;

  /** The initiative facts attach to; a strong participant list may name one after the heading above. */
  const targetFor = (namesInitiative: boolean): Draft | null => {
    if (current || !namesInitiative || !lastHeading) return current;
    const curated = resolveInitiativeName(lastHeading.text);
    current = drafts.get(curated?.key ?? null, curated?.name ?? lastHeading.text.replace(/\s+/gu, ' '), lastHeading);
    current.introduced = true;
    return current;
  };

  for (const p of paragraphs) {
    const heading = isHeading(p);
    if (heading) {
      pendingBuildsOn = null;
      current = docDefault;
      if (!MEASURE_HEADING.test(p.text)) lastHeading = { start: p.start, end: p.end, text: p.text };
    }
    const units: TextSpan[] = heading ? [{ start: p.start, end: p.end, text: p.text }] : splitSentences(text, p.start, p.end);
    for (const unit of units) {
      const evidence: Span = { start: unit.start, end: unit.end };

      // Names of initiatives: ownership, period, lineage, and which one the sentence is about.
      let introduced = false;
      for (const m of mentions.filter((x) => x.start >= unit.start && x.end <= unit.end)) {
        const draft = drafts.of(m);
        const owner = readOwner(text, m, unit.end);
        if (owner) setLead(draft, owner.actor, evidence, 'leads');
        const period = readPeriodAfterName(text, m, unit.end);
        if (period && !draft.period) draft.period = period;

        const use = nameUse(text, unit, m, heading, owner?.bracket ?? false);
        if (use === 'builds-on' || use === 'part-of') {
          if (current && current !== draft) {
            if (use === 'part-of' && !current.partOf) Object.assign(current, { partOf: draft.name, partOfEvidence: evidence });
            if (use === 'builds-on' && !current.buildsOn) Object.assign(current, { buildsOn: draft.name, buildsOnEvidence: evidence });
          } else if (use === 'builds-on') {
            pendingBuildsOn = { name: draft.name, evidence };
          }
        } else if (use === 'introduces' && !introduced) {
          introduced = true;
          current = draft;
          if (!draft.introduced) Object.assign(draft, { introduced: true, nameSpan: { start: m.start, end: m.end }, start: m.start, end: m.end });
          if (pendingBuildsOn && !draft.buildsOn && pendingBuildsOn.name !== draft.name) {
            Object.assign(draft, { buildsOn: pendingBuildsOn.name, buildsOnEvidence: pendingBuildsOn.evidence });
          }
          pendingBuildsOn = null;
          if (!heading && !draft.description) draft.description = { ...unit };
        }
      }
      // Quoted passages are titles and citations, not statements about who works with whom.
      if (insideAny(quoted, unit.start)) continue;

      for (const list of readParticipants(text, unit)) {
        const target = targetFor(list.namesInitiative);
        if (!target) {
          if (list.namesInitiative) issues.push(issueAt(text, source, evidence, 'Participants are listed, but no initiative is named before them'));
          continue;
        }
        if (!list.actors.length) issues.push(issueAt(text, source, evidence, `A participant list for "${target.name}" names no body`));
        addParticipants(target, list.actors, evidence);
      }

      const lead = current ? readLead(text, unit) : null;
      if (current && lead?.actor) setLead(current, lead.actor, evidence, lead.role);
      else if (current && lead) issues.push(issueAt(text, source, evidence, `"${current.name}" is led by someone who is not a known body`, 'info'));

      const period = current && !current.period ? readPeriod(text, unit) : null;
      if (current && period) current.period = period;
    }
  }
  return { items: mergeCueCollaborations(drafts.results(), readCueCollaborations(structureOf(text), source.documentId)), issues };
}

/**
 * Adds the collaborations read by cues (collaboration-reader.ts) to those read
 * by curated names. One stated in the same sentences as a named one is that
 * one; one with the same name gains the other's members.
 */
function mergeCueCollaborations(named: ParsedInitiative[], cued: readonly CueInitiative[]): ParsedInitiative[] {
  const out = [...named];
  const usedEvidence = new Set(named.flatMap((i) => [...i.participants.map((p) => p.evidence.start), ...(i.lead ? [i.lead.evidence.start] : [])]));
  for (const c of cued) {
    const sameName = out.find((i) => i.name.toLowerCase() === c.name.toLowerCase());
    const restated = [...c.participants.map((p) => p.evidence.start), ...(c.lead ? [c.lead.evidence.start] : [])].every((s) => usedEvidence.has(s));
    if (restated && !sameName) continue;
    if (sameName) {
      for (const p of c.participants) if (!sameName.participants.some((x) => actorIdOf(x.actor) === actorIdOf(p.actor))) sameName.participants.push(p);
      if (!sameName.lead && c.lead) sameName.lead = c.lead;
      sameName.commissioners = [...(sameName.commissioners ?? []), ...c.commissioners];
      continue;
    }
    out.push({
      documentId: c.documentId,
      key: null,
      name: c.name,
      nameSpan: c.nameSpan,
      start: c.nameSpan.start,
      end: c.nameSpan.end,
      participants: c.participants,
      lead: c.lead,
      commissioners: c.commissioners,
      provenance: c.provenance,
      ...(c.partOf && c.partOfEvidence ? { partOf: c.partOf, partOfEvidence: c.partOfEvidence } : {}),
    });
  }
  return out;
}
