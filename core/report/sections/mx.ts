import { checkMx } from '../../mx/check.js';
import { mxFindings } from '../../mx/findings.js';
import { defineSection } from '../define-section.js';

/** The mx section: where the domain receives mail (RFC 5321 §5.1, RFC 7505) and its hosts' addresses. */
export const mxSection = defineSection({
  name: 'mx',
  label: 'MX',
  title: 'MX',
  standard: 'RFC 5321, RFC 7505',
  weight: 5,
  catalogue: mxFindings,
  check: ({ domain, resolver }) => checkMx(domain, { resolver }),
});
