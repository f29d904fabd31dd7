export * from './story.ts';
export * from './studio.ts';
export * from './share.ts';
export * from './builtin.ts';
export * from './view-story.ts';
export * from './present-url.ts';
