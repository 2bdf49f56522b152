import ipaddr from 'ipaddr.js';

export { isPublicAddress } from '../dns/reverse-name.js';

const DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Whether a host name is really an IPv4 or IPv6 address written where a name belongs (RFC 5321 §5.1). */
export function isAddressLiteral(name: string): boolean {
  const bare = name.replace(/^\[|\]$/g, '');
  // The cheap shape test first: ipaddr's IPv4 validator throws (and catches) internally on every host name.
  return (
    (DOTTED_QUAD.test(bare) && ipaddr.IPv4.isValidFourPartDecimal(bare)) ||
    (bare.includes(':') && ipaddr.IPv6.isValid(bare))
  );
}
