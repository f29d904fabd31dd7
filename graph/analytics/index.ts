export * from './norwegian-text.ts';
export * from './themes.ts';
export * from './overlaps.ts';
export * from './overlaps-for.ts';
