/**
 * `npm run load` semantics on Neo4j, the same as on the embedded store
 * (issue 11, item 15): a second load adds or replaces the named documents,
 * `replaceAll` starts over; documents whose names share an id are all kept.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasNeo4j, neo4jTestConfig, suiteName } from '../../scripts/test/neo4j-env.ts';
import { EmbeddedStore, Neo4jStore, type GraphStore } from '../store/index.ts';
import { loadDocuments } from './load-documents.ts';

const neo = neo4jTestConfig();

function folders(): { a: string; b: string } {
  const a = mkdtempSync(join(tmpdir(), 'samkart-a-'));
  const b = mkdtempSync(join(tmpdir(), 'samkart-b-'));
  writeFileSync(join(a, 'a.txt'), 'Tiltak 1: Første\n\nAnsvarlig: Kunnskapsdepartementet\n');
  writeFileSync(join(b, 'b.txt'), 'Tiltak 1: Andre\n\nAnsvarlig: Helse- og omsorgsdepartementet\n');
  writeFileSync(join(b, 'B.md'), 'Tiltak 1: Tredje\n\nAnsvarlig: Justis- og beredskapsdepartementet\n');
  return { a, b };
}

/** Document ids after: A, then B, then B again with replaceAll. */
async function steps(store: GraphStore): Promise<string[][]> {
  const { a, b } = folders();
  const ids = async () => (await store.findNodes({ label: 'Document' })).map((n) => n.id).sort();
  await store.init();
  await store.clear();
  const out: string[][] = [];
  await loadDocuments(store, [a]);
  out.push(await ids());
  await loadDocuments(store, [b]);
  out.push(await ids());
  await loadDocuments(store, [b], { replaceAll: true });
  out.push(await ids());
  return out;
}

describe.skipIf(!hasNeo4j(neo))(suiteName('npm run load semantics on Neo4j', neo), () => {
  it('adds, replaces and starts over as the embedded store does', async () => {
    if (!hasNeo4j(neo)) return;
    const store = new Neo4jStore(neo);
    try {
      const onNeo4j = await steps(store);
      expect(onNeo4j[0]).toEqual(['doc:a']);
      expect(onNeo4j[1]).toHaveLength(3);
      expect(onNeo4j[2]).toHaveLength(2);
      expect(onNeo4j[2]).not.toContain('doc:a');
      expect(onNeo4j).toEqual(await steps(new EmbeddedStore()));
    } finally {
      await store.clear();
      await store.close();
    }
  }, 240_000);
});
