/**
 * The web-platform globals core/ may use. core/ is type-checked alone (core/tsconfig.json) with `lib: ES2022` and no
 * Node or DOM types, so this file is the complete list of runtime facilities it relies on; all exist in workerd,
 * Node ≥ 20 and browsers. Anything not declared here (process, Buffer, node:*, the DOM) fails `npm run typecheck`.
 */
import type { FetchInitLike, FetchResponseLike } from './platform-types.js';

declare global {
  function setTimeout(callback: () => void, ms?: number): number;
  function clearTimeout(handle: number | undefined): void;
  function btoa(data: string): string;
  function atob(data: string): string;

  class TextEncoder {
    encode(input?: string): Uint8Array;
  }
  class TextDecoder {
    constructor(label?: string, options?: { fatal?: boolean; ignoreBOM?: boolean });
    decode(input?: Uint8Array | ArrayBuffer): string;
  }

  class URL {
    constructor(url: string, base?: string);
    hostname: string;
    pathname: string;
    search: string;
    href: string;
    toString(): string;
  }

  interface AbortSignal {
    readonly aborted: boolean;
    readonly reason: unknown;
    addEventListener(type: 'abort', listener: () => void, options?: { once?: boolean }): void;
    removeEventListener(type: 'abort', listener: () => void): void;
  }
  class AbortController {
    readonly signal: AbortSignal;
    abort(reason?: unknown): void;
  }

  function fetch(input: string, init?: FetchInitLike): Promise<FetchResponseLike>;

  const performance: { now(): number };
}
