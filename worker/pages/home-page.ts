import { html } from 'hono/html';
import { renderCheckForm, renderLayout } from './layout.js';

/** The start page: what the tool does and the form; `error` is shown when the last input was refused. */
export function renderHomePage(options: { domain?: string; selector?: string; error?: string } = {}) {
  const error = options.error ? html`<p class="error" role="alert">${options.error}</p>` : '';
  return renderLayout(
    'mailposture: check email authentication',
    html`<h1>Check a domain's email authentication</h1>
<p>Looks up the domain's SPF, DKIM, DMARC, MX and reverse DNS records and grades them against the standards, with
a fix for every problem found.</p>
${error}
${renderCheckForm(options.domain, options.selector)}
<p class="meta">JSON: <a href="/openapi.json">OpenAPI document</a>.</p>`,
  );
}
