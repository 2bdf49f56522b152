/**
 * Test doubles for users' tests, apart from the main entry point: an in-memory resolver that serves zone data as
 * DNS would (NXDOMAIN and NODATA faithfully, CNAME chains, a log of the questions asked).
 */
export {
  createMemoryResolver,
  type MemoryResolver,
  type MemoryResolverOptions,
  mergeZoneData,
  type RecordSet,
  type ZoneData,
} from './dns/memory-resolver.js';
