/**
 * The app benchmark's section of RESULTS.md, and splicing a marked section
 * into an existing RESULTS.md (so `npm run bench -- --only app` replaces the
 * app's numbers and leaves the other parts' last full-run numbers alone).
 */
import type { AppResult, AppVisitSummary } from './app-bench.ts';
import { num, spread, type Summary } from './stats.ts';

export interface AppBenchResults {
  startedAt: string;
  quick: boolean;
  runs: number;
  paintTimeoutMs: number;
  chromium: string;
  /** `git describe`-like: the commit the app was built from, and whether the tree had changes. */
  commit: string;
  /** The built client's script (client/dist/assets/index-*.js). */
  build: string;
  results: AppResult[];
  /** The machine's 1-minute load average at the start and the end of the part (other work on the machine shows here). */
  loadAverage?: [number, number];
}

/** The issue's targets for the real explorer (issue 14, "Done when"). */
export const APP_TARGETS = { fmpMs: 3000, clickMs: 200, longTaskMs: 200, heapMB: 300 } as const;

const row = (cells: (string | number)[]) => `| ${cells.map(String).join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) => [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');

const cell = (s: Summary, unit = '') => (s.n === 0 ? '–' : spread(s, unit));
const paintCell = (v: AppVisitSummary, timeoutMs: number) =>
  v.painted === 0 ? `**not painted in ${num(timeoutMs / 1000)} s**` : `${cell(v.fmpMs)}${v.painted < v.runs ? ` (${v.painted} of ${v.runs} painted)` : ''}`;

/** The worst median over a set of cases, and which case it is. */
function worst(rows: AppResult[], pick: (r: AppResult) => Summary): { value: number; where: string } | null {
  let out: { value: number; where: string } | null = null;
  for (const r of rows) {
    const s = pick(r);
    if (s.n === 0) continue;
    if (!out || s.median > out.value) out = { value: s.median, where: `${r.viewName}, ${r.width}×${r.height}` };
  }
  return out;
}

interface AppTarget {
  what: string;
  target: string;
  measured: string;
  met: boolean;
}

function targetsFor(corpus: string, rows: AppResult[], timeoutMs: number): AppTarget[] {
  const unpainted = rows.filter((r) => r.cold.painted === 0).map((r) => `${r.viewName} ${r.width}×${r.height}`);
  const fmp = worst(rows, (r) => r.cold.fmpMs);
  const fmpWarm = worst(rows, (r) => r.warm.fmpMs);
  const click = worst(rows, (r) => r.cold.clickMs);
  const clickMissing = rows.filter((r) => r.cold.painted > 0 && r.cold.clickMs.n === 0).map((r) => `${r.viewName} ${r.width}×${r.height}`);
  const longest = worst(rows, (r) => r.cold.longestAfterPaintMs);
  const heap = worst(rows, (r) => r.cold.heapMB);
  const orNone = (x: { value: number; where: string } | null, unit: string) => (x ? `worst median ${num(x.value)}${unit} (${x.where})` : 'nothing measured');
  const notPainted = !unpainted.length
    ? ''
    : unpainted.length === rows.length
      ? `; no view painted within ${num(timeoutMs / 1000)} s, at either size`
      : `; not painted within ${num(timeoutMs / 1000)} s: ${unpainted.join(', ')}`;
  return [
    {
      what: `${corpus}: first meaningful paint, every view, both screen sizes, cold`,
      target: `< ${APP_TARGETS.fmpMs / 1000} s`,
      measured: `${orNone(fmp, ' ms')}; warm ${orNone(fmpWarm, ' ms')}${notPainted}`,
      met: !unpainted.length && !!fmp && fmp.value < APP_TARGETS.fmpMs,
    },
    {
      what: `${corpus}: click on a node → details panel`,
      target: `< ${APP_TARGETS.clickMs} ms`,
      measured: `${orNone(click, ' ms')}${clickMissing.length ? `; no details panel: ${clickMissing.join(', ')}` : ''}${notPainted}`,
      met: !unpainted.length && !clickMissing.length && !!click && click.value < APP_TARGETS.clickMs,
    },
    {
      what: `${corpus}: longest main-thread task after the first paint`,
      target: `≤ ${APP_TARGETS.longTaskMs} ms`,
      measured: `${orNone(longest, ' ms')}${notPainted}`,
      met: !unpainted.length && !!longest && longest.value <= APP_TARGETS.longTaskMs,
    },
    {
      what: `${corpus}: the tab's JS heap after the interactions (before GC)`,
      target: `< ${APP_TARGETS.heapMB} MB`,
      measured: `${orNone(heap, ' MB')}${notPainted}`,
      met: !unpainted.length && !!heap && heap.value < APP_TARGETS.heapMB,
    },
  ];
}

export const APP_SECTION_START = '<!-- bench:app -->';
export const APP_SECTION_END = '<!-- /bench:app -->';

