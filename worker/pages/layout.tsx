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

/** What the form holds: the domain, and optionally DKIM selectors, sending IPs, their MAIL FROM and HELO name. */
export interface FormValues {
  domain?: string | undefined;
  selector?: string | undefined;
  ip?: string | undefined;
  sender?: string | undefined;
  helo?: string | undefined;
}

function Field(props: { name: keyof FormValues; label: string; placeholder: string; value?: string | undefined }) {
  return (
    <label for={props.name}>
      {props.label}
      <input
        id={props.name}
        name={props.name}
        type="text"
        autocomplete="off"
        autocapitalize="none"
        spellcheck={false}
        placeholder={props.placeholder}
        value={props.value ?? ''}
      />
    </label>
  );
}

/** The form that asks for a domain: a plain GET form, so it works without JavaScript. */
export function CheckForm(props: FormValues) {
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
      <Field name="selector" label="DKIM selector (optional)" placeholder="selector1" value={props.selector} />
      <Field name="ip" label="Sending IPs (optional, up to 10)" placeholder="192.0.2.25" value={props.ip} />
      <Field name="sender" label="MAIL FROM (optional)" placeholder="bounce@example.com" value={props.sender} />
      <Field name="helo" label="HELO name (optional)" placeholder="mail.example.com" value={props.helo} />
      <button type="submit">Check</button>
    </form>
  );
}

/** Renders a page to a complete HTML document. */
export function renderDocument(page: Child): string {
  return `<!doctype html>\n${String(page)}`;
}
