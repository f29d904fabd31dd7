export * from './ids.ts';
export * from './types.ts';
export * from './levels.ts';
export * from './errors.ts';
export * from './random.ts';
