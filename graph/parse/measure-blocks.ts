/**
 * Reads numbered measures (tiltak) from a document's structure, in the
 * layouts of Norwegian strategy and action-plan documents:
 * - "Tiltak 12: <title>" blocks with "Tiltak" / "Status" / "Ansvarlig" sections;
 * - numbered lists, "1. <title>" or "1) <title>", two or three to a line in PDF text;
 * - lettered sub-measures "a) <title>" under a numbered measure (numbered "1a"),
 *   and "29c" written out;
 * - tables of measures (see measure-tables.ts).
 * Responsibility comes from a labelled line ("Ansvarlig:", "Ansvar:",
 * "Ansvarleg departement:"), a trailing parenthesis after the title
 * ("(ASD og SD)"), or a transfer ("Ansvaret er overført fra KD til HOD").
 * Status comes from a label ("Status" with its text below or after a colon)
 * or from a paragraph that opens by saying so ("Tiltaket regnes som fullført.").
 * A numbered list counts as measures only when its items carry measure
 * sections, or the list stands under text about measures (tiltak); other
 * numbered lists are left alone.
 */
import type { DocumentId, MeasureStatus } from '../model/index.ts';
import { dedupeMentions, findBodyMentions } from './actor-mentions.ts';
import { parseResponsibleList, readTitleResponsible } from './responsible.ts';
import { isServiceInPassing } from './recognise/index.ts';
import { issueAt } from './issues.ts';
import { findJointWork, type JointWork } from './joint-work.ts';
import { parseMeasureTables } from './measure-tables.ts';
import { splitSentences } from './sentences.ts';
import { recogniseStatus } from './status.ts';
import { structureOf, type Block, type DocumentStructure, type ItemBlock } from './structure/index.ts';
import { textSpan } from './text-layout.ts';
import type { ActorMention, ParseIssue, ParseResult, ParseSource, Span, TextSpan } from './types.ts';

/** How a fact was found, and how sure the loader is of it (0–1). */
export interface Provenance {
  method: 'layout' | 'gazetteer' | 'pattern' | 'fuzzy' | 'cue' | 'inference';
  /** The rule that found it, for the review report: "measure-heading", "numbered-list", "table" … */
  rule: string;
  confidence: number;
}

/** One measure and what it states. All spans index the parsed text. */
export interface ParsedMeasure extends Span {
  documentId: DocumentId;
  /** As written: "20", "15", "1.1"; sub-measures are the parent's number and the letter: "1a". */
  number: string;
  title: string;
  heading: Span;
  titleSpan: Span;
  /** The "Tiltak" section, exactly as in the source (trimmed). */
  description: TextSpan | null;
  /** The status as written, or null when none is stated. */
  statusText: string | null;
  statusSpan: Span | null;
  status: MeasureStatus;
  /** Paragraphs after the status, up to the "Ansvarlig" line. */
  progress: TextSpan | null;
  /** The whole line or sentence that names the responsible bodies. */
  responsibleText: string | null;
  responsibleSpan: Span | null;
  responsible: ActorMention[];
  /** Bodies named in description and progress, other than the responsible ones. */
  involved: ActorMention[];
  jointWork: JointWork[];
  /** The number of the measure this one is a sub-measure of. */
  parent: string | null;
  provenance: Provenance;
}

/** A status sentence that opens a paragraph: "Tiltaket regnes som fullført.", "Arbeidet er forsinket." */
const STATUS_SENTENCE =
  /^(?:Tiltaket|Tiltaka|Tiltakene|Arbeidet|Prosjektet|Oppdraget|Utredningen|Utgreiinga|Status)\s+(?:(?:er|vert|blir|ble|vart|anses|ansees|vurderes|regnes|reknast|skal\s+anses)\s+(?:som\s+)?(?:nå\s+|no\s+)?)?(?:(?:delvis|ikke|ikkje|ennå\s+ikke|enno\s+ikkje)\s+)?(?:gjennomført|gjennomførd|fullført|fullførd|avsluttet|avslutta|ferdigstilt|ferdig|påbegynt|påbyrja|igangsatt|i\s+rute|forsinket|forsinka|forseinka|startet|starta|i\s+gang|pågående|pågåande|under\s+arbeid)\b/iu;

