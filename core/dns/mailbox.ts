import { parseDomain, utf8Length } from './name.js';
import { parseIp } from './reverse-name.js';

/** Why a sender or HELO name given as input was rejected. */
export interface SmtpIdentityError {
  code: 'invalid-sender' | 'invalid-helo';
  message: string;
}

/** A MAIL FROM identity accepted as input: a mailbox, or a bare domain (its local-part is then "postmaster"). */
export type SenderParseResult =
  | {
      ok: true;
      /** `local-part@domain` with the domain as an A-label (or an address literal), or the domain alone. */
      sender: string;
      /** The local-part as given, or `undefined` for a bare domain (RFC 7208 §4.3: "postmaster" stands in). */
      localPart: string | undefined;
      /** The domain (A-label) or the address literal, brackets kept. */
      domain: string;
    }
  | { ok: false; error: SmtpIdentityError };

/** A HELO/EHLO name accepted as input: a domain (A-label) or an address literal such as `[192.0.2.1]`. */
export type HeloParseResult =
  | { ok: true; helo: string; kind: 'domain' | 'address-literal' }
  | { ok: false; error: SmtpIdentityError };

// RFC 5322 §3.2.3 atext, which RFC 5321 §4.1.2 Atom is made of.
const DOT_STRING = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
// RFC 5321 §4.1.2: Quoted-string = DQUOTE *(qtextSMTP / quoted-pairSMTP) DQUOTE.
const QUOTED_STRING = /^"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*"$/;
// RFC 5321 §4.1.3: General-address-literal = Standardized-tag ":" 1*dcontent.
const GENERAL_LITERAL = /^[A-Za-z0-9-]*[A-Za-z0-9]:[\x21-\x5a\x5e-\x7e]+$/;

const SENDER_SHAPE = 'a mailbox such as bounce@example.com, or a domain such as example.com';
const HELO_SHAPE = 'a domain such as mail.example.com, or an address literal such as [192.0.2.1] or [IPv6:2001:db8::1]';

const senderError = (reason: string): SenderParseResult => ({
  ok: false,
  error: { code: 'invalid-sender', message: `The sender ${reason}: give ${SENDER_SHAPE} (RFC 5321 §4.1.2).` },
});

const heloError = (reason: string): HeloParseResult => ({
  ok: false,
  error: { code: 'invalid-helo', message: `The HELO name ${reason}: give ${HELO_SHAPE} (RFC 5321 §4.1.1.1).` },
});

/**
 * Reads an address literal (RFC 5321 §4.1.3): `[IPv4]` or `[IPv6:address]`; a standardized tag other than IPv6 is
 * well-formed but names no address this tool can use, so it is refused with its reason.
 */
function parseAddressLiteral(text: string): { ok: true; literal: string } | { ok: false; reason: string } {
  const inner = text.slice(1, -1);
  if (/^IPv6:/i.test(inner)) {
    const parsed = parseIp(inner.slice(5));
    if (!parsed.ok || parsed.address.version !== 6)
      return { ok: false, reason: 'has an IPv6 literal that is no IPv6 address' };
    return { ok: true, literal: `[IPv6:${parsed.address.ip}]` };
  }
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(inner)) {
    const parsed = parseIp(inner);
    if (!parsed.ok) return { ok: false, reason: 'has an IPv4 literal whose numbers are not 0–255' };
    return { ok: true, literal: `[${parsed.address.ip}]` };
  }
  const untagged = parseIp(inner);
  if (untagged.ok && untagged.address.version === 6) {
    return {
      ok: false,
      reason: `has an IPv6 literal without its tag (an IPv6 literal needs its tag: [IPv6:${untagged.address.ip}])`,
    };
  }
  if (GENERAL_LITERAL.test(inner)) {
    return { ok: false, reason: 'has an address literal of a kind other than IPv4 or IPv6' };
  }
  return { ok: false, reason: 'has an address literal that is neither [IPv4] nor [IPv6:…]' };
}

/**
 * Validates a MAIL FROM identity for check_host(): an RFC 5321 §4.1.2 Mailbox (Dot-string or Quoted-string
 * local-part of at most 64 octets, §4.5.3.1.1; a domain or an address literal), optionally in angle brackets, or a
 * bare domain, for which RFC 7208 §4.3 substitutes "postmaster". The whole path is at most 256 octets (§4.5.3.1.3).
 * Messages never repeat the input.
 */
export function parseSender(input: string): SenderParseResult {
  let text = input.trim();
  if (text.startsWith('<') && text.endsWith('>')) text = text.slice(1, -1);
  if (text === '') return senderError('is empty');
  if (utf8Length(text) > 254) return senderError('is longer than a path may be (256 octets with its brackets)');
  // The local-part may itself hold an "@" when quoted, so the domain begins after the last one.
  const at = text.lastIndexOf('@');
  if (at < 0) {
    const domain = parseDomain(text);
    if (!domain.ok)
      return senderError(`is neither a mailbox nor a domain (${domain.error.message.replace(/\.$/, '')})`);
    return { ok: true, sender: domain.name, localPart: undefined, domain: domain.name };
  }
  const localPart = text.slice(0, at);
  const rest = text.slice(at + 1);
  if (localPart === '') return senderError('has nothing before the "@"');
  if (utf8Length(localPart) > 64) return senderError('has a local-part longer than 64 octets (RFC 5321 §4.5.3.1.1)');
  if (!DOT_STRING.test(localPart) && !QUOTED_STRING.test(localPart)) {
    return senderError(
      "has a local-part with characters a mailbox cannot hold unquoted (only letters, digits, !#$%&'*+/=?^_`{|}~- and inner dots)",
    );
  }
  if (rest.startsWith('[') && rest.endsWith(']')) {
    const literal = parseAddressLiteral(rest);
    if (!literal.ok) return senderError(literal.reason);
    return { ok: true, sender: `${localPart}@${literal.literal}`, localPart, domain: literal.literal };
  }
  const domain = parseDomain(rest);
  if (!domain.ok)
    return senderError(`has an invalid domain after the "@" (${domain.error.message.replace(/\.$/, '')})`);
  return { ok: true, sender: `${localPart}@${domain.name}`, localPart, domain: domain.name };
}

/**
 * Validates a HELO/EHLO name: a Domain or an address literal (RFC 5321 §4.1.1.1 `ehlo = "EHLO" SP ( Domain /
 * address-literal )`). A bare IP address is refused with the literal to write instead. Messages never repeat the
 * input beyond what was validated.
 */
export function parseHelo(input: string): HeloParseResult {
  const text = input.trim();
  if (text === '') return heloError('is empty');
  if (text.startsWith('[') && text.endsWith(']')) {
    const literal = parseAddressLiteral(text);
    if (!literal.ok) return heloError(literal.reason);
    return { ok: true, helo: literal.literal, kind: 'address-literal' };
  }
  const ip = parseIp(text);
  if (ip.ok) {
    const literal = ip.address.version === 4 ? `[${ip.address.ip}]` : `[IPv6:${ip.address.ip}]`;
    return heloError(`is a bare IP address; write it as the address literal ${literal}`);
  }
  const domain = parseDomain(text);
  if (!domain.ok) return heloError(`is not a domain (${domain.error.message.replace(/\.$/, '')})`);
  return { ok: true, helo: domain.name, kind: 'domain' };
}
