// Generated from the types of core/report/sections/sending.ts by scripts/data-schemas.ts (npm run schemas): do not
// edit. test/core/report/data-schemas.test.ts fails when it is not what the types make.
import type { DataSchema } from '../define-section.js';

export const sendingDataSchema: DataSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "from": {
      "type": "string",
      "description": "The From (Author) domain: the checked domain."
    },
    "sender": {
      "type": "string",
      "description": "The MAIL FROM identity checked, as a mailbox or a domain."
    },
    "senderDomain": {
      "type": "string"
    },
    "helo": {
      "type": "string"
    },
    "policy": {
      "type": "object",
      "properties": {
        "p": {
          "$ref": "#/$defs/DmarcPolicy"
        },
        "applied": {
          "$ref": "#/$defs/DmarcPolicy"
        },
        "testing": {
          "type": "boolean"
        },
        "aspf": {
          "$ref": "#/$defs/AlignmentMode"
        },
        "adkim": {
          "$ref": "#/$defs/AlignmentMode"
        }
      },
      "required": [
        "p",
        "applied",
        "testing",
        "aspf",
        "adkim"
      ],
      "additionalProperties": false,
      "description": "The DMARC policy of the From domain as receivers apply it; absent when none applies or it is unknown."
    },
    "organizationalDomains": {
      "type": "object",
      "properties": {
        "from": {
          "type": "string"
        },
        "sender": {
          "type": "string"
        }
      },
      "additionalProperties": false,
      "description": "The Organizational Domains by the DNS Tree Walk (RFC 9989 §4.10.2); undefined where the walk failed."
    },
    "dkim": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "selector": {
            "type": "string"
          },
          "keyType": {
            "type": "string"
          },
          "keyBits": {
            "type": "number"
          }
        },
        "required": [
          "selector",
          "keyType",
          "keyBits"
        ],
        "additionalProperties": false
      },
      "description": "The DKIM selectors with valid keys the domain publishes, with their sizes."
    },
    "hosts": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/SendingHost"
      }
    }
  },
  "required": [
    "from",
    "sender",
    "senderDomain",
    "organizationalDomains",
    "dkim",
    "hosts"
  ],
  "additionalProperties": false,
  "description": "The data of the report's sending section.",
  "$defs": {
    "AlignmentMode": {
      "type": "string",
      "enum": [
        "r",
        "s"
      ],
      "description": "Identifier alignment mode (RFC 9989 §4.7: adkim, aspf)."
    },
    "AlignmentResult": {
      "type": "string",
      "enum": [
        "aligned",
        "not-aligned",
        "unknown"
      ],
      "description": "Whether an Authenticated Identifier aligns with the Author Domain (RFC 9989 §4.4); `unknown` when it cannot be told."
    },
    "DmarcOutcome": {
      "type": "object",
      "properties": {
        "kind": {
          "$ref": "#/$defs/DmarcOutcomeKind"
        },
        "text": {
          "type": "string",
          "description": "\"passes DMARC by SPF\", \"passes DMARC only if it signs with DKIM (selector s1)\", \"fails DMARC: p=reject — …\"."
        },
        "policy": {
          "$ref": "#/$defs/DmarcPolicy",
          "description": "The policy receivers apply when it fails (t=y taken into account)."
        },
        "selectors": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The DKIM selectors whose keys an aligned signature could use, for `dkim-only`."
        }
      },
      "required": [
        "kind",
        "text"
      ],
      "additionalProperties": false,
      "description": "The DMARC outcome of one sending host, with the one line people read."
    },
    "DmarcOutcomeKind": {
      "type": "string",
      "enum": [
        "pass-spf",
        "dkim-only",
        "fail",
        "no-policy",
        "unknown"
      ],
      "description": "How DMARC would judge mail from this host (RFC 9989 §4.4, §4.7), in one of five outcomes."
    },
    "DmarcPolicy": {
      "type": "string",
      "enum": [
        "none",
        "quarantine",
        "reject"
      ],
      "description": "A Domain Owner Assessment Policy (RFC 9989 §4.7: p, sp, np)."
    },
    "Finding": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "severity": {
          "$ref": "#/$defs/Severity"
        },
        "message": {
          "type": "string",
          "description": "What was found, specific to this domain (\"10.0.0.0/8 in ip4:10.0.0.1/8 is a private network\")."
        },
        "fix": {
          "type": "string",
          "description": "What to change."
        },
        "rfc": {
          "type": "string"
        },
        "at": {
          "type": "string",
          "description": "Where it was found: the record or name, when that helps."
        },
        "cause": {
          "type": "string",
          "enum": [
            "resolver",
            "domain",
            "limit"
          ],
          "description": "For a failed lookup (`*.dns-error`): who failed — `resolver`, the DoH server the checker asks; `domain`, the domain's own DNS as the resolver relayed it (SERVFAIL, REFUSED); `limit`, the check's own bounds."
        },
        "names": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Every name a grouped finding stands for (one finding per section and cause lists the lookups it hit)."
        }
      },
      "required": [
        "id",
        "severity",
        "message",
        "fix",
        "rfc"
      ],
      "additionalProperties": false,
      "description": "One problem or fact found in a domain's published records."
    },
    "ReceiverChecklist": {
      "type": "object",
      "properties": {
        "receiver": {
          "type": "string"
        },
        "name": {
          "type": "string",
          "description": "The receiver's name (`Gmail`)."
        },
        "since": {
          "type": "string",
          "description": "When the rules took effect (ISO date)."
        },
        "source": {
          "type": "string",
          "description": "Where the receiver publishes them."
        },
        "items": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/RequirementResult"
          }
        }
      },
      "required": [
        "receiver",
        "name",
        "since",
        "source",
        "items"
      ],
      "additionalProperties": false,
      "description": "One receiver's published sender requirements, judged for one sending host."
    },
    "RequirementResult": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "description": "The rule's id in core/sending/requirements.ts (`spf-pass`, `fcrdns`, `tls`, …)."
        },
        "text": {
          "type": "string",
          "description": "The rule as the receiver words it, shortened."
        },
        "appliesTo": {
          "type": "string",
          "enum": [
            "all",
            "bulk"
          ],
          "description": "`all`: every sender; `bulk`: senders of more than 5,000 messages a day to the receiver."
        },
        "status": {
          "$ref": "#/$defs/RequirementStatus"
        },
        "detail": {
          "type": "string",
          "description": "Why, for this host."
        }
      },
      "required": [
        "id",
        "text",
        "appliesTo",
        "status",
        "detail"
      ],
      "additionalProperties": false,
      "description": "One item of a receiver's checklist for one sending host."
    },
    "RequirementStatus": {
      "type": "string",
      "enum": [
        "pass",
        "fail",
        "unknown",
        "not-checkable"
      ],
      "description": "A receiver's rule as the checklist judges it: from DNS, or not checkable here."
    },
    "ReverseDnsStatus": {
      "type": "string",
      "enum": [
        "confirmed",
        "generic",
        "missing",
        "not-confirmed",
        "error"
      ],
      "description": "How reverse DNS of a sending IP looks to a receiver (FCrDNS, RFC 8601 §3 `iprev`)."
    },
    "SectionStatus": {
      "type": "string",
      "enum": [
        "pass",
        "warn",
        "fail",
        "error"
      ],
      "description": "A section's verdict; `error` means DNS could not answer, so nothing is known (never \"missing\")."
    },
    "SendingHeloResult": {
      "type": "object",
      "properties": {
        "helo": {
          "type": "string"
        },
        "checkable": {
          "type": "boolean",
          "description": "False for an address literal: RFC 7208 §2.3 checks only a multi-label domain name."
        },
        "spf": {
          "$ref": "#/$defs/SendingSpfResult"
        }
      },
      "required": [
        "helo",
        "checkable"
      ],
      "additionalProperties": false,
      "description": "The HELO identity's check (RFC 7208 §2.3), when a HELO name was given."
    },
    "SendingHost": {
      "type": "object",
      "properties": {
        "ip": {
          "type": "string"
        },
        "status": {
          "$ref": "#/$defs/SectionStatus"
        },
        "outcome": {
          "$ref": "#/$defs/DmarcOutcome",
          "description": "The DMARC outcome in one line."
        },
        "reverseDns": {
          "$ref": "#/$defs/SendingReverseDns"
        },
        "spf": {
          "$ref": "#/$defs/SendingSpfResult",
          "description": "check_host() for the MAIL FROM identity (RFC 7208 §2.4)."
        },
        "helo": {
          "$ref": "#/$defs/SendingHeloResult"
        },
        "alignment": {
          "type": "object",
          "properties": {
            "spf": {
              "$ref": "#/$defs/SendingSpfAlignment"
            },
            "dkim": {
              "type": "object",
              "properties": {
                "selectors": {
                  "type": "array",
                  "items": {
                    "type": "string"
                  }
                },
                "known": {
                  "type": "boolean"
                }
              },
              "required": [
                "selectors",
                "known"
              ],
              "additionalProperties": false
            }
          },
          "required": [
            "spf",
            "dkim"
          ],
          "additionalProperties": false
        },
        "steps": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SendingStep"
          },
          "description": "The receiver's steps for this host, in order, in words."
        },
        "requirements": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ReceiverChecklist"
          }
        },
        "findings": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Finding"
          }
        }
      },
      "required": [
        "ip",
        "status",
        "outcome",
        "reverseDns",
        "spf",
        "alignment",
        "steps",
        "requirements",
        "findings"
      ],
      "additionalProperties": false,
      "description": "Everything the sending section found for one IP."
    },
    "SendingReverseDns": {
      "type": "object",
      "properties": {
        "status": {
          "$ref": "#/$defs/ReverseDnsStatus"
        },
        "names": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "confirmedName": {
          "type": "string"
        }
      },
      "required": [
        "status",
        "names"
      ],
      "additionalProperties": false,
      "description": "The reverse DNS of one sending IP, from the ptr section's result for it."
    },
    "SendingSpfAlignment": {
      "type": "object",
      "properties": {
        "result": {
          "anyOf": [
            {
              "$ref": "#/$defs/AlignmentResult"
            },
            {
              "type": "string",
              "const": "no-spf-pass"
            }
          ],
          "description": "`no-spf-pass`: SPF did not pass, so there is no SPF-authenticated identifier to align."
        },
        "mode": {
          "$ref": "#/$defs/AlignmentMode"
        },
        "identifier": {
          "type": "string"
        },
        "reason": {
          "type": "string"
        }
      },
      "required": [
        "result",
        "mode",
        "identifier",
        "reason"
      ],
      "additionalProperties": false,
      "description": "Identifier alignment of the SPF-authenticated MAIL FROM domain with the From domain (RFC 9989 §4.4.2)."
    },
    "SendingSpfResult": {
      "type": "object",
      "properties": {
        "identity": {
          "type": "string",
          "description": "The identity checked: the MAIL FROM (`bounce@example.com`) or `postmaster@<helo>`."
        },
        "domain": {
          "type": "string",
          "description": "The domain whose policy decided."
        },
        "result": {
          "$ref": "#/$defs/SpfResult"
        },
        "mechanism": {
          "type": "string",
          "description": "The term that matched, as written, and the domain whose record holds it."
        },
        "mechanismDomain": {
          "type": "string"
        },
        "reason": {
          "type": "string",
          "description": "Why none, neutral (no term matched), temperror or permerror."
        },
        "explanation": {
          "type": "string",
          "description": "The explanation of a fail (RFC 7208 §6.2)."
        },
        "lookups": {
          "$ref": "#/$defs/SpfLookupCounts"
        }
      },
      "required": [
        "identity",
        "domain",
        "result",
        "lookups"
      ],
      "additionalProperties": false,
      "description": "check_host() of one identity for one IP (RFC 7208 §4), with the term that matched or the reason."
    },
    "SendingStep": {
      "type": "object",
      "properties": {
        "step": {
          "type": "string",
          "enum": [
            "reverse-dns",
            "helo",
            "spf",
            "alignment",
            "dkim",
            "dmarc"
          ]
        },
        "status": {
          "$ref": "#/$defs/SendingStepStatus"
        },
        "text": {
          "type": "string",
          "description": "One sentence for people."
        }
      },
      "required": [
        "step",
        "status",
        "text"
      ],
      "additionalProperties": false,
      "description": "One step of how a receiver judges mail from the host, in the order receivers take them: reverse DNS at connect, the HELO name, SPF for the MAIL FROM, its alignment, the DKIM keys an aligned signature could use, the DMARC result."
    },
    "SendingStepStatus": {
      "type": "string",
      "enum": [
        "pass",
        "warn",
        "fail",
        "unknown",
        "info"
      ],
      "description": "How one step of a receiver's judgement went: `info` is a fact that neither helps nor hurts."
    },
    "Severity": {
      "type": "string",
      "enum": [
        "info",
        "warning",
        "error"
      ],
      "description": "How bad a finding is: `error` breaks delivery or protection, `warning` weakens it, `info` is worth knowing."
    },
    "SpfLookupCounts": {
      "type": "object",
      "properties": {
        "dns": {
          "type": "number",
          "description": "DNS-querying terms evaluated (include, a, mx, ptr, exists, redirect); the limit is 10."
        },
        "void": {
          "type": "number",
          "description": "Terms whose lookup returned NXDOMAIN or no answers; the limit is 2."
        }
      },
      "required": [
        "dns",
        "void"
      ],
      "additionalProperties": false,
      "description": "DNS counts of one evaluation (RFC 7208 §4.6.4)."
    },
    "SpfResult": {
      "type": "string",
      "enum": [
        "pass",
        "fail",
        "softfail",
        "neutral",
        "none",
        "temperror",
        "permerror"
      ],
      "description": "The result of check_host() (RFC 7208 §2.6)."
    }
  }
};
