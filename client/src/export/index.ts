export * from './model.ts';
export * from './formats.ts';
export * from './svg.ts';
export * from './download.ts';
