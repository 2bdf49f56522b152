/**
 * Mail providers as their customers' DNS names them: the names that give a provider away (its MX hosts, its SPF
 * include, the target of a DKIM CNAME) and the DKIM selectors it has its customers publish. One table for every
 * protocol that needs it: DKIM discovery probes a recognised provider's selectors first, and the PTR section leaves
 * the reverse DNS of a mailbox provider's MX hosts to that provider. Documented, with sources, in
 * docs/dkim-selectors.md; keep the two in step.
 */
export interface MailProvider {
  /** A stable id, reported in `discovery.providers` (`google`, `microsoft`, `sendgrid`). */
  id: string;
  /** The provider's name, for messages. */
  name: string;
  /**
   * DNS names that are the provider's: a name equal to one of them or below one (on a label boundary) names the
   * provider, whether it is an MX host, an SPF include or redirect target, or the end of a DKIM selector's CNAME.
   */
  names: readonly string[];
  /** The selectors its setup publishes today, probed first when the provider is recognised. */
  selectors: readonly string[];
  /** Older defaults, probed only when none of `selectors` has a key (RFC 6376 §3.1 lets a signer pick any name). */
  legacySelectors?: readonly string[];
  /**
   * Selectors probed even when nothing names the provider: an ESP that signs with its own return path needs no SPF
   * include on the domain, so its customers' DNS often does not name it (Mailchimp advises against the include).
   */
  unnamedSelectors?: readonly string[];
  /**
   * How the provider's domain-verification TXT record at the domain's apex begins (compared without case): a free
   * hint, since the SPF lookup fetches every TXT record there. Only tokens a mail setup publishes are listed.
   */
  verificationTokens?: readonly string[];
  /**
   * A mailbox provider: it runs the domain's MX hosts, so their addresses and reverse DNS are its to maintain, not
   * the domain owner's.
   */
  mailbox?: boolean;
  /**
   * The MX host names a mailbox provider tells every customer to publish, the same for all of them. A domain's MX
   * naming one of them exactly cannot be mistyped, and the provider keeps it resolving: its address lookups (and so its
   * reverse DNS) are left to the provider. A name below the provider's domains that is not listed — a per-customer
   * host such as Microsoft 365's, or a mistyped one — is looked up like any other.
   */
  mxHosts?: readonly string[];
}

/** The providers recognised, most used first within each kind (mailbox providers, then senders). */
export const MAIL_PROVIDERS: readonly MailProvider[] = [
  {
    id: 'google',
    name: 'Google Workspace',
    names: ['google.com', 'googlemail.com'],
    selectors: ['google'],
    mailbox: true,
    // Google Workspace Admin Help, "Google Workspace MX record values": the single host since 2023, the classic five,
    // and the two googlemail.com hosts of the oldest setups.
    mxHosts: [
      'smtp.google.com',
      'aspmx.l.google.com',
      'alt1.aspmx.l.google.com',
      'alt2.aspmx.l.google.com',
      'alt3.aspmx.l.google.com',
      'alt4.aspmx.l.google.com',
      'aspmx2.googlemail.com',
      'aspmx3.googlemail.com',
    ],
  },
  {
    id: 'microsoft',
    name: 'Microsoft 365',
    // MX hosts under mail.protection.outlook.com (and mx.microsoft since 2024); keys behind *.onmicrosoft.com CNAMEs.
    names: ['outlook.com', 'onmicrosoft.com', 'mx.microsoft'],
    selectors: ['selector1', 'selector2'],
    verificationTokens: ['ms=ms'],
    mailbox: true,
  },
  {
    id: 'zoho',
    name: 'Zoho Mail',
    names: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.com.cn', 'zoho.jp', 'zohomail.com'],
    selectors: ['zmail', 'zoho'],
    verificationTokens: ['zoho-verification='],
    mailbox: true,
    // Zoho Mail's MX values per data centre: mx, mx2, mx3 under the region's domain.
    mxHosts: ['zoho.com', 'zoho.eu', 'zoho.in', 'zoho.com.au', 'zoho.jp'].flatMap((region) =>
      ['mx', 'mx2', 'mx3'].map((label) => `${label}.${region}`),
    ),
  },
  {
    id: 'fastmail',
    name: 'Fastmail',
    names: ['messagingengine.com', 'fmhosted.com'],
    selectors: ['fm1', 'fm2', 'fm3'],
    mailbox: true,
    mxHosts: ['in1-smtp.messagingengine.com', 'in2-smtp.messagingengine.com'],
  },
  {
    id: 'proton',
    name: 'Proton Mail',
    names: ['protonmail.ch', 'proton.ch'],
    selectors: ['protonmail', 'protonmail2', 'protonmail3'],
    verificationTokens: ['protonmail-verification='],
    mailbox: true,
    mxHosts: ['mail.protonmail.ch', 'mailsec.protonmail.ch'],
  },
  {
    id: 'icloud',
    name: 'iCloud+ custom email domains',
    names: ['icloud.com', 'icloudmailadmin.com'],
    selectors: ['sig1'],
    verificationTokens: ['apple-domain='],
    mailbox: true,
    mxHosts: ['mx01.mail.icloud.com', 'mx02.mail.icloud.com'],
  },
  {
    id: 'yahoo',
    name: 'Yahoo',
    names: ['yahoodns.net'],
    selectors: ['s2048'],
    mailbox: true,
  },
  {
    id: 'sendgrid',
    name: 'Twilio SendGrid',
    names: ['sendgrid.net'],
    selectors: ['s1', 's2'],
    legacySelectors: ['smtpapi'],
    unnamedSelectors: ['s1', 's2'],
  },
  {
    id: 'mailchimp',
    name: 'Mailchimp',
    names: ['mcsv.net', 'rsgsv.net', 'mailchimpapp.net'],
    selectors: ['k2', 'k3'],
    legacySelectors: ['k1'],
    unnamedSelectors: ['k1', 'k2', 'k3'],
  },
  {
    id: 'mandrill',
    name: 'Mailchimp Transactional (Mandrill)',
    names: ['mandrillapp.com'],
    selectors: ['mte1', 'mte2'],
    legacySelectors: ['mandrill'],
    verificationTokens: ['mandrill_verify.'],
  },
  {
    id: 'mailgun',
    name: 'Mailgun',
    names: ['mailgun.org', 'mailgun.com', 'mailgun.net'],
    selectors: ['pdk1', 'pdk2'],
    legacySelectors: ['smtp', 'mx', 'mailo', 'mg'],
  },
  {
    id: 'brevo',
    name: 'Brevo (Sendinblue)',
    names: ['brevo.com', 'sendinblue.com', 'sender-sib.com'],
    selectors: ['brevo1', 'brevo2'],
    legacySelectors: ['mail'],
    verificationTokens: ['brevo-code:', 'sendinblue-code:'],
  },
  { id: 'mailjet', name: 'Mailjet', names: ['mailjet.com'], selectors: ['mailjet'] },
  { id: 'klaviyo', name: 'Klaviyo', names: ['klaviyo.com', 'klaviyomail.com'], selectors: ['kl', 'kl2'] },
  {
    id: 'constant-contact',
    name: 'Constant Contact',
    names: ['constantcontact.com'],
    selectors: ['ctct1', 'ctct2'],
  },
  { id: 'zendesk', name: 'Zendesk', names: ['zendesk.com'], selectors: ['zendesk1', 'zendesk2'] },
  // Senders whose selectors are made per customer: recognised (so a domain using only them needs no common list
  // to be "explained"), but nothing can be probed for them — their selectors must be named.
  { id: 'amazon-ses', name: 'Amazon SES', names: ['amazonses.com'], selectors: [] },
  { id: 'postmark', name: 'Postmark', names: ['mtasv.net', 'postmarkapp.com'], selectors: [] },
  { id: 'sparkpost', name: 'SparkPost', names: ['sparkpostmail.com'], selectors: [] },
  { id: 'hubspot', name: 'HubSpot', names: ['hubspotemail.net'], selectors: [] },
];

