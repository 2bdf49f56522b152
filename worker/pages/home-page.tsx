/** @jsxImportSource hono/jsx */
import { CheckForm, type FormValues, Layout, renderDocument } from './layout.js';

/** The start page: what the tool does and the form; `error` is shown when the last input was refused. */
export function renderHomePage(options: FormValues & { error?: string } = {}): string {
  return renderDocument(
    <Layout title="mailposture: check email authentication">
      <h1>Check a domain's email authentication</h1>
      <p>
        Looks up the domain's SPF, DKIM, DMARC, MX and reverse DNS records and grades them against the standards, with a
        fix for every problem found. Name the IPs your mail leaves from to see how receivers judge mail from each.
      </p>
      {options.error ? (
        <p class="error" role="alert">
          {options.error}
        </p>
      ) : null}
      <CheckForm {...options} />
      <p class="meta">
        JSON: <a href="/openapi.json">OpenAPI document</a>.
      </p>
    </Layout>,
  );
}
