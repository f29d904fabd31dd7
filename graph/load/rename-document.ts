/**
 * Giving a built document another id: when two files in one load would share
 * a document id, the later one's batch is moved to a new id (its measures
 * with it), since its ids are made from the file name in build-document.ts.
 */
import { documentId, shortHash, withEdgeEnds, type DocumentBatch, type DocumentId, type EvidenceRef, type GraphEdge, type GraphNode } from '../model/index.ts';

/** The id for a file whose name's id is already taken in this load: the name's id and a short hash of its path relative to the loaded folder. */
export function disambiguatedDocumentId(fileName: string, relativePath: string): DocumentId {
  return `${documentId(fileName)}-${shortHash(relativePath.split('\\').join('/')).slice(0, 6)}` as DocumentId;
}

/** The batch with every id, reference and evidence of document `batch.documentId` moved to `to`. */
export function renameDocumentBatch(batch: DocumentBatch, to: DocumentId): DocumentBatch {
  const from = batch.documentId;
  const measureFrom = `measure:${from.slice('doc:'.length)}:`;
  const measureTo = `measure:${to.slice('doc:'.length)}:`;
  const id = (s: string): string => (s === from ? to : s.startsWith(measureFrom) ? measureTo + s.slice(measureFrom.length) : s);
  const ev = (e: EvidenceRef): EvidenceRef => (e.documentId === from ? { ...e, documentId: to } : e);
  const props = <P extends Record<string, unknown>>(p: P): P => (p.documentId === from ? { ...p, documentId: to } : p);
  const nodes: GraphNode[] = batch.nodes.map((n) => ({ ...n, id: id(n.id), props: props(n.props), evidence: n.evidence.map(ev) }) as GraphNode);
  const edges: GraphEdge[] = batch.edges.map((e) => {
    const source = id(e.source);
    const target = id(e.target);
    return { ...e, id: withEdgeEnds(e.id, source, target), source, target, props: props(e.props), evidence: e.evidence.map(ev) };
  });
  return { documentId: to, nodes, edges };
}