/** "Ansvar for tiltaket er overført fra KD til HOD", "Ansvaret ble overført fra X til Y". */
const TRANSFER = /(?<![\p{L}])Ansvar(?:et)?\s+(?:for\s+(?:tiltaket|oppfølgingen|arbeidet)\s+)?(?:er|ble|vart|blei|har\s+blitt)\s+overført\s+fra\s+(.+?)\s+til\s+(.+?)\s*(?:[.;]|$)/iu;

/** A status line longer than this without a status word is progress text, not a status. */
const MAX_STATUS_LINE = 80;

/** "Tiltak" in running text: an intro that says a list holds measures. */
const ABOUT_MEASURES = /(?<![\p{L}])(?:tiltak|tiltaka|tiltakene|tiltaksoversikt|tiltaksliste|tiltaksplan)(?![\p{L}])/iu;

type HeadRank = 0 | 1 | 2;

interface Head {
  block: ItemBlock;
  rank: HeadRank;
}

/** Which blocks could start a measure, and at what rank: "Tiltak N" 0, "N." 1, "a)" 2. */
function candidateHeads(blocks: readonly Block[]): Head[] {
  const out: Head[] = [];
  for (const b of blocks) {
    if (b.kind !== 'item') continue;
    if (b.marker.type === 'measure') out.push({ block: b, rank: 0 });
    else if (b.marker.type === 'number' && !b.field) out.push({ block: b, rank: 1 });
    else if (b.marker.type === 'letter' && !b.field) out.push({ block: b, rank: 2 });
  }
  return out;
}

/** What a head's own blocks say: its sections, before any sub-measure. */
interface Sections {
  description: Block[];
  statusBlocks: Block[];
  statusField: Block | null;
  responsibleField: Block | null;
  other: Block[];
  hasSections: boolean;
}

function fieldLabel(b: Block) {
  if (b.kind === 'field') return b.label;
  if (b.kind === 'item' && b.field) return b.field.label;
  return null;
}

function readSections(body: readonly Block[]): Sections {
  const s: Sections = { description: [], statusBlocks: [], statusField: null, responsibleField: null, other: [], hasSections: false };
  let section: 'pre' | 'measure' | 'status' | 'after' = 'pre';
  for (const b of body) {
    const label = fieldLabel(b);
    if (label === 'measure' && (b.kind === 'field' ? b.value === null : false)) {
      section = 'measure';
      s.hasSections = true;
      continue;
    }
    if (label === 'status') {
      s.hasSections = true;
      s.statusField = s.statusField ?? b;
      section = 'status';
      continue;
    }
    if (label === 'responsible') {
      s.hasSections = true;
      if (!s.responsibleField) s.responsibleField = b;
      section = 'after';
      continue;
    }
    // A co-responsible line ("Medansvarlig: …") is no part of the description; it is not read yet.
    if (label === 'co-responsible') continue;
    if (section === 'measure') s.description.push(b);
    else if (section === 'status') s.statusBlocks.push(b);
    else s.other.push(b);
  }
  return s;
}

function spanOfBlocks(text: string, blocks: readonly Block[]): TextSpan | null {
  if (!blocks.length) return null;
  const t = textSpan(text, blocks[0].start, blocks[blocks.length - 1].end);
  return t.end > t.start ? t : null;
}

/** The value of a field block or field item. */
function fieldValue(b: Block): TextSpan | null {
  if (b.kind === 'field') return b.value;
  if (b.kind === 'item' && b.field) return b.field.value;
  return null;
}

/** The first paragraph sentence in `blocks` that states a status. */
function statusSentence(text: string, blocks: readonly Block[]): TextSpan | null {
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
    const first = splitSentences(text, b.start, b.end)[0];
    if (first && first.text.length <= 160 && STATUS_SENTENCE.test(first.text) && recogniseStatus(first.text)) return first;
  }
  return null;
}

/** "Ansvar for tiltaket er overført fra X til Y": Y and the sentence. */
function transferIn(text: string, blocks: readonly Block[]): { to: TextSpan; sentence: TextSpan } | null {
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'heading') continue;
    for (const sentence of splitSentences(text, b.start, b.end)) {
      const m = TRANSFER.exec(sentence.text);
      if (!m) continue;
      const toStart = sentence.start + (m.index ?? 0) + m[0].lastIndexOf(m[2]);
      return { to: { start: toStart, end: toStart + m[2].length, text: m[2] }, sentence };
    }
  }
  return null;
}

