/**
 * An HTML tree as text, block by block: headings, paragraphs and list items
 * each on their own lines with a blank line between blocks (so they never run
 * together), a table as tab-delimited rows (one row a line, as the structure
 * pass reads delimited tables), list items marked. Every block's span records
 * its heading path ("Kapittel 2 › Tiltak") as its location. Scripts, styles,
 * forms and hidden elements are skipped; nothing is ever run.
 */
import { TextBuilder } from './source-map.ts';

/** The few DOM members the serialiser needs (linkedom's nodes have them). */
interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?(name: string): string | null;
}

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'CANVAS', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'HEAD', 'TITLE', 'META', 'LINK']);
const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'NAV', 'BLOCKQUOTE', 'PRE', 'ADDRESS', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'UL', 'OL', 'LI', 'TABLE', 'CAPTION', 'HR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BODY', 'HTML', 'DETAILS', 'SUMMARY']);
const HEADING = /^H([1-6])$/u;
export const PATH_SEPARATOR = ' › ';

const collapse = (s: string) => s.replace(/[\s\u00a0]+/gu, ' ');

function isHidden(el: DomNode): boolean {
  if (!el.getAttribute) return false;
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  return /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(el.getAttribute('style') ?? '');
}

/** Inline text of a node, whitespace collapsed, `<br>` as a space. */
function inlineText(node: DomNode): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || SKIP.has(node.nodeName) || isHidden(node)) return '';
  if (node.nodeName === 'BR') return ' ';
  let out = '';
  for (let i = 0; i < node.childNodes.length; i++) out += inlineText(node.childNodes[i]);
  return out;
}

const childElements = (node: DomNode, names: ReadonlySet<string>): DomNode[] => {
  const out: DomNode[] = [];
  for (let i = 0; i < node.childNodes.length; i++) {
    const c = node.childNodes[i];
    if (c.nodeType === 1 && names.has(c.nodeName)) out.push(c);
  }
  return out;
};

/** The rows of a table (thead, tbody, tfoot, or directly), not those of nested tables. */
function tableRows(table: DomNode): DomNode[] {
  const rows: DomNode[] = [];
  for (const part of [table, ...childElements(table, new Set(['THEAD', 'TBODY', 'TFOOT']))]) rows.push(...childElements(part, new Set(['TR'])));
  return rows;
}

/** Serialises a DOM subtree (a body, or Readability's article) to text with a heading-path source map; `title` opens every path. */
export function serialiseBlocks(root: DomNode, format: 'html' | 'docx', title?: string): ReturnType<TextBuilder['build']> {
  const out = new TextBuilder();
  // A page's title heads the path when the article itself has lost its h1 (Readability takes it out as the title).
  const path: { level: number; text: string }[] = title ? [{ level: 1, text: title }] : [];
  const location = () => (path.length ? path.map((h) => h.text).join(PATH_SEPARATOR) : undefined);
  let inline = '';

  const flushInline = (prefix = '') => {
    const text = collapse(inline).trim();
    inline = '';
    if (!text) return;
    out.breakBlock(2);
    if (prefix) out.append(prefix);
    out.append(text, { location: location() });
  };

  const walk = (node: DomNode, listDepth: number): void => {
    if (node.nodeType === 3) {
      inline += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1 || SKIP.has(node.nodeName) || isHidden(node)) return;
    const name = node.nodeName;
    if (name === 'BR') {
      inline += ' ';
      return;
    }
    if (!BLOCK.has(name)) {
      for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i], listDepth);
      return;
    }
    flushInline();
    const h = HEADING.exec(name);
    if (h) {
      const level = Number(h[1]);
      const text = collapse(inlineText(node)).trim();
      if (!text) return;
      while (path.length && path[path.length - 1].level >= level) path.pop();
      path.push({ level, text });
      out.breakBlock(2);
      out.append(text, { location: location() });
      out.breakBlock(2);
      return;
    }
    if (name === 'TABLE') {
      writeTable(node);
      return;
    }
    if (name === 'HR') return;
    if (name === 'LI') {
      const parentOrdered = (node as DomNode & { parentNode?: DomNode }).parentNode?.nodeName === 'OL';
      const index = parentOrdered ? siblingIndex(node) : 0;
      const marker = parentOrdered ? `${index}. ` : '• ';
      // The item's own text first, then its nested blocks (sub-lists) as their own blocks.
      let i = 0;
      for (; i < node.childNodes.length; i++) {
        const c = node.childNodes[i];
        if (c.nodeType === 1 && BLOCK.has(c.nodeName) && c.nodeName !== 'P') break;
        if (c.nodeType === 1 && c.nodeName === 'P') inline += ' ' + inlineText(c) + ' ';
        else walk(c, listDepth);
      }
      flushInline('  '.repeat(listDepth) + marker);
      for (; i < node.childNodes.length; i++) walk(node.childNodes[i], listDepth + 1);
      return;
    }
    for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i], name === 'UL' || name === 'OL' ? listDepth : listDepth);
    flushInline();
  };

  const writeTable = (table: DomNode) => {
    const rows = tableRows(table);
    const caption = childElements(table, new Set(['CAPTION']))[0];
    if (caption) {
      inline = inlineText(caption);
      flushInline();
    }
    // Merged cells (rowspan) are repeated into the rows they cover, so every row has its columns.
    const carried: { text: string; left: number }[] = [];
    let wrote = false;
    for (const tr of rows) {
      const cells = childElements(tr, new Set(['TD', 'TH']));
      const texts: string[] = [];
      let col = 0;
      const take = () => {
        while (carried[col]?.left > 0) {
          texts.push(carried[col].text);
          carried[col].left--;
          col++;
        }
      };
      for (const cell of cells) {
        take();
        const text = collapse(inlineText(cell)).trim();
        const span = Math.max(1, Number(cell.getAttribute?.('colspan') ?? 1) || 1);
        const rowspan = Math.max(1, Number(cell.getAttribute?.('rowspan') ?? 1) || 1);
        for (let k = 0; k < span; k++) {
          texts.push(k === 0 ? text : '');
          if (rowspan > 1) carried[col] = { text: k === 0 ? text : '', left: rowspan - 1 };
          col++;
        }
      }
      take();
      if (texts.every((t) => !t)) continue;
      if (!wrote) out.breakBlock(2);
      else out.breakBlock(1);
      wrote = true;
      texts.forEach((t, k) => {
        if (k > 0) out.append('\t');
        out.append(t, { location: location() });
      });
    }
    if (wrote) out.breakBlock(2);
  };

  walk(root, 0);
  flushInline();
  const built = out.build(format);
  return { text: built.text.replace(/\n+$/u, '') + '\n', sourceMap: built.sourceMap };
}

function siblingIndex(li: DomNode): number {
  const parent = (li as DomNode & { parentNode?: DomNode }).parentNode;
  if (!parent) return 1;
  const start = Number(parent.getAttribute?.('start') ?? 1) || 1;
  const items = childElements(parent, new Set(['LI']));
  return start + items.indexOf(li);
}
