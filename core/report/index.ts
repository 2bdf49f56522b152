export * from '../finding.js';
export * from './check-domain.js';
export * from './define-section.js';
export * from './diff.js';
export * from './dnssec.js';
export * from './grade.js';
export * from './registry.js';
export type * from './types.js';
