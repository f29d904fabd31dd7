export * from './resolvers.ts';
