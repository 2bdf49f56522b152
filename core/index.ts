export * from './dkim/index.js';
export * from './dmarc/index.js';
export * from './dns/index.js';
export * from './mx/index.js';
export * from './ptr/index.js';
export * from './report/index.js';
export * from './spf/index.js';
