import { describe, expect, it } from 'vitest';
import { EmbeddedStore } from './EmbeddedStore.ts';
import { describeGraphStoreContract } from './store-contract.ts';
import { InvalidInputError } from '../model/index.ts';

describeGraphStoreContract('embedded', async () => new EmbeddedStore());

describe('EmbeddedStore snapshots', () => {
  it('round-trips a graph through a snapshot', async () => {
    const a = new EmbeddedStore();
    await a.writeBatch({ nodes: [{ id: 'level:kommune', label: 'Level', props: { name: 'Kommune', rank: 4 }, evidence: [] }], edges: [] });
    const b = EmbeddedStore.fromSnapshot(JSON.parse(JSON.stringify(a.snapshot())));
    expect(await b.getNodes(['level:kommune'])).toEqual(await a.getNodes(['level:kommune']));
  });

  it('refuses something that is not a snapshot', () => {
    expect(() => EmbeddedStore.fromSnapshot({} as never)).toThrow(InvalidInputError);
  });
});