/** The title of an item: its first line, less a trailing responsible parenthesis. */
function titleOf(text: string, head: ItemBlock): { title: TextSpan; trailing: ActorMention[]; trailingSpan: Span | null } {
  const body = head.body;
  const nl = body.text.indexOf('\n');
  const firstLine = textSpan(text, body.start, nl === -1 ? body.end : body.start + nl);
  const trailing = readTitleResponsible(text, firstLine);
  if (trailing) return { title: trailing.title, trailing: trailing.actors, trailingSpan: trailing.span };
  return { title: firstLine, trailing: [], trailingSpan: null };
}

/** Whether blocks just before `index` speak of measures ("Oversikt over tiltak", "Status for tiltakene"). */
function introSpeaksOfMeasures(blocks: readonly Block[], index: number): boolean {
  for (let i = index - 1, seen = 0; i >= 0 && seen < 4; i--) {
    const b = blocks[i];
    if (b.kind === 'item') continue;
    seen++;
    if ((b.kind === 'heading' || b.kind === 'paragraph') && ABOUT_MEASURES.test(b.text.slice(0, 400))) return true;
  }
  return false;
}

/** "tiltak 20b" in the text, for lettered sub-measures whose parent number is not written. */
function parentFromCrossReferences(text: string, letters: ReadonlySet<string>): string | null {
  const found = new Set<string>();
  for (const m of text.matchAll(/(?<![\p{L}])tiltak\s+(\d{1,3})([a-zæøå])(?![\p{L}])/giu)) {
    if (letters.has(m[2].toLowerCase())) found.add(m[1]);
  }
  return found.size === 1 ? [...found][0] : null;
}

interface Draft {
  head: Head;
  body: Block[];
  sections: Sections;
  accepted: boolean;
  number: string;
  parent: string | null;
  provenance: Provenance;
}

let lastMeasures: { structure: DocumentStructure; documentId: DocumentId; fileName: string; result: ParseResult<ParsedMeasure> } | null = null;

/** The measures stated in a document's structure (remembered for the last structure read: several readers ask). */
export function parseMeasures(structure: DocumentStructure, source: ParseSource): ParseResult<ParsedMeasure> {
  if (lastMeasures && lastMeasures.structure === structure && lastMeasures.documentId === source.documentId && lastMeasures.fileName === source.fileName) return lastMeasures.result;
  const result = readMeasures(structure, source);
  lastMeasures = { structure, documentId: source.documentId, fileName: source.fileName, result };
  return result;
}

