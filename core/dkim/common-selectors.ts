/**
 * Selectors commonly published by large mailbox providers, ESPs and mail software by default, probed when the user
 * names none that work (RFC 6376 §3.1 leaves the name to the signer, so no list is complete). Documented, with the
 * provider behind each name, in docs/dkim-selectors.md; keep the two in step.
 */
export const COMMON_DKIM_SELECTORS: readonly string[] = [
  // Google Workspace
  'google',
  // Microsoft 365 / Exchange Online
  'selector1',
  'selector2',
  // Mailchimp / Mandrill
  'k1',
  'k2',
  'k3',
  'mandrill',
  // Twilio SendGrid
  's1',
  's2',
  'smtpapi',
  // Mailgun
  'mg',
  'mailo',
  // Zoho Mail
  'zoho',
  'zmail',
  // Fastmail
  'fm1',
  'fm2',
  'fm3',
  // Proton Mail
  'protonmail',
  'protonmail2',
  'protonmail3',
  // iCloud+ custom domains
  'sig1',
  // Brevo (Sendinblue)
  'brevo1',
  'brevo2',
  // Mailjet
  'mailjet',
  // Klaviyo
  'kl',
  'kl2',
  // Constant Contact
  'ctct1',
  'ctct2',
  // Zendesk
  'zendesk1',
  'zendesk2',
  // Yahoo
  's2048',
  // Mail software defaults (cPanel, OpenDKIM, rspamd, Postfix guides) and Brevo's older name
  'default',
  'dkim',
  'mail',
];

/**
 * How many selector lookups run at once (for the named ones, and again for the probes): enough for the whole common
 * list in one round trip, as one DoH connection multiplexes them (RFC 8484 §5.2), yet bounded for any input.
 */
export const DKIM_PROBE_CONCURRENCY = 40;
