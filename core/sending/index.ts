export * from './check.js';
export * from './findings.js';
export * from './requirements.js';
export type * from './types.js';
