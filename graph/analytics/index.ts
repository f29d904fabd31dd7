export * from './norwegian-text.ts';
export * from './themes.ts';
export * from './derived.ts';
export * from './overlaps.ts';
export * from './overlaps-for.ts';
export * from './brokers.ts';
export * from './sector-gaps.ts';
export * from './unclear-responsibility.ts';
