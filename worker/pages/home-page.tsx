/** @jsxImportSource hono/jsx */
import { CheckForm, Layout, renderDocument } from './layout.js';

/** The start page: what the tool does and the form; `error` is shown when the last input was refused. */
export function renderHomePage(options: { domain?: string; selector?: string; error?: string } = {}): string {
  return renderDocument(
    <Layout title="mailposture: check email authentication">
      <h1>Check a domain's email authentication</h1>
      <p>
        Looks up the domain's SPF, DKIM, DMARC, MX and reverse DNS records and grades them against the standards, with a
        fix for every problem found.
      </p>
      {options.error ? (
        <p class="error" role="alert">
          {options.error}
        </p>
      ) : null}
      <CheckForm domain={options.domain} selector={options.selector} />
      <p class="meta">
        JSON: <a href="/openapi.json">OpenAPI document</a>.
      </p>
    </Layout>,
  );
}
