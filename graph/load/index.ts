export * from './paths.ts';
export * from './read-document.ts';
export * from './base-batch.ts';
export * from './build-document.ts';
export * from './parse-pool.ts';
export * from './rename-document.ts';
export * from './load-documents.ts';
export * from './snapshot-file.ts';
