export * from './use-health.ts';
export * from './use-timeout.ts';
export * from './use-read-only.ts';
export * from './mask-error.ts';
