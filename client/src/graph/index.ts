export * from './palette.ts';
export * from './elements.ts';
export * from './matrix-elements.ts';
export * from './filters.ts';
export * from './layouts.ts';
export * from './path.ts';
export * from './stylesheet.ts';
export * from './cytoscape.ts';
