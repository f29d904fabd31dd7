export * from './api.ts';
export * from './form.ts';
export * from './Curation.tsx';
