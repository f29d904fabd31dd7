export * from './ts-worker.ts';
export * from './job-thread.ts';
