/**
 * Reads numbered measures ("Tiltak 12: …") of government strategy status
 * reports: the title, the "Tiltak" description, the "Status" line and the
 * progress text after it, and the "Ansvarlig"/"Ansvarleg" line with the
 * responsible bodies. Copes with the seeds' slips: "Tiltak15:",
 * "AnsvarligHelsedirektoratet", a "Tiltak " header with trailing spaces, an
 * empty status.
 */
import type { DocumentId, MeasureStatus } from '../model/index.ts';
import { dedupeMentions, findBodyMentions } from './actor-mentions.ts';
import { parseActorList } from './actor-list.ts';
import { issueAt } from './issues.ts';
import { findJointWork, type JointWork } from './joint-work.ts';
import { splitSentences } from './sentences.ts';
import { recogniseStatus } from './status.ts';
import { isBlank, splitLines, textSpan, trimSpan, type Line } from './text-layout.ts';
import type { ActorMention, ParseIssue, ParseResult, ParseSource, Span, TextSpan } from './types.ts';

/** One measure block and what it states. All spans index the parsed text. */
export interface ParsedMeasure extends Span {
  documentId: DocumentId;
  /** As written: "20", "15", "1.1". */
  number: string;
  title: string;
  heading: Span;
  titleSpan: Span;
  /** The "Tiltak" section, exactly as in the source (trimmed). */
  description: TextSpan | null;
  /** The first line of the "Status" section as written, or null when the section is empty. */
  statusText: string | null;
  statusSpan: Span | null;
  status: MeasureStatus;
  /** Paragraphs after the status line, up to the "Ansvarlig" line. */
  progress: TextSpan | null;
  /** The whole "Ansvarlig: …" line. */
  responsibleText: string | null;
  responsibleSpan: Span | null;
  responsible: ActorMention[];
  /** Bodies named in description and progress, other than the responsible ones. */
  involved: ActorMention[];
  jointWork: JointWork[];
}

const HEADING = /^[ \t\u00a0]*Tiltak[ \t\u00a0]*(\d+(?:\.\d+)*)[ \t\u00a0]*(?:[:.]|[-–—](?=[ \t\u00a0]))[ \t\u00a0]*(.*)$/u;
const SECTION_TILTAK = /^[ \t\u00a0]*Tiltak[ \t\u00a0]*:?[\s]*$/u;
const SECTION_STATUS = /^[ \t\u00a0]*Status[ \t\u00a0]*(?::[ \t\u00a0]*(.*\S))?[\s]*$/u;
/** "Ansvarlig: X", "Ansvarleg: X", "AnsvarligHelsedirektoratet"; not "Ansvarlig for …" in prose. */
const RESPONSIBLE = /^[ \t\u00a0]*(Ansvarl(?:ig|eg)e?)(?:[ \t\u00a0]*:[ \t\u00a0]*|(?=\p{Lu})|[ \t\u00a0]+(?=\p{Lu}))(.*)$/u;

/** A status line longer than this without a status word is progress text, not a status. */
const MAX_STATUS_LINE = 80;

type LineKind = 'heading' | 'tiltak' | 'status' | 'responsible' | 'blank' | 'text';

function classify(line: Line): LineKind {
  if (isBlank(line.text)) return 'blank';
  if (HEADING.test(line.text)) return 'heading';
  if (SECTION_TILTAK.test(line.text)) return 'tiltak';
  if (SECTION_STATUS.test(line.text)) return 'status';
  if (RESPONSIBLE.test(line.text)) return 'responsible';
  return 'text';
}

/** The span from the first to the last of `lines`, trimmed, with its text. */
function spanOfLines(text: string, lines: readonly Line[]): TextSpan | null {
  if (!lines.length) return null;
  const t = textSpan(text, lines[0].start, lines[lines.length - 1].end);
  return t.end > t.start ? t : null;
}

