export * from './norwegian-stem.ts';
export * from './highlight-terms.ts';
export * from './effort.ts';
export * from './gap-matrix.ts';
