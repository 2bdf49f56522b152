/**
 * The common list: selectors probed after the providers' own (core/providers.ts) when those do not account for the
 * domain — no provider recognised, a mail host or SPF include of no known provider, or no key found yet. Most used
 * first, so a budget that runs short cuts the rarest. RFC 6376 §3.1 leaves the name to the signer, so no list is
 * complete. Mailbox providers' selectors that only their customers publish (Zoho, Fastmail, Proton, iCloud, Yahoo)
 * are not here: their MX hosts name them, so they are probed as providers. Documented in docs/dkim-selectors.md;
 * keep the two in step.
 */
export const COMMON_DKIM_SELECTORS: readonly string[] = [
  // Google Workspace; Microsoft 365 (a domain may send through them with its MX elsewhere)
  'google',
  'selector1',
  'selector2',
  // Mailchimp (k1 its older single CNAME), Twilio SendGrid: ESPs that need no SPF include, so often unnamed
  'k1',
  'k2',
  'k3',
  's1',
  's2',
  // Mail software defaults (cPanel, OpenDKIM, rspamd, Postfix guides) and Brevo's older name
  'default',
  'dkim',
  'mail',
  // Mailchimp Transactional (Mandrill), Mailgun, Brevo, Mailjet, Klaviyo, Constant Contact, Zendesk
  'mte1',
  'mte2',
  'pdk1',
  'pdk2',
  'brevo1',
  'brevo2',
  'mailjet',
  'kl',
  'kl2',
  'ctct1',
  'ctct2',
  'zendesk1',
  'zendesk2',
];

/**
 * How many selector lookups run at once (for the named ones, and again for each wave of probes): enough for the
 * whole common list in one round trip, as one DoH connection multiplexes them (RFC 8484 §5.2), yet bounded for any
 * input. A session's scheduler bounds them further.
 */
export const DKIM_PROBE_CONCURRENCY = 40;
