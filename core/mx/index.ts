export * from '../concurrency.js';
export * from './address.js';
export * from './check.js';
export * from './findings.js';
export type * from './types.js';
