export * from './create-server.ts';
export * from './http.ts';
export * from './start-server.ts';
