/**
 * The parser's thread: receives one document at a time, builds its batch with
 * buildDocumentBatch and posts it back. Runs under memory limits set by the
 * pool (graph/load/parse-pool.ts), which also terminates it past its time
 * limit, so one hostile file costs only itself.
 */
import { parentPort } from 'node:worker_threads';
import { buildDocumentBatch, type BuildOptions } from './build-document.ts';

export interface ParseRequest {
  id: number;
  file: { fileName: string; text: string };
  options: BuildOptions;
}

export type ParseReply =
  | { ready: true }
  | { id: number; ok: true; built: ReturnType<typeof buildDocumentBatch> }
  | { id: number; ok: false; error: { name: string; message: string; code?: string } };

const port = parentPort;
if (port) {
  port.on('message', (req: ParseRequest) => {
    let reply: ParseReply;
    try {
      reply = { id: req.id, ok: true, built: buildDocumentBatch(req.file, req.options) };
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      reply = { id: req.id, ok: false, error: { name: err.name, message: err.message, code: (err as { code?: string }).code } };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true } satisfies ParseReply);
}
