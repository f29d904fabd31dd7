/**
 * Full-text search over names, abbreviations, aliases, titles and text, on
 * MiniSearch. Exact hits on a name, abbreviation or alias rank first, so
 * typing "Hdir" finds Helsedirektoratet before any text that mentions it.
 */
import MiniSearch from 'minisearch';
import { nameOf, type NodeView } from './views.ts';

interface Doc {
  id: string;
  name: string;
  abbreviation: string;
  aliases: string;
  text: string;
}

export interface SearchResult {
  id: string;
  score: number;
  snippet: string | null;
}

const norm = (s: string) => s.toLocaleLowerCase('nb').normalize('NFC');

/** A search index over a set of nodes; build once per graph version. */
export class SearchIndex {
  private readonly mini: MiniSearch<Doc>;
  private readonly docs = new Map<string, Doc>();
  private readonly exact = new Map<string, string[]>();
  private readonly pending: Doc[];

  /** The index of `nodes`, built in chunks that let the event loop run between them (a national graph takes seconds). */
  static async build(nodes: readonly NodeView[]): Promise<SearchIndex> {
    const index = new SearchIndex(nodes, false);
    await index.mini.addAllAsync(index.pending.splice(0), { chunkSize: 200 });
    return index;
  }

  constructor(nodes: readonly NodeView[], now = true) {
    this.mini = new MiniSearch<Doc>({
      fields: ['name', 'abbreviation', 'aliases', 'text'],
      storeFields: [],
      processTerm: (term) => norm(term),
      tokenize: (text) => text.split(/[\s,.;:!?()«»"'“”/–—]+/u).filter(Boolean),
      searchOptions: {
        boost: { abbreviation: 4, name: 3, aliases: 3, text: 0.5 },
        prefix: (term) => term.length >= 2,
        fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    const docs: Doc[] = [];
    for (const n of nodes) {
      const doc: Doc = {
        id: n.id,
        name: nameOf(n),
        abbreviation: n.__typename === 'Actor' ? (n.abbreviation ?? '') : n.__typename === 'Measure' ? `Tiltak ${n.number}` : '',
        aliases: n.__typename === 'Actor' ? n.aliases.join(' | ') : '',
        text: n.__typename === 'Measure' ? `${n.text}\n${n.progress ?? ''}` : n.__typename === 'Initiative' ? (n.description ?? '') : '',
      };
      docs.push(doc);
      this.docs.set(n.id, doc);
      for (const key of [doc.name, doc.abbreviation, ...(n.__typename === 'Actor' ? n.aliases : [])]) {
        if (!key) continue;
        const k = norm(key);
        this.exact.set(k, [...(this.exact.get(k) ?? []), n.id]);
      }
    }
    this.pending = docs;
    if (now) this.mini.addAll(this.pending.splice(0));
  }

  /** Best first; exact name/abbreviation/alias hits first of all. */
  search(text: string, limit: number): SearchResult[] {
    const q = text.trim();
    if (!q) return [];
    const exactIds = this.exact.get(norm(q)) ?? [];
    const results = new Map<string, { id: string; score: number }>();
    for (const id of exactIds) results.set(id, { id, score: 1000 });
    for (const r of this.mini.search(q)) {
      if (results.has(r.id as string)) continue;
      results.set(r.id as string, { id: r.id as string, score: Math.round(r.score * 1000) / 1000 });
    }
    // Snippets only for the hits returned: a common word can match thousands of nodes.
    return [...results.values()]
      .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map((r) => ({ ...r, snippet: this.snippet(r.id, q) }));
  }

  private snippet(id: string, q: string): string | null {
    const doc = this.docs.get(id);
    if (!doc) return null;
    const needle = norm(q.split(/\s+/)[0] ?? q);
    for (const field of [doc.name, doc.abbreviation, doc.aliases]) {
      if (field && norm(field).includes(needle)) return field;
    }
    const at = norm(doc.text).indexOf(needle);
    if (at < 0) return doc.name;
    const start = Math.max(0, at - 60);
    const end = Math.min(doc.text.length, at + needle.length + 60);
    return `${start > 0 ? '…' : ''}${doc.text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < doc.text.length ? '…' : ''}`;
  }
}
