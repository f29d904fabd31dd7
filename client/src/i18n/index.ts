export * from './nb.ts';
export * from './en.ts';
export * from './translate.ts';
export * from './format.ts';
