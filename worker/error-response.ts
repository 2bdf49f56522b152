import type { Context } from 'hono';
import { renderErrorBadgeSvg, shieldsError } from './badge.js';
import type { AppEnv } from './env.js';
import { errorBody, type HttpErrorCode } from './http-error.js';
import { renderHomePage } from './pages/home-page.js';

/** The media type an error is answered in: the one the route serves, so a browser shows a page and a README a badge. */
export type ErrorMedia = 'html' | 'svg' | 'shields' | 'json';

/** Which media a path's errors take: the badge's own format, HTML for the pages, JSON for the API and the rest. */
export function errorMedia(path: string): ErrorMedia {
  if (/^\/badge\/.+\.svg$/i.test(path)) return 'svg';
  if (/^\/badge\/.+\.json$/i.test(path)) return 'shields';
  if (path === '/' || path === '/report' || path.startsWith('/report/')) return 'html';
  return 'json';
}

const BADGE_TEXT: Partial<Record<HttpErrorCode | 'invalid-ip', string>> = {
  'rate-limited': 'rate limited',
  'not-found': 'not found',
  'method-not-allowed': 'method not allowed',
  'bad-request': 'bad request',
  internal: 'error',
};

/** The few words a badge has room for; any domain-name code (`parseDomain`'s, e.g. `url`) reads "invalid domain". */
export function badgeErrorText(code: string): string {
  return BADGE_TEXT[code as HttpErrorCode] ?? 'invalid domain';
}

/** Error statuses the Worker answers. */
export type ErrorStatus = 400 | 404 | 405 | 429 | 500;

/**
 * Answers an error in the route's own media type: `{ error: { code, message } }` for the API, the start page with the
 * message for the pages, an SVG badge ("rate limited", "invalid domain") for `.svg`, and a shields.io endpoint
 * document with `isError` for `.json`. The status stays the error's. Errors are never stored by a cache.
 */
export function errorResponse(c: Context<AppEnv>, status: ErrorStatus, code: string, message: string): Response {
  if (status !== 400) c.header('Cache-Control', 'no-store');
  switch (errorMedia(c.req.path)) {
    case 'svg':
      c.header('Content-Type', 'image/svg+xml; charset=utf-8');
      return c.body(renderErrorBadgeSvg(badgeErrorText(code)), status);
    case 'shields':
      return c.json(shieldsError(badgeErrorText(code)), status);
    case 'html':
      return c.html(renderHomePage({ error: message }), status);
    default:
      return c.json(errorBody(code, message), status);
  }
}
