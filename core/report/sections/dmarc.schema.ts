// Generated from the types of core/report/sections/dmarc.ts by scripts/data-schemas.ts (npm run schemas): do not
// edit. test/core/report/data-schemas.test.ts fails when it is not what the types make.
import type { DataSchema } from '../define-section.js';

export const dmarcDataSchema: DataSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "domain": {
      "type": "string"
    },
    "discovery": {
      "$ref": "#/$defs/DiscoveryStatus"
    },
    "policyDomain": {
      "type": "string",
      "description": "Where the applicable record was found, and its name."
    },
    "recordName": {
      "type": "string"
    },
    "inherited": {
      "type": "boolean"
    },
    "record": {
      "$ref": "#/$defs/DmarcRecord"
    },
    "domainExists": {
      "type": "boolean",
      "description": "Whether the domain exists (RFC 8020: NXDOMAIN means it does not); undefined when not needed or unknown."
    },
    "policy": {
      "$ref": "#/$defs/EffectivePolicies"
    },
    "organizationalDomain": {
      "type": "object",
      "properties": {
        "treeWalk": {
          "type": "string",
          "description": "RFC 9989 §4.10.2."
        },
        "publicSuffixList": {
          "type": "string",
          "description": "RFC 7489 §3.2 (Public Suffix List)."
        },
        "agree": {
          "type": "boolean"
        }
      },
      "required": [
        "treeWalk",
        "publicSuffixList",
        "agree"
      ],
      "additionalProperties": false
    },
    "rfc7489": {
      "type": "object",
      "properties": {
        "status": {
          "$ref": "#/$defs/DiscoveryStatus"
        },
        "policyDomain": {
          "type": "string"
        },
        "policy": {
          "$ref": "#/$defs/DmarcPolicy"
        }
      },
      "required": [
        "status"
      ],
      "additionalProperties": false,
      "description": "What an RFC 7489 receiver would apply."
    },
    "reporting": {
      "type": "object",
      "properties": {
        "rua": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ReportDestination"
          }
        },
        "ruf": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ReportDestination"
          }
        }
      },
      "required": [
        "rua",
        "ruf"
      ],
      "additionalProperties": false
    },
    "walk": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "name": {
            "type": "string"
          },
          "outcome": {
            "$ref": "#/$defs/TreeWalkOutcome"
          }
        },
        "required": [
          "name",
          "outcome"
        ],
        "additionalProperties": false
      }
    }
  },
  "required": [
    "domain",
    "discovery",
    "inherited",
    "organizationalDomain",
    "rfc7489",
    "reporting",
    "walk"
  ],
  "additionalProperties": false,
  "description": "The DMARC data of a domain: what `checkDmarc` found, JSON-ready.",
  "$defs": {
    "AlignmentMode": {
      "type": "string",
      "enum": [
        "r",
        "s"
      ],
      "description": "Identifier alignment mode (RFC 9989 §4.7: adkim, aspf)."
    },
    "DiscoveryStatus": {
      "type": "string",
      "enum": [
        "found",
        "none",
        "multiple",
        "invalid",
        "dns-error"
      ],
      "description": "Policy discovery's verdict (RFC 9989 §4.10.1): `found` — a record applies; `none` — no record; `multiple` — none applies and a name held several (discarded); `invalid` — the record that applies gets no DMARC processing (no valid p and no valid rua), or none applies and a name held an invalid one; `dns-error` — a lookup the policy depends on failed, so the policy is unknown."
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
    "DmarcRecord": {
      "type": "object",
      "properties": {
        "raw": {
          "type": "string",
          "description": "The record as published."
        },
        "p": {
          "$ref": "#/$defs/DmarcPolicy",
          "description": "The p tag as published, when valid."
        },
        "policy": {
          "$ref": "#/$defs/DmarcPolicy",
          "description": "The policy for the domain itself as receivers take it: p, or none when `policyMode` is not `published`."
        },
        "policyMode": {
          "type": "string",
          "enum": [
            "published",
            "as-none",
            "no-dmarc"
          ],
          "description": "What receivers do with p, sp and np (RFC 9989 §4.10.1): `published` — as published; `as-none` — p is missing or invalid, or sp or np is invalid, and rua holds a valid URI, so the whole record acts as p=none; `no-dmarc` — the same without a valid rua URI: no DMARC processing."
        },
        "sp": {
          "$ref": "#/$defs/DmarcPolicy"
        },
        "np": {
          "$ref": "#/$defs/DmarcPolicy"
        },
        "adkim": {
          "$ref": "#/$defs/AlignmentMode"
        },
        "aspf": {
          "$ref": "#/$defs/AlignmentMode"
        },
        "fo": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "psd": {
          "$ref": "#/$defs/PsdFlag"
        },
        "testing": {
          "type": "boolean",
          "description": "t=y: the owner is testing; receivers do not apply the policy as published."
        },
        "rua": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ReportUri"
          }
        },
        "ruf": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/ReportUri"
          }
        },
        "historic": {
          "type": "object",
          "properties": {
            "pct": {
              "type": "string"
            },
            "rf": {
              "type": "string"
            },
            "ri": {
              "type": "string"
            }
          },
          "additionalProperties": false,
          "description": "pct, rf, ri as published (RFC 7489 §6.3); RFC 9989 receivers ignore them."
        },
        "unknown": {
          "type": "object",
          "additionalProperties": {
            "type": "string"
          },
          "description": "Tags RFC 9989 does not define, kept aside (names lower case)."
        },
        "tags": {
          "type": "array",
          "items": {
            "type": "array",
            "minItems": 2,
            "prefixItems": [
              {
                "type": "string",
                "title": "name"
              },
              {
                "type": "string",
                "title": "value"
              }
            ],
            "items": false,
            "maxItems": 2
          },
          "description": "Every tag as published (names lower case, values trimmed), in order."
        }
      },
      "required": [
        "raw",
        "policy",
        "policyMode",
        "adkim",
        "aspf",
        "fo",
        "psd",
        "testing",
        "rua",
        "ruf",
        "historic",
        "unknown",
        "tags"
      ],
      "additionalProperties": false,
      "description": "A usable DMARC Policy Record (RFC 9989 §4.7), with defaults applied."
    },
    "DnsErrorCode": {
      "type": "string",
      "enum": [
        "servfail",
        "refused",
        "rcode",
        "timeout",
        "network",
        "bad-response",
        "budget-exhausted",
        "deadline",
        "cname-chain",
        "invalid-name"
      ],
      "description": "Why a lookup could not be answered. None of these is a fact about the name: each one means \"unknown\" and maps to temperror (RFC 7208 §2.6.6) or a section in `error`, never to \"record missing\"."
    },
    "EffectivePolicies": {
      "type": "object",
      "properties": {
        "domain": {
          "$ref": "#/$defs/EffectivePolicy"
        },
        "subdomains": {
          "$ref": "#/$defs/EffectivePolicy"
        },
        "nonExistentSubdomains": {
          "$ref": "#/$defs/EffectivePolicy"
        }
      },
      "required": [
        "domain",
        "subdomains",
        "nonExistentSubdomains"
      ],
      "additionalProperties": false,
      "description": "The effective policies of a domain: itself, its existing subdomains (sp) and its non-existent ones (np)."
    },
    "EffectivePolicy": {
      "type": "object",
      "properties": {
        "published": {
          "$ref": "#/$defs/DmarcPolicy",
          "description": "The policy as published for this kind of name."
        },
        "source": {
          "type": "string",
          "enum": [
            "p",
            "sp",
            "np"
          ],
          "description": "The tag it came from (`p` when sp/np are absent and default to it)."
        },
        "applied": {
          "$ref": "#/$defs/DmarcPolicy",
          "description": "What receivers apply: with t=y one step milder (reject → quarantine, quarantine → none)."
        },
        "testing": {
          "type": "boolean"
        }
      },
      "required": [
        "published",
        "source",
        "applied",
        "testing"
      ],
      "additionalProperties": false,
      "description": "The policy receivers apply to one kind of name, with t=y taken into account."
    },
    "PsdFlag": {
      "type": "string",
      "enum": [
        "y",
        "n",
        "u"
      ],
      "description": "The psd tag (RFC 9989 §4.7): y is a Public Suffix Domain, n an Organizational Domain, u unknown (default)."
    },
    "ReportAuthorization": {
      "type": "string",
      "enum": [
        "internal",
        "authorized",
        "unauthorized",
        "dns-error",
        "not-checkable",
        "not-checked"
      ],
      "description": "Whether a report destination accepts reports for the policy domain (RFC 9990 §4; for ruf RFC 9991 §5): `internal` — inside the organizational domain; `authorized` — at least one `v=DMARC1` record at the authorization name; `unauthorized` — none; `dns-error` — unknown; `not-checkable` — no host, or an authorization name too long for DNS, so no receiver can make a positive determination (§4 step 4); `not-checked` — past the bound of lookups per record (`MAX_AUTHORIZATION_LOOKUPS`), unknown."
    },
    "ReportDelivery": {
      "type": "string",
      "enum": [
        "deliverable",
        "null-mx",
        "no-mail-host",
        "nxdomain",
        "dns-error",
        "not-checked"
      ],
      "description": "Whether mail can reach a mailto destination's domain (RFC 5321 §5.1, RFC 7505 §3): `deliverable`; `null-mx` — the domain declares it accepts no mail; `no-mail-host` — no MX exchange (nor, without MX, the domain itself) has an address; `nxdomain` — the domain does not exist; `dns-error` — unknown; `not-checked` — past the lookup bound."
    },
    "ReportDestination": {
      "type": "object",
      "properties": {
        "uri": {
          "type": "string",
          "description": "The URI as published, without any size suffix."
        },
        "scheme": {
          "type": "string",
          "description": "The scheme, lower case (`mailto`, `https`, …)."
        },
        "address": {
          "type": "string",
          "description": "The mailbox of a mailto URI."
        },
        "host": {
          "type": "string",
          "description": "The destination host: the domain of a mailto address or the host of a URI with an authority."
        },
        "sizeLimit": {
          "type": "string",
          "description": "An RFC 7489 `!size` suffix; RFC 9989 dropped it and receivers ignore it."
        },
        "kind": {
          "type": "string",
          "enum": [
            "rua",
            "ruf"
          ]
        },
        "authorization": {
          "$ref": "#/$defs/ReportAuthorization"
        },
        "delivery": {
          "$ref": "#/$defs/ReportDelivery",
          "description": "For a mailto destination: whether its domain can receive mail."
        },
        "authorizationName": {
          "type": "string",
          "description": "The name queried for an external destination: `<policy-domain>._report._dmarc.<host>`."
        },
        "dnsError": {
          "type": "object",
          "properties": {
            "code": {
              "$ref": "#/$defs/DnsErrorCode"
            },
            "message": {
              "type": "string"
            }
          },
          "required": [
            "code",
            "message"
          ],
          "additionalProperties": false,
          "description": "The DNS error, for `dns-error`."
        }
      },
      "required": [
        "authorization",
        "kind",
        "scheme",
        "uri"
      ],
      "additionalProperties": false,
      "description": "One rua/ruf destination with its authorization."
    },
    "ReportUri": {
      "type": "object",
      "properties": {
        "uri": {
          "type": "string",
          "description": "The URI as published, without any size suffix."
        },
        "scheme": {
          "type": "string",
          "description": "The scheme, lower case (`mailto`, `https`, …)."
        },
        "address": {
          "type": "string",
          "description": "The mailbox of a mailto URI."
        },
        "host": {
          "type": "string",
          "description": "The destination host: the domain of a mailto address or the host of a URI with an authority."
        },
        "sizeLimit": {
          "type": "string",
          "description": "An RFC 7489 `!size` suffix; RFC 9989 dropped it and receivers ignore it."
        }
      },
      "required": [
        "uri",
        "scheme"
      ],
      "additionalProperties": false,
      "description": "One reporting URI from rua or ruf (RFC 9989 §4.7), as parsed."
    },
    "TreeWalkOutcome": {
      "type": "string",
      "enum": [
        "record",
        "none",
        "multiple",
        "invalid",
        "dns-error"
      ],
      "description": "What one query of the DNS Tree Walk found at `_dmarc.<domain>` (RFC 9989 §4.10 step 2): one DMARC record; none; several (all discarded, the walk goes on); one whose tag-list is invalid (a repeated tag, RFC 6376 §3.2: discarded, the walk goes on); or a DNS error."
    }
  }
};
