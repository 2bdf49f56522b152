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
