export * from './cache.js';
export * from './doh.js';
export * from './mailbox.js';
export * from './memory-resolver.js';
export * from './name.js';
export * from './scheduler.js';
export * from './session.js';
export type * from './types.js';
