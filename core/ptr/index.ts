export * from '../dns/reverse-name.js';
export * from './check.js';
export * from './findings.js';
export * from './generic-name.js';
export * from './section.js';
export type * from './types.js';
