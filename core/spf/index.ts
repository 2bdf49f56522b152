export * from './audit.js';
export * from './check-host.js';
export * from './findings.js';
export * from './ip.js';
export * from './macro.js';
export * from './parse.js';
export * from './records.js';
export type * from './types.js';
