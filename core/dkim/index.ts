export * from './check.js';
export * from './common-selectors.js';
export * from './findings.js';
export * from './inspect.js';
export * from './parse.js';
export * from './tag-list.js';
export type * from './types.js';
