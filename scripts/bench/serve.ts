/**
 * The server under test, in its own process so the load generator does not
 * share its event loop: `tsx scripts/bench/serve.ts --snapshot FILE` (embedded
 * store from a snapshot), `--seeds DIR` (embedded, loaded at start) or
 * `--neo4j URI` (a loaded Neo4j). Prints one JSON line `{"url": …}` on stdout
 * when it listens and has prepared its graph version (read model, layouts,
 * analytics); stops on SIGTERM. Extra: `--no-response-cache`.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadDocuments } from '../../graph/load/index.ts';
import { EmbeddedStore, Neo4jStore, type GraphStore } from '../../graph/store/index.ts';
import { listen } from '../../server/index.ts';

const { values } = parseArgs({
  options: {
    snapshot: { type: 'string' },
    seeds: { type: 'string' },
    neo4j: { type: 'string' },
    'no-response-cache': { type: 'boolean', default: false },
  },
});

async function main(): Promise<void> {
  let store: GraphStore;
  if (values.neo4j) {
    store = new Neo4jStore({ uri: values.neo4j });
    await store.init();
  } else if (values.snapshot) {
    store = EmbeddedStore.fromSnapshot(JSON.parse(readFileSync(values.snapshot, 'utf8')));
  } else if (values.seeds) {
    store = new EmbeddedStore();
    await loadDocuments(store, [values.seeds]);
  } else throw new Error('give --snapshot, --seeds or --neo4j');
  // Ready once the graph version's read model, layouts and analytics are made, as the app bench waits for them:
  // timed requests then measure answering, not the version being prepared beside them on the same two cores.
  let markPrepared = () => {};
  const prepared = new Promise<void>((r) => (markPrepared = r));
  const log = (message: string) => {
    process.stderr.write(`${message}\n`);
    // Prepared, or failed to prepare (the requests then say why).
    if (message.startsWith('analytics of version ') || message.startsWith('read model could not be built')) markPrepared();
  };
  const { url, close } = await listen({ store, port: 0, host: '127.0.0.1', timeoutMs: 60_000, responseCache: !values['no-response-cache'], log });
  const waited = await Promise.race([prepared.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 240_000).unref())]);
  if (!waited) process.stderr.write('the graph version was not prepared within 240 s; serving anyway\n');
  process.stdout.write(JSON.stringify({ url, pid: process.pid }) + '\n');
  const stop = async () => {
    await close();
    await store.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((e: Error) => {
  process.stderr.write(`serve failed: ${e.stack ?? e.message}\n`);
  process.exit(1);
});
