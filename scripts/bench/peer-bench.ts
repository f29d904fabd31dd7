/**
 * Peer benchmark: the same nested read (actors → the measures they are
 * responsible for → the co-responsible actors, with names) through Samkart's
 * server and through @neo4j/graphql v7 (peer-server.ts), both on the same
 * loaded Neo4j. Checks that both give the same set of
 * actor → measure → co-responsible names, then times both with autocannon.
 */
import { benchQueries, postQuery, type ApiResult } from './api-bench.ts';
import type { PeerResult } from './report.ts';
import { startBenchServer, startProcess } from './server-process.ts';

interface Row {
  name: string;
  responsibleFor: { title: string; responsible: { name: string }[] }[];
}

/** "actor → measure → co-responsible" for every pair; an actor with no measures gives "actor → –". */
export function triples(json: string): string[] {
  const actors = (JSON.parse(json) as { data: { actors: Row[] } }).data.actors;
  const out = new Set<string>();
  for (const a of actors) {
    if (!a.responsibleFor.length) out.add(`${a.name} → –`);
    for (const m of a.responsibleFor) for (const r of m.responsible) out.add(`${a.name} → ${m.title} → ${r.name}`);
  }
  return [...out].sort();
}

/** Runs the comparison on the Neo4j at `uri` for one corpus. */
export async function benchPeer(
  corpus: string,
  uri: string,
  queries: { samkart: string; peer: string },
  options: { connections: number[]; runs: number; budgetMs: number; log: (s: string) => void },
): Promise<PeerResult> {
  const env = { NODE_ENV: 'production' };
  const peer = await startProcess('scripts/bench/peer-server.ts', ['--neo4j', uri], env);
  const samkart = await startProcess('scripts/bench/serve.ts', ['--neo4j', uri, '--no-response-cache'], env);
  const cached = await startBenchServer(['--neo4j', uri]);
  try {
    const s = triples(await postQuery(samkart.url, { name: 'samkart', query: queries.samkart }));
    const p = triples(await postQuery(peer.url, { name: 'peer', query: queries.peer }));
    const inP = new Set(p);
    const inS = new Set(s);
    const samkartOnly = s.filter((x) => !inP.has(x));
    const peerOnly = p.filter((x) => !inS.has(x));
    options.log(`  peer ${corpus}: ${s.length} triples from Samkart, ${p.length} from the peer, ${samkartOnly.length + peerOnly.length} differ`);
    const opts = { connections: options.connections, runs: options.runs, budgetMs: options.budgetMs, log: options.log };
    const sam = await benchQueries(samkart.url, [{ name: 'samkart', what: '', query: queries.samkart }], opts);
    const neo = await benchQueries(peer.url, [{ name: 'peer', what: '', query: queries.peer }], opts);
    const hit = await benchQueries(cached.url, [{ name: 'cached', what: '', query: queries.samkart }], opts);
    const at = (list: ApiResult[], c: number) => list.find((x) => x.connections === c)!;
    return {
      corpus,
      samkartQuery: queries.samkart,
      peerQuery: queries.peer,
      identical: samkartOnly.length === 0 && peerOnly.length === 0,
      triples: s.length,
      samkartOnly,
      peerOnly,
      rows: options.connections.map((c) => ({ connections: c, samkart: at(sam, c), peer: at(neo, c), samkartCached: at(hit, c) })),
    };
  } finally {
    await Promise.all([peer.stop(), samkart.stop(), cached.stop()]);
  }
}