/** The measures of a status report, and issues for headings and blocks it could not read. */
export function parseMeasureBlocks(text: string, source: ParseSource): ParseResult<ParsedMeasure> {
  const lines = splitLines(text);
  const kinds = lines.map(classify);
  const headings = lines.filter((_, i) => kinds[i] === 'heading');
  const items: ParsedMeasure[] = [];
  const issues: ParseIssue[] = [];

  headings.forEach((heading, h) => {
    const next = headings[h + 1];
    const body = lines.slice(heading.index + 1, next ? next.index : lines.length);
    const bodyKinds = body.map((l) => kinds[l.index]);
    const match = HEADING.exec(heading.text)!;
    const number = match[1];
    const headingSpan = trimSpan(text, heading.start, heading.end);

    if (!bodyKinds.some((k) => k === 'tiltak' || k === 'status' || k === 'responsible')) {
      issues.push(
        issueAt(text, source, headingSpan, `"Tiltak ${number}" has no Tiltak, Status or Ansvarlig section; not read as a measure`, 'info'),
      );
      return;
    }

    const titleStart = heading.start + match[0].length - match[2].length;
    const titleSpan = trimSpan(text, titleStart, heading.end);
    const title = text.slice(titleSpan.start, titleSpan.end);
    if (!title) issues.push(issueAt(text, source, headingSpan, `Measure ${number} has no title`));

    const pre: Line[] = [];
    const description: Line[] = [];
    const statusLines: Line[] = [];
    const after: Line[] = [];
    let inlineStatus: TextSpan | null = null;
    let responsibleLine: Line | null = null;
    let section: 'pre' | 'tiltak' | 'status' | 'after' = 'pre';
    for (const [i, line] of body.entries()) {
      const kind = bodyKinds[i];
      if (kind === 'tiltak') section = 'tiltak';
      else if (kind === 'status') {
        section = 'status';
        const inline = SECTION_STATUS.exec(line.text)?.[1];
        if (inline) {
          const at = line.start + line.text.lastIndexOf(inline);
          inlineStatus = textSpan(text, at, at + inline.length);
        }
      } else if (kind === 'responsible') {
        if (responsibleLine) issues.push(issueAt(text, source, line, `Measure ${number} has a second Ansvarlig line; only the first is read`));
        else responsibleLine = line;
        section = 'after';
      } else if (kind === 'text') {
        ({ pre, tiltak: description, status: statusLines, after })[section].push(line);
      }
    }

    const hasTiltakSection = bodyKinds.includes('tiltak');
    if (hasTiltakSection && pre.length) {
      issues.push(issueAt(text, source, pre[0], `Text between the heading and the Tiltak section of measure ${number} is not read`, 'info'));
    }
    const descriptionSpan = spanOfLines(text, hasTiltakSection ? description : pre);

    // The status is the first line of the Status section, unless that line is a paragraph of progress.
    let statusSpan = inlineStatus as TextSpan | null;
    let progressLines = statusLines;
    if (!statusSpan && statusLines.length) {
      const first = textSpan(text, statusLines[0].start, statusLines[0].end);
      if (recogniseStatus(first.text) || first.text.length <= MAX_STATUS_LINE) {
        statusSpan = first;
        progressLines = statusLines.slice(1);
      } else {
        issues.push(issueAt(text, source, first, `Measure ${number}: the Status section opens with text, not a status; read as progress`, 'info'));
      }
    }
    const statusText = statusSpan?.text ?? null;
    const recognised = recogniseStatus(statusText);
    if (statusSpan && !recognised) {
      issues.push(issueAt(text, source, statusSpan, `Measure ${number}: status "${statusText}" is not a known status word`));
    }
    const progress = spanOfLines(text, progressLines);
    if (after.length) {
      issues.push(issueAt(text, source, after[0], `Text after the Ansvarlig line of measure ${number} is not read`, 'info'));
    }

    let responsibleText: string | null = null;
    let responsibleSpan: Span | null = null;
    let responsible: ActorMention[] = [];
    const rLine = responsibleLine as Line | null;
    if (rLine) {
      const r = RESPONSIBLE.exec(rLine.text)!;
      const valueStart = rLine.start + rLine.text.length - r[2].length;
      responsibleSpan = trimSpan(text, rLine.start, rLine.end);
      responsibleText = text.slice(responsibleSpan.start, responsibleSpan.end);
      responsible = dedupeMentions(parseActorList(text, valueStart, rLine.end));
      if (!responsible.length) issues.push(issueAt(text, source, responsibleSpan, `Measure ${number}: the Ansvarlig line names no body`));
    } else {
      issues.push(issueAt(text, source, headingSpan, `Measure ${number} has no Ansvarlig line`));
    }

    const last = [...body].reverse().find((l) => !isBlank(l.text)) ?? heading;
    const block = trimSpan(text, heading.start, last.end);

    const regions = [descriptionSpan, progress].filter((s): s is TextSpan => s !== null);
    const mentions = regions.flatMap((r) => findBodyMentions(text, r.start, r.end));
    const sentences = regions.flatMap((r) => splitSentences(text, r.start, r.end));
    const responsibleKeys = responsible.map((m) => m.key ?? `name:${m.name.toLowerCase()}`);

    items.push({
      documentId: source.documentId,
      number,
      title,
      ...block,
      heading: headingSpan,
      titleSpan,
      description: descriptionSpan,
      statusText,
      statusSpan: statusSpan ? { start: statusSpan.start, end: statusSpan.end } : null,
      status: recognised ?? 'UNKNOWN',
      progress,
      responsibleText,
      responsibleSpan,
      responsible,
      involved: dedupeMentions(mentions, responsibleKeys),
      jointWork: findJointWork(text, sentences, mentions),
    });
  });
  return { items, issues };
}
