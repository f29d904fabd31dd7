export * from './auth.ts';
export * from './types.ts';
export * from './router.ts';
export * from './documents.ts';
export * from './corrections.ts';
export * from './files.ts';
export * from './routes.ts';
