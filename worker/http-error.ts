/** Codes of the error bodies the API returns besides the domain-name codes of `parseDomain`. */
export type HttpErrorCode = 'bad-request' | 'not-found' | 'method-not-allowed' | 'rate-limited' | 'internal';

/** The body of every error response: `{ error: { code, message } }`. */
export interface ErrorBody {
  error: { code: string; message: string };
}

/** Builds the JSON body of an error response. */
export function errorBody(code: HttpErrorCode | (string & {}), message: string): ErrorBody {
  return { error: { code, message } };
}