/** Whether `name` is `suffix` or lies below it, on a label boundary (both lower case, no trailing dot). */
function isAtOrBelow(name: string, suffix: string): boolean {
  return name === suffix || (name.endsWith(suffix) && name.charCodeAt(name.length - suffix.length - 1) === 46);
}

const normalize = (name: string) => name.trim().toLowerCase().replace(/\.$/, '');

/** The provider a DNS name belongs to (an MX host, an SPF include, a CNAME target), if it is a known one. */
export function providerOf(name: string): MailProvider | undefined {
  const canonical = normalize(name);
  if (canonical === '') return undefined;
  return MAIL_PROVIDERS.find((provider) => provider.names.some((suffix) => isAtOrBelow(canonical, suffix)));
}

/** The mailbox provider that runs an MX host, if it is a known one. */
export function mailboxProviderOf(host: string): MailProvider | undefined {
  const provider = providerOf(host);
  return provider?.mailbox ? provider : undefined;
}

/**
 * The mailbox provider whose published MX host names include `host` exactly (`mxHosts`), if any: such a host's
 * addresses and reverse DNS are the provider's to keep.
 */
export function publishedMxHostOf(host: string): MailProvider | undefined {
  const provider = mailboxProviderOf(host);
  return provider?.mxHosts?.includes(normalize(host)) ? provider : undefined;
}

/** What a list of names tells about a domain's providers. */
export interface ProviderRecognition {
  /** The providers named, each once, in the order first named. */
  providers: MailProvider[];
  /** The names that belong to no known provider (the domain's own hosts, or providers not in the table). */
  unrecognized: string[];
}

/**
 * Whether a hint is the text of a TXT record rather than a DNS name: MX hosts and macro-free SPF targets are host
 * names (RFC 1123 §2.1 letters, digits, hyphens, dots), which never hold `=`, `:` or a space.
 */
const isText = (hint: string) => /[=: ]/.test(hint);

/**
 * Sorts hints into known providers and the rest. A hint is a DNS name (an MX host, an SPF include or redirect target,
 * a CNAME target), matched by the providers' names, or the text of a TXT record at the domain's apex, matched by
 * their verification tokens; a text that matches none is no evidence either way and is not `unrecognized`.
 */
export function recognizeProviders(hints: readonly string[]): ProviderRecognition {
  const providers: MailProvider[] = [];
  const unrecognized: string[] = [];
  const note = (provider: MailProvider | undefined) => {
    if (provider && !providers.includes(provider)) providers.push(provider);
  };
  for (const raw of hints) {
    if (isText(raw)) {
      const text = raw.trim().toLowerCase();
      note(MAIL_PROVIDERS.find((provider) => provider.verificationTokens?.some((token) => text.startsWith(token))));
      continue;
    }
    const name = normalize(raw);
    if (name === '') continue;
    const provider = providerOf(name);
    if (provider) note(provider);
    else if (!unrecognized.includes(name)) unrecognized.push(name);
  }
  return { providers, unrecognized };
}
