export * from './api.ts';
export * from './session.ts';
export * from './admin-context.ts';
export * from './AdminProvider.tsx';
export * from './AdminControl.tsx';
export * from './documents.ts';
