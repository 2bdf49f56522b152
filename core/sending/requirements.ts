/**
 * The large receivers' published sender requirements, as data: one entry per receiver with the date its rules took
 * effect, where it publishes them, and each rule — judged from DNS (`check`) or listed as not checkable here. When a
 * receiver changes its rules, this file is the one to update (docs/sending.md says how).
 */

/** What DNS can show about a rule, for one sending host. */
export type RequirementCheck =
  /** check_host() for the IP and the MAIL FROM gives pass. */
  | 'spf-pass'
  /** SPF passes for the IP, or the domain publishes a usable DKIM key. */
  | 'spf-or-dkim'
  /** The From domain publishes a DKIM key of at least 1024 bits (RFC 8301 §3.2: shorter keys do not verify). */
  | 'dkim-key'
  /** A DMARC policy applies to the From domain (p=none at least). */
  | 'dmarc-published'
  /** The From domain aligns with the SPF-authenticated MAIL FROM domain or with a DKIM signing domain. */
  | 'aligned'
  /** The IP has a PTR whose name resolves back to it. */
  | 'fcrdns';

/** One rule of a receiver. */
export interface RequirementRule {
  /** Stable within the receiver: the check's name, or a name for a rule DNS cannot show. */
  id: string;
  /** The rule in short, as the receiver words it. */
  text: string;
  /** `all`: every sender; `bulk`: senders of more than 5,000 messages a day to the receiver's users. */
  appliesTo: 'all' | 'bulk';
  /** How DNS judges it; `null`: not checkable here (it depends on the messages or the receiver's own data). */
  check: RequirementCheck | null;
}

/** A receiver's sender requirements. */
export interface ReceiverRules {
  /** A stable id (`gmail`). */
  receiver: string;
  name: string;
  /** When the rules took effect (ISO 8601 date). */
  since: string;
  /** The receiver's own page. */
  source: string;
  rules: readonly RequirementRule[];
}

/**
 * Gmail, Yahoo (both from 1 February 2024) and Outlook.com (from 5 May 2025). Gmail: "Email sender guidelines"
 * (requirements for all senders; for more than 5,000 messages a day; "requires a DKIM key of 1024 bits or greater").
 * Yahoo: "Sender Best Practices" (all senders: SPF or DKIM, valid forward and reverse DNS, a complaint rate under
 * 0.3%, RFC 5321/5322; bulk: SPF and DKIM, DMARC p=none at least, From aligned, one-click unsubscribe). Outlook.com:
 * "Strengthening Email Ecosystem: Outlook's New Requirements for High-Volume Senders" (more than 5,000 messages a
 * day: SPF pass, DKIM pass, DMARC p=none at least aligned with SPF or DKIM; valid sender addresses, functional
 * unsubscribe, list hygiene).
 */
export const RECEIVER_RULES: readonly ReceiverRules[] = [
  {
    receiver: 'gmail',
    name: 'Gmail',
    since: '2024-02-01',
    source: 'https://support.google.com/a/answer/81126',
    rules: [
      { id: 'spf-or-dkim', text: 'Set up SPF or DKIM for the sending domain', appliesTo: 'all', check: 'spf-or-dkim' },
      {
        id: 'fcrdns',
        text: 'Valid forward and reverse DNS (PTR) of the sending IP',
        appliesTo: 'all',
        check: 'fcrdns',
      },
      { id: 'tls', text: 'Use a TLS connection to transmit email', appliesTo: 'all', check: null },
      { id: 'spam-rate', text: 'Spam rate in Postmaster Tools below 0.3%', appliesTo: 'all', check: null },
      { id: 'format', text: 'Messages formatted by RFC 5322', appliesTo: 'all', check: null },
      { id: 'spf-pass', text: 'Set up SPF and DKIM: SPF passes for the IP', appliesTo: 'bulk', check: 'spf-pass' },
      {
        id: 'dkim-key',
        text: 'Set up SPF and DKIM: a DKIM key of 1024 bits or more',
        appliesTo: 'bulk',
        check: 'dkim-key',
      },
      {
        id: 'dmarc-published',
        text: 'DMARC published (p=none is enough)',
        appliesTo: 'bulk',
        check: 'dmarc-published',
      },
      {
        id: 'aligned',
        text: 'From domain aligned with the SPF or the DKIM domain',
        appliesTo: 'bulk',
        check: 'aligned',
      },
      { id: 'unsubscribe', text: 'One-click unsubscribe in marketing mail', appliesTo: 'bulk', check: null },
    ],
  },
  {
    receiver: 'yahoo',
    name: 'Yahoo',
    since: '2024-02-01',
    source: 'https://senders.yahooinc.com/best-practices/',
    rules: [
      { id: 'spf-or-dkim', text: 'Authenticate mail with SPF or DKIM', appliesTo: 'all', check: 'spf-or-dkim' },
      {
        id: 'fcrdns',
        text: 'Valid forward and reverse DNS of the sending domains and IPs',
        appliesTo: 'all',
        check: 'fcrdns',
      },
      { id: 'spam-rate', text: 'Spam complaint rate below 0.3%', appliesTo: 'all', check: null },
      { id: 'format', text: 'Comply with RFC 5321 and RFC 5322', appliesTo: 'all', check: null },
      { id: 'spf-pass', text: 'Implement SPF and DKIM: SPF passes for the IP', appliesTo: 'bulk', check: 'spf-pass' },
      { id: 'dkim-key', text: 'Implement SPF and DKIM: a usable DKIM key', appliesTo: 'bulk', check: 'dkim-key' },
      {
        id: 'dmarc-published',
        text: 'A DMARC policy of p=none or stronger',
        appliesTo: 'bulk',
        check: 'dmarc-published',
      },
      { id: 'aligned', text: 'From domain aligned with SPF or DKIM', appliesTo: 'bulk', check: 'aligned' },
      { id: 'unsubscribe', text: 'One-click unsubscribe (RFC 8058)', appliesTo: 'bulk', check: null },
    ],
  },
  {
    receiver: 'outlook',
    name: 'Outlook.com',
    since: '2025-05-05',
    source:
      'https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730',
    rules: [
      { id: 'spf-pass', text: 'SPF must pass for the sending domain', appliesTo: 'bulk', check: 'spf-pass' },
      { id: 'dkim-key', text: 'DKIM must pass (a usable key published)', appliesTo: 'bulk', check: 'dkim-key' },
      { id: 'dmarc-published', text: 'DMARC at least p=none', appliesTo: 'bulk', check: 'dmarc-published' },
      { id: 'aligned', text: 'DMARC aligned with SPF or DKIM (preferably both)', appliesTo: 'bulk', check: 'aligned' },
      { id: 'sender-address', text: 'Valid, replyable From and Reply-To addresses', appliesTo: 'bulk', check: null },
      { id: 'unsubscribe', text: 'A functional unsubscribe link', appliesTo: 'bulk', check: null },
      { id: 'list-hygiene', text: 'List hygiene and bounce management', appliesTo: 'bulk', check: null },
    ],
  },
];
