/**
 * Removing one document: everything only it stated goes, what other
 * documents also state stays (the rule of a reload, which withdraws a
 * document's contribution before writing it again: here nothing is written
 * again). Its original file leaves the file store unless another document
 * was read from the same bytes. Called by the folder watcher and by the
 * upload endpoint's DELETE.
 */
import { NotFoundError, type DocumentId } from '../model/index.ts';
import type { GraphStore } from '../store/index.ts';
import type { FileStore } from '../files/index.ts';

export interface RemovedDocument {
  documentId: string;
  fileName: string | null;
}

/** Removes a document and what only it stated; NotFoundError when the store has no such document. */
export async function removeDocument(store: GraphStore, documentId: string, options: { files?: FileStore } = {}): Promise<RemovedDocument> {
  const [node] = await store.getNodes([documentId]);
  if (!node || node.label !== 'Document') throw new NotFoundError(`there is no document ${documentId}`);
  await store.writeDocument({ documentId: node.id as DocumentId, nodes: [], edges: [] });
  const sha = typeof node.props.fileSha256 === 'string' ? node.props.fileSha256 : null;
  if (sha && options.files) {
    const others = await store.findNodes({ label: 'Document', where: { fileSha256: [sha] } });
    if (!others.length) await options.files.removeFile(sha);
  }
  return { documentId: node.id, fileName: typeof node.props.fileName === 'string' ? node.props.fileName : null };
}
