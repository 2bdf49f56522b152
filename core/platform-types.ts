/** Only what the DoH client reads from an HTTP response; the platform's `Response` fits. */
export interface FetchResponseLike {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Only what the DoH client passes to `fetch`. */
export interface FetchInitLike {
  method?: string;
  headers?: Record<string, string>;
  body?: Uint8Array;
  signal?: AbortSignal;
}

/** A WebCrypto key, as far as core reads it. */
export interface CryptoKeyLike {
  readonly algorithm: { name: string; modulusLength?: number };
}

/** The part of WebCrypto's SubtleCrypto that core uses (DKIM key import). */
export interface SubtleCryptoLike {
  importKey(
    format: 'spki' | 'raw',
    keyData: Uint8Array,
    algorithm: { name: string; hash?: string },
    extractable: boolean,
    keyUsages: string[],
  ): Promise<CryptoKeyLike>;
}
