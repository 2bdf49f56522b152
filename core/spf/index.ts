export * from './check-host.js';
export * from './macro.js';
export * from './parse.js';
export * from './records.js';
export type * from './types.js';
