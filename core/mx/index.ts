export * from './address.js';
export * from './check.js';
export * from './findings.js';
export * from './map-bounded.js';
export type * from './types.js';
