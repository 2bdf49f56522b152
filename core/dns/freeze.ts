/**
 * Freezes a value and everything it holds, so that an object shared between lookups (a test zone's answer, a cached
 * answer handed to many checks) cannot be changed by one of them. Returns the value.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
