export * from '../finding.js';
export * from './check-domain.js';
export * from './diff.js';
export * from './grade.js';
export type * from './types.js';
