// The entry of every worker thread that runs a TypeScript module: Node 20 does
// not hand `--import tsx` hooks to a worker's entry module, so this plain
// module loads tsx's API and imports the TypeScript worker through it. See
// startTsWorker in ./ts-worker.ts; `workerData.entry` is the module to run.
import { workerData } from 'node:worker_threads';

const { tsImport } = await import(workerData.tsxApi);
await tsImport(workerData.entry, import.meta.url);
