export * from './types.ts';
export * from './registry.ts';
export * from './run-extractors.ts';
