/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';

/** The HTML shell of every page (WCAG 2.2: a language, a title, landmarks); children are escaped by JSX. */
export function Layout(props: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        <link rel="stylesheet" href="/style.css" />
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      </head>
      <body>
        <header>
          <a href="/">mailposture</a>
          <span class="meta">PTR · SPF · DKIM · DMARC over DNS-over-HTTPS</span>
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  );
}

/** The form that asks for a domain: a plain GET form, so it works without JavaScript. */
export function CheckForm(props: { domain?: string; selector?: string }) {
  return (
    <form action="/report" method="get">
      <label for="domain">
        Domain
        <input
          id="domain"
          name="domain"
          type="text"
          required
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
          inputmode="url"
          placeholder="example.com"
          value={props.domain ?? ''}
        />
      </label>
      <label for="selector">
        DKIM selector (optional)
        <input
          id="selector"
          name="selector"
          type="text"
          autocomplete="off"
          autocapitalize="none"
          spellcheck={false}
          placeholder="selector1"
          value={props.selector ?? ''}
        />
      </label>
      <button type="submit">Check</button>
    </form>
  );
}

/** Renders a page to a complete HTML document. */
export function renderDocument(page: Child): string {
  return `<!doctype html>\n${String(page)}`;
}
