export * from './types.ts';
export * from './labels.ts';
export * from './lines.ts';
export * from './tables.ts';
export * from './parse-structure.ts';