/** The app benchmark's section, between its markers. */
export function renderAppSection(a: AppBenchResults): string {
  const lines: string[] = [APP_SECTION_START, '## Explorer: the real app', ''];
  lines.push(
    `Measured by \`npm run bench${a.quick ? ' -- --quick' : ''}\` (\`--only app\` runs this part alone) on ${a.startedAt}, from commit ${a.commit}, client build \`${a.build}\`. ` +
      `\`server/main.ts\` (the \`npm start\` server, embedded store from the corpus's snapshot, NODE_ENV=production) serves the built explorer (client/dist) and the API; headless Chromium ${a.chromium} (--disable-gpu, no GPU on this machine) opens \`/?v=<view>\`. ` +
      `Each run starts a fresh server and a fresh browser: **cold** is the first visit, in a fresh browser, to a server that has started, i.e. made its graph version (read model, layouts, analytics: the bench waits for the server's log line; how long that took is in the notes), with no answer cached, **warm** a second visit to the same address in the same browser. ${a.runs} run${a.runs === 1 ? '' : 's'} per case; medians with the spread (min–max) when there is more than one. ` +
      (a.loadAverage
        ? `The machine's load average was ${num(a.loadAverage[0])} at the start and ${num(a.loadAverage[1])} at the end (${a.loadAverage[1] > 3 || a.loadAverage[0] > 3 ? '**taken under load**: other work shared the cores, so the times are longer and noisier than on an idle machine' : 'an otherwise idle machine'}). `
        : '') +
      `A case that does not paint within ${num(a.paintTimeoutMs / 1000)} s is given up (the browser is closed) and gets no further runs. How each number is taken is in scripts/bench/README.md (app-bench.ts, app-probe.ts).`,
    '',
    '- **first paint**: first meaningful paint, from navigation start to the first frame in which the view\'s nodes are drawn with labels (Cytoscape has rendered since its last change of elements, positions or viewport) and the status line shows their count (not `aria-busy`).',
    '- **click → details**: a real mouse click on the largest clickable node on screen (a body, measure or initiative before a group of an aggregated map), to the first frame with the details panel\'s title filled in; **→ facts**, to the first frame in which the panel has its facts from the API (no longer `aria-busy`).',
    '- **filter → repaint**: a click on the first filter in the sidebar, to the first frame in which the status line has changed and Cytoscape has rendered.',
    '- **longest task**: the longest main-thread task (PerformanceObserver, `longtask`) from the first paint to 1.5 s after the last interaction; before the paint, for information.',
    '- **heap**: CDP JSHeapUsedSize after the interactions, as the tab has it, and after a forced GC.',
    '',
  );
  const corpora = [...new Set(a.results.map((r) => r.corpus))];
  const targets = corpora.flatMap((c) => targetsFor(c, a.results.filter((r) => r.corpus === c), a.paintTimeoutMs));
  lines.push('### Targets (issue 14)', '', table(['what', 'target', 'measured', 'met'], targets.map((t) => [t.what, t.target, t.measured, t.met ? 'yes' : '**no**'])), '');
  for (const c of corpora) {
    const rows = a.results.filter((r) => r.corpus === c);
    lines.push(
      `### ${c}`,
      '',
      table(
        ['view', 'screen', 'nodes + edges drawn', 'first paint cold ms', 'first paint warm ms', 'click → details ms', 'click → facts ms', 'filter → repaint ms', 'longest task after paint ms', 'longest task before paint ms', 'heap MB', 'heap after GC MB'],
        rows.map((r) => [
          r.viewName,
          `${r.width}×${r.height}`,
          r.cold.painted || r.warm.painted ? `${r.nodes} + ${r.edges}` : '–',
          paintCell(r.cold, a.paintTimeoutMs),
          r.cold.painted === 0 ? '–' : paintCell(r.warm, a.paintTimeoutMs),
          cell(r.cold.clickMs),
          cell(r.cold.clickFullMs),
          cell(r.cold.filterMs),
          cell(r.cold.longestAfterPaintMs),
          cell(r.cold.longestBeforePaintMs),
          cell(r.cold.heapMB),
          cell(r.cold.heapAfterGcMB),
        ]),
      ),
      '',
    );
    const notes = rows.filter((r) => r.notes.length);
    if (notes.length) {
      lines.push(...notes.map((r) => `- ${r.viewName}, ${r.width}×${r.height}: ${r.notes.join('; ')}.`), '');
    }
    lines.push('Click, filter, long-task and heap columns are from the cold visits; the warm visits are in scripts/bench/out/results.json.', '');
  }
  lines.push(APP_SECTION_END);
  return lines.join('\n');
}

/** `text` with the section between `start` and `end` replaced by `section` (markers included), or with it inserted before `before` (a heading) or at the end. */
export function spliceSection(text: string, start: string, end: string, section: string, before?: string): string {
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i >= 0 && j > i) return text.slice(0, i) + section + text.slice(j + end.length);
  const k = before ? text.indexOf(before) : -1;
  if (k >= 0) return `${text.slice(0, k)}${section}\n\n${text.slice(k)}`;
  return `${text.trimEnd()}\n\n${section}\n`;
}

/** The marked section of `text`, markers included, or null. */
export function extractSection(text: string, start: string, end: string): string | null {
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  return i >= 0 && j > i ? text.slice(i, j + end.length) : null;
}
