export * from './paths.ts';
export * from './read-document.ts';
export * from './base-batch.ts';
export * from './build-document.ts';
export * from './load-documents.ts';