function readMeasures(structure: DocumentStructure, source: ParseSource): ParseResult<ParsedMeasure> {
  const { text, blocks } = structure;
  const issues: ParseIssue[] = [];
  const heads = candidateHeads(blocks);

  // Each head's own body: up to the next head of the same or a higher rank (children excluded from sections).
  const drafts: Draft[] = heads.map((head, h) => {
    let end = blocks.length;
    let ownEnd = blocks.length;
    for (let k = h + 1; k < heads.length; k++) {
      if (ownEnd === blocks.length) ownEnd = heads[k].block.index;
      if (heads[k].rank <= head.rank) {
        end = heads[k].block.index;
        break;
      }
    }
    const body = blocks.slice(head.block.index + 1, Math.min(end, ownEnd));
    const sections = readSections(body);
    return { head, body, sections, accepted: false, number: head.block.marker.value, parent: null, provenance: { method: 'layout', rule: '', confidence: 0 } };
  });

  // A head is a measure when its own blocks say so.
  for (const d of drafts) {
    const own = d.sections.hasSections || titleOf(text, d.head.block).trailing.length > 0 || !!transferIn(text, d.body) || !!statusSentence(text, d.body);
    if (own) d.accepted = true;
  }
  // "Tiltak N" with accepted sub-measures is their parent measure.
  drafts.forEach((d, i) => {
    if (d.head.rank !== 0 || d.accepted) return;
    for (let k = i + 1; k < drafts.length && drafts[k].head.rank > 0; k++) if (drafts[k].accepted) d.accepted = true;
  });
  // Numbered and lettered lists: a run of siblings is measures when most are, or when the text above it speaks of measures.
  for (const rank of [1, 2] as const) {
    let run: Draft[] = [];
    const settle = () => {
      if (!run.length) return;
      const accepted = run.filter((d) => d.accepted).length;
      const intro = introSpeaksOfMeasures(blocks, run[0].head.block.index);
      const titleLike = run.every((d) => d.head.block.body.text.length <= 250);
      if ((accepted * 2 >= run.length && accepted > 0) || (intro && titleLike && rank === 1 && run.length >= 2)) {
        for (const d of run) {
          if (!d.accepted) d.provenance = { method: 'inference', rule: accepted ? 'numbered-list-sibling' : 'numbered-list-under-tiltak', confidence: 0.7 };
          d.accepted = true;
        }
      }
      run = [];
    };
    for (const d of drafts) {
      if (d.head.rank < rank) settle();
      else if (d.head.rank === rank) run.push(d);
    }
    settle();
  }

  // Numbers: sub-measures take their parent's number.
  let parent: Draft | null = null;
  const orphanLetters: Draft[] = [];
  for (const d of drafts) {
    if (!d.accepted) continue;
    const marker = d.head.block.marker;
    if (d.head.rank < 2) parent = d;
    if (d.head.rank === 2 && /^[a-zæøåA-ZÆØÅ]$/u.test(marker.value)) {
      const letter = marker.value.toLowerCase();
      if (parent) {
        d.parent = parent.number;
        d.number = `${parent.number}${letter}`;
      } else orphanLetters.push(d);
    } else if (d.head.rank === 2) {
      d.parent = /^\d+/u.exec(marker.value)?.[0] ?? null;
    }
    if (!d.provenance.rule) {
      d.provenance = {
        method: 'layout',
        rule: d.head.rank === 0 ? 'measure-heading' : d.head.rank === 1 ? 'numbered-list' : 'lettered-sub-measure',
        confidence: d.sections.hasSections ? 0.95 : 0.85,
      };
    }
  }
  if (orphanLetters.length) {
    const inferred = parentFromCrossReferences(text, new Set(orphanLetters.map((d) => d.head.block.marker.value.toLowerCase())));
    for (const d of orphanLetters) {
      const letter = d.head.block.marker.value.toLowerCase();
      if (inferred) {
        d.parent = inferred;
        d.number = `${inferred}${letter}`;
        d.provenance = { method: 'inference', rule: 'sub-measure-number-from-cross-reference', confidence: 0.6 };
      } else {
        d.provenance = { method: 'inference', rule: 'sub-measure-without-parent-number', confidence: 0.4 };
        issues.push(issueAt(text, source, d.head.block.marker, `Sub-measure "${d.head.block.marker.text}" has no parent number; kept as "${letter}"`, 'info'));
      }
    }
  }
  for (const d of drafts) {
    if (!d.accepted && d.head.rank === 0) {
      issues.push(issueAt(text, source, d.head.block, `"${d.head.block.text.slice(0, 40)}" has no Tiltak, Status or Ansvarlig section; not read as a measure`, 'info'));
    }
  }

  const items: ParsedMeasure[] = [];
  const seen = new Set<string>();
  const parents = new Set(drafts.filter((d) => d.accepted && d.parent).map((d) => d.parent));
  for (const d of drafts) {
    if (!d.accepted) continue;
    if (seen.has(d.number)) {
      issues.push(issueAt(text, source, d.head.block, `Measure ${d.number} is stated twice; only the first is read`));
      continue;
    }
    seen.add(d.number);
    items.push(buildMeasure(text, source, d, issues, parents.has(d.number)));
  }
  for (const m of parseMeasureTables(structure, source, issues)) {
    if (seen.has(m.number)) continue;
    seen.add(m.number);
    items.push(m);
  }
  return { items: items.sort((a, b) => a.start - b.start), issues };
}

