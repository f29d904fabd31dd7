export * from './types.ts';
export * from './parse.ts';
export * from './plan.ts';
export * from './replay.ts';
export * from './file.ts';
export * from './write.ts';
export * from './duplicates.ts';
export * from './review.ts';
