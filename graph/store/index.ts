export * from './GraphStore.ts';
export * from './EmbeddedStore.ts';
export * from './Neo4jStore.ts';
export * from './counting-store.ts';
export * from './limits.ts';
export * from './correction-layer.ts';
