/**
 * The adapter between the store and the eval: the only module that knows how
 * the loader writes its facts. It loads a folder through the real loader into a
 * fresh in-process store, as `npm run load` does, and reads back what the
 * store serves, per document:
 * - Measure nodes (props number, title, statusText; document from props.documentId
 *   or the node's evidence) and their RESPONSIBLE_FOR edges from actors;
 * - Actor nodes (props name, abbreviation, aliases) and the documents of their evidence;
 * - Initiative nodes (props name, and aliases if any) with PARTICIPATES_IN and LEADS edges from actors,
 *   taken per document from the edges' evidence.
 */
import { loadDocuments } from '../load/index.ts';
import { documentId } from '../model/index.ts';
import type { GraphEdge, GraphNode, PropValue } from '../model/index.ts';
import { EmbeddedStore, type GraphStore } from '../store/index.ts';

export interface ServedActor {
  id: string;
  name: string;
  abbreviation: string | null;
  aliases: string[];
}

export interface ServedMeasure {
  id: string;
  number: string;
  title: string;
  statusText: string | null;
  /** Actor ids with a RESPONSIBLE_FOR edge to the measure. */
  responsible: string[];
}

export interface ServedInitiative {
  id: string;
  name: string;
  /** Other names of the initiative, when the loader serves them (props.aliases). */
  aliases?: string[];
  /** Actor ids that participate, as stated in this document. */
  participants: string[];
  /** Actor ids that lead or coordinate, as stated in this document. */
  leads: string[];
}

/** What the store serves for one document. */
export interface ServedDocument {
  documentId: string;
  measures: ServedMeasure[];
  /** Ids of actors with evidence in this document. */
  actors: string[];
  initiatives: ServedInitiative[];
}

export interface LoadedFile {
  fileName: string;
  documentId: string;
  ok: boolean;
  error?: string;
}

export interface ServedGraph {
  actors: Map<string, ServedActor>;
  documents: Map<string, ServedDocument>;
  files: LoadedFile[];
}

/** The document id the loader gives a file name (the same helper the loader uses). */
export function documentIdOf(fileName: string): string {
  return documentId(fileName);
}

const str = (v: PropValue | undefined): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const strs = (v: PropValue | undefined): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);
const docsOf = (item: GraphNode | GraphEdge): Set<string> => new Set(item.evidence.map((e) => e.documentId as string));
/** An edge belongs to a document when its evidence is there, or, with no evidence at all, when its node does. */
const edgeIn = (e: GraphEdge, doc: string): boolean => e.evidence.length === 0 || e.evidence.some((x) => x.documentId === doc);

/** Reads the served facts of every document from a store. */
export async function readServed(store: GraphStore, files: LoadedFile[] = []): Promise<ServedGraph> {
  const [actorNodes, measureNodes, initiativeNodes, edges] = await Promise.all([
    store.findNodes({ label: 'Actor' }),
    store.findNodes({ label: 'Measure' }),
    store.findNodes({ label: 'Initiative' }),
    store.findEdges({ types: ['RESPONSIBLE_FOR', 'PARTICIPATES_IN', 'LEADS'] }),
  ]);
  const documents = new Map<string, ServedDocument>();
  const docOf = (id: string): ServedDocument => {
    let d = documents.get(id);
    if (!d) documents.set(id, (d = { documentId: id, measures: [], actors: [], initiatives: [] }));
    return d;
  };
  for (const f of files) docOf(f.documentId);

  const actors = new Map<string, ServedActor>();
  for (const n of actorNodes) {
    actors.set(n.id, { id: n.id, name: str(n.props.name) ?? n.id.replace(/^actor:/, ''), abbreviation: str(n.props.abbreviation), aliases: strs(n.props.aliases) });
    for (const doc of docsOf(n)) docOf(doc).actors.push(n.id);
  }

  const into = new Map<string, GraphEdge[]>();
  for (const e of edges) {
    const list = into.get(e.target);
    if (list) list.push(e);
    else into.set(e.target, [e]);
  }

  for (const n of measureNodes) {
    const doc = str(n.props.documentId) ?? n.evidence[0]?.documentId ?? null;
    if (!doc) continue;
    const responsible = (into.get(n.id) ?? []).filter((e) => e.type === 'RESPONSIBLE_FOR').map((e) => e.source);
    docOf(doc).measures.push({
      id: n.id,
      number: str(n.props.number) ?? String(n.props.number ?? ''),
      title: str(n.props.title) ?? '',
      statusText: str(n.props.statusText),
      responsible: [...new Set(responsible)],
    });
  }

  for (const n of initiativeNodes) {
    const incoming = into.get(n.id) ?? [];
    const docs = docsOf(n);
    for (const e of incoming) for (const d of docsOf(e)) docs.add(d);
    for (const doc of docs) {
      const here = incoming.filter((e) => edgeIn(e, doc));
      docOf(doc).initiatives.push({
        id: n.id,
        name: str(n.props.name) ?? n.id.replace(/^initiative:/, ''),
        aliases: strs(n.props.aliases),
        participants: [...new Set(here.filter((e) => e.type === 'PARTICIPATES_IN').map((e) => e.source))],
        leads: [...new Set(here.filter((e) => e.type === 'LEADS').map((e) => e.source))],
      });
    }
  }
  return { actors, documents, files };
}

/** Loads a folder (its .txt and .md files, as `npm run load DIR` does) into a fresh in-process store and reads what it serves. */
export async function loadServed(dir: string): Promise<ServedGraph> {
  const store = new EmbeddedStore();
  try {
    const report = await loadDocuments(store, [dir]);
    const files = report.documents.map((d) => ({ fileName: d.fileName, documentId: documentIdOf(d.fileName), ok: d.ok, ...(d.error ? { error: d.error } : {}) }));
    return await readServed(store, files);
  } finally {
    await store.close();
  }
}
