export * from './authorize.js';
export * from './check.js';
export * from './discover.js';
export * from './effective-policy.js';
export * from './findings.js';
export * from './parse.js';
export * from './report-uri.js';
export * from './txt-lookup.js';
export type * from './types.js';
