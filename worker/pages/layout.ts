import { html } from 'hono/html';

/** The HTML shell of every page (WCAG 2.2: a language, a title, landmarks); `body` is already escaped. */
export function renderLayout(title: string, body: unknown) {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="/style.css">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
</head>
<body>
<header><a href="/">mailposture</a><span class="meta">PTR · SPF · DKIM · DMARC over DNS-over-HTTPS</span></header>
<main>
${body}
</main>
</body>
</html>`;
}

/** The form that asks for a domain: a plain GET form, so it works without JavaScript. */
export function renderCheckForm(domain = '', selector = '') {
  return html`<form action="/report" method="get" role="search">
<label for="domain">Domain<input id="domain" name="domain" type="text" required autocomplete="off" autocapitalize="none"
  spellcheck="false" inputmode="url" placeholder="example.com" value="${domain}"></label>
<label for="selector">DKIM selector (optional)<input id="selector" name="selector" type="text" autocomplete="off"
  autocapitalize="none" spellcheck="false" placeholder="selector1" value="${selector}"></label>
<button type="submit">Check</button>
</form>`;
}
