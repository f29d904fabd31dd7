export * from './types.ts';
export * from './queries.ts';
export * from './client.ts';
