export * from './state.ts';
export * from './reducer.ts';
export * from './url.ts';
export * from './url-schema.ts';
