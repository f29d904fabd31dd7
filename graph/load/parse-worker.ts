/**
 * The parser's thread: receives one document at a time (its text, or its
 * bytes in any supported format to read first), builds its batch and posts
 * it back. Runs under memory limits set by the pool
 * (graph/load/parse-pool.ts), which also terminates it past its time limit,
 * so one hostile file costs only itself.
 */
import { parentPort } from 'node:worker_threads';
import { parseFile, type ParseFile, type ReadAndBuilt, type ReadBuildOptions } from './read-and-build.ts';

export interface ParseRequest {
  id: number;
  file: ParseFile;
  options: ReadBuildOptions;
}

export type ParseReply =
  | { ready: true }
  | { id: number; ok: true; result: ReadAndBuilt }
  | { id: number; ok: false; error: { name: string; message: string; code?: string } };

const port = parentPort;
if (port) {
  port.on('message', (req: ParseRequest) => {
    parseFile(req.file, req.options).then(
      (result) => port.postMessage({ id: req.id, ok: true, result } satisfies ParseReply),
      (e: unknown) => {
        const err = e instanceof Error ? e : new Error(String(e));
        port.postMessage({ id: req.id, ok: false, error: { name: err.name, message: err.message, code: (err as { code?: string }).code } } satisfies ParseReply);
      },
    );
  });
  port.postMessage({ ready: true } satisfies ParseReply);
}
