/**
 * Measures from tables whose header names measures and who is responsible
 * or how far they have come: "Nr │ Tiltak │ Ansvarlig departement",
 * "Tiltak │ Ansvar │ Frist │ Status", in any column order, delimited or
 * flattened to one cell per line (see structure/tables.ts). A row without a
 * number column takes a number written before its title ("3.2 …"), or else
 * its position in the table.
 */
import { dedupeMentions, findBodyMentions } from './actor-mentions.ts';
import { issueAt } from './issues.ts';
import type { ParsedMeasure } from './measure-blocks.ts';
import { parseResponsibleList } from './responsible.ts';
import { isServiceInPassing } from './recognise/index.ts';
import { recogniseStatus } from './status.ts';
import type { DocumentStructure, FieldLabel, TableBlock } from './structure/index.ts';
import type { ParseIssue, ParseSource, TextSpan } from './types.ts';

const LEADING_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*[a-zæøå]?)[.)]?\s+(?=\S)/u;

function column(table: TableBlock, label: FieldLabel): number {
  return table.columns.indexOf(label);
}

/** The measures in the document's tables. */
export function parseMeasureTables(structure: DocumentStructure, source: ParseSource, issues: ParseIssue[]): ParsedMeasure[] {
  const { text } = structure;
  const out: ParsedMeasure[] = [];
  for (const table of structure.blocks) {
    if (table.kind !== 'table' || !table.header) continue;
    const cNumber = column(table, 'number');
    const cTitle = column(table, 'measure');
    const cResponsible = column(table, 'responsible');
    const cCo = column(table, 'co-responsible');
    const cStatus = column(table, 'status');
    if (cTitle < 0 || (cResponsible < 0 && cStatus < 0)) continue;
    table.rows.forEach((row, r) => {
      const titleCell = row.cells[cTitle];
      if (!titleCell) return;
      let number: string | null = cNumber >= 0 ? (row.cells[cNumber]?.text.replace(/[.)]$/u, '') ?? null) : null;
      let title: TextSpan = titleCell;
      let rule = cNumber >= 0 ? 'table-number-column' : 'table-row';
      if (!number) {
        const lead = LEADING_NUMBER.exec(titleCell.text);
        if (lead) {
          number = lead[1];
          title = { start: titleCell.start + lead[0].length, end: titleCell.end, text: titleCell.text.slice(lead[0].length) };
          rule = 'table-number-in-title';
        } else number = String(r + 1);
      }
      const rCell = cResponsible >= 0 ? row.cells[cResponsible] : null;
      const responsible = rCell ? parseResponsibleList(text, rCell.start, rCell.end) : [];
      if (rCell && !responsible.length) issues.push(issueAt(text, source, rCell, `Measure ${number}: the responsible cell "${rCell.text.slice(0, 40)}" names no body`, 'info'));
      const sCell = cStatus >= 0 ? row.cells[cStatus] : null;
      const statusText = sCell?.text || null;
      const coCell = cCo >= 0 ? row.cells[cCo] : null;
      const involved = coCell ? parseResponsibleList(text, coCell.start, coCell.end) : [];
      const mentions = findBodyMentions(text, title.start, title.end).filter((m) => !isServiceInPassing(text, m));
      out.push({
        documentId: source.documentId,
        number,
        title: title.text.replace(/\s+/gu, ' '),
        start: row.start,
        end: row.end,
        heading: { start: row.start, end: row.end },
        titleSpan: { start: title.start, end: title.end },
        description: null,
        statusText,
        statusSpan: sCell && statusText ? { start: sCell.start, end: sCell.end } : null,
        status: recogniseStatus(statusText) ?? 'UNKNOWN',
        progress: null,
        responsibleText: rCell?.text ?? null,
        responsibleSpan: { start: row.start, end: row.end },
        responsible: dedupeMentions(responsible),
        involved: dedupeMentions([...involved, ...mentions], responsible.map((m) => m.key ?? `name:${m.name.toLowerCase()}`)),
        jointWork: [],
        parent: null,
        provenance: { method: 'layout', rule, confidence: rule === 'table-row' ? 0.7 : 0.9 },
      });
    });
  }
  return out;
}
