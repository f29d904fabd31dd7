export * from './views.ts';
export * from './limits.ts';
export * from './coordination.ts';
export * from './path.ts';
export * from './search.ts';
export * from './subgraph.ts';
export * from './version-cache.ts';
export * from './reader.ts';
