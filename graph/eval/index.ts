export * from './normalise.ts';
export * from './read-gold.ts';
export * from './served.ts';
export * from './match.ts';
export * from './score.ts';
export * from './floors.ts';
export * from './format-table.ts';
export * from './run.ts';
