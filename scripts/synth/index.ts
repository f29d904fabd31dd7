export * from './prng.ts';
export * from './places.ts';
export * from './vocabulary.ts';
export * from './status-reports.ts';
export * from './county-tables.ts';
export * from './project-pages.ts';
export * from './generate-corpus.ts';
