export * from './organisation-names.ts';
export * from './places.ts';
export * from './state-organs.ts';
export * from './generic.ts';
export * from './services-in-passing.ts';
export * from './local-units.ts';
