export * from './check.js';
export * from './dane.js';
export * from './findings.js';
export * from './mta-sts.js';
export * from './tls-rpt.js';
export type * from './types.js';