function buildMeasure(text: string, source: ParseSource, d: Draft, issues: ParseIssue[], isParent: boolean): ParsedMeasure {
  const head = d.head.block;
  const { title, trailing, trailingSpan } = titleOf(text, head);
  const s = d.sections;
  const headingSpan = { start: head.start, end: head.end };
  const number = d.number;

  // Status: labelled (value on the line, or the first short block below the label), else a status sentence.
  let statusSpan: TextSpan | null = null;
  let progressBlocks = s.statusBlocks;
  if (s.statusField) {
    const inline = fieldValue(s.statusField);
    if (inline) statusSpan = inline;
    else {
      // Skip a body's name standing alone above its status (a status per ministry).
      const idx = s.statusBlocks.findIndex((b) => recogniseStatus(b.text) !== null || !isBodyName(text, b));
      if (idx >= 0) {
        const b = s.statusBlocks[idx];
        const firstLine = b.text.split('\n')[0];
        if (recogniseStatus(firstLine) || firstLine.length <= MAX_STATUS_LINE) {
          statusSpan = textSpan(text, b.start, b.start + firstLine.length);
          progressBlocks = s.statusBlocks.slice(idx + 1);
        } else issues.push(issueAt(text, source, b, `Measure ${number}: the Status section opens with text, not a status; read as progress`, 'info'));
      }
    }
  }
  if (!statusSpan) {
    const sentence = statusSentence(text, [...s.other, ...s.statusBlocks, ...s.description]);
    if (sentence) statusSpan = sentence;
  }
  const statusText = statusSpan?.text ?? null;
  const recognised = recogniseStatus(statusText);
  if (statusSpan && !recognised) issues.push(issueAt(text, source, statusSpan, `Measure ${number}: status "${statusText}" is not a known status word`));

  // Responsible: labelled line, trailing parenthesis, or a transfer.
  let responsible: ActorMention[] = [];
  let responsibleSpan: Span | null = null;
  const rField = s.responsibleField;
  const rValue = rField ? fieldValue(rField) : null;
  if (rField && rValue) {
    responsibleSpan = { start: rField.start, end: rField.end };
    responsible = parseResponsibleList(text, rValue.start, rValue.end);
    if (!responsible.length) issues.push(issueAt(text, source, rField, `Measure ${number}: the responsible line names no body`));
  } else if (trailing.length && trailingSpan) {
    responsible = trailing;
    responsibleSpan = headingSpan;
  } else {
    const transfer = transferIn(text, d.body);
    if (transfer) {
      responsible = parseResponsibleList(text, transfer.to.start, transfer.to.end);
      responsibleSpan = { start: transfer.sentence.start, end: transfer.sentence.end };
    }
  }
  if (!responsible.length && !isParent) {
    // A "Tiltak N" block with sections is expected to say who is responsible; a list item often does not.
    if (s.hasSections && !rField) issues.push(issueAt(text, source, headingSpan, `Measure ${number} has no Ansvarlig line`));
    else if (!rField) issues.push(issueAt(text, source, headingSpan, `Measure ${number} names no responsible body`, 'info'));
  }

  const description = spanOfBlocks(text, s.description.length ? s.description : s.other.filter((b) => !statusSpan || b.end <= statusSpan.start || b.start > statusSpan.end));
  const progress = spanOfBlocks(text, progressBlocks);
  const regions = [description, progress].filter((x): x is TextSpan => x !== null);
  const mentions = regions.flatMap((r) => findBodyMentions(text, r.start, r.end)).filter((m) => !isServiceInPassing(text, m));
  const sentences = regions.flatMap((r) => splitSentences(text, r.start, r.end));
  const responsibleKeys = responsible.map((m) => m.key ?? `name:${m.name.toLowerCase()}`);
  const last = d.body.length ? d.body[d.body.length - 1] : head;

  return {
    documentId: source.documentId,
    number,
    title: title.text,
    start: head.start,
    end: Math.max(head.end, last.end),
    heading: headingSpan,
    titleSpan: { start: title.start, end: title.end },
    description,
    statusText,
    statusSpan: statusSpan ? { start: statusSpan.start, end: statusSpan.end } : null,
    status: recognised ?? 'UNKNOWN',
    progress,
    responsibleText: responsibleSpan ? text.slice(responsibleSpan.start, responsibleSpan.end) : null,
    responsibleSpan,
    responsible: dedupeMentions(responsible),
    involved: dedupeMentions(mentions, responsibleKeys),
    jointWork: findJointWork(text, sentences, mentions),
    parent: d.parent,
    provenance: d.provenance,
  };
}

/** A block that is only a body's name ("Arbeids- og sosialdepartementet" above its status). */
function isBodyName(text: string, b: Block): boolean {
  const bodies = findBodyMentions(text, b.start, b.end);
  return bodies.length === 1 && bodies[0].start === b.start && bodies[0].end >= b.end - 1;
}

/** The measures of a text (the structure pass, then `parseMeasures`). */
export function parseMeasureBlocks(text: string, source: ParseSource): ParseResult<ParsedMeasure> {
  return parseMeasures(structureOf(text), source);
}
