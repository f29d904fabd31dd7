export * from './ts-worker.ts';
