// Generated from the types of core/report/sections/ptr.ts by scripts/data-schemas.ts (npm run schemas): do not
// edit. test/core/report/data-schemas.test.ts fails when it is not what the types make.
import type { DataSchema } from '../define-section.js';

export const ptrDataSchema: DataSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "results": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/PtrAddressResult"
      },
      "description": "One entry per address checked, sending IPs first."
    },
    "skipped": {
      "type": "array",
      "items": {
        "type": "string"
      },
      "description": "Addresses beyond the bound, not checked."
    },
    "omitted": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/PtrOmitted"
      },
      "description": "MX host addresses left out on purpose (a mailbox provider's) or cut by the fetch budget."
    }
  },
  "required": [
    "results",
    "skipped",
    "omitted"
  ],
  "additionalProperties": false,
  "description": "The data of the report's ptr section.",
  "$defs": {
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
    "IpError": {
      "type": "object",
      "properties": {
        "code": {
          "type": "string",
          "const": "invalid-ip"
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
      "description": "Why an input is not an IP address."
    },
    "PtrAddressResult": {
      "type": "object",
      "properties": {
        "input": {
          "type": "string",
          "description": "What was asked, as given."
        },
        "error": {
          "$ref": "#/$defs/IpError",
          "description": "Set when the input is not an IP address (no lookup was made)."
        },
        "ip": {
          "type": "string"
        },
        "version": {
          "type": "number",
          "enum": [
            4,
            6
          ]
        },
        "reverseName": {
          "type": "string"
        },
        "source": {
          "$ref": "#/$defs/PtrSource"
        },
        "host": {
          "type": "string",
          "description": "The MX host the address belongs to."
        },
        "status": {
          "$ref": "#/$defs/SectionStatus"
        },
        "summary": {
          "type": "string"
        },
        "findings": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/Finding"
          }
        },
        "records": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The PTR records as published: \"<reverse name> PTR <name>\"."
        },
        "names": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The PTR names (at most the bound)."
        },
        "skippedNames": {
          "type": "number",
          "description": "PTR names beyond the bound, not looked up."
        },
        "forward": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/PtrForward"
          }
        },
        "fcrdns": {
          "type": "boolean",
          "description": "Forward-confirmed reverse DNS: a PTR name resolves back to the address."
        },
        "confirmedName": {
          "type": "string",
          "description": "The PTR name that confirmed, when one did."
        },
        "generic": {
          "type": "boolean",
          "description": "The name looks like an ISP's generic (dynamic/residential) name."
        }
      },
      "required": [
        "input",
        "status",
        "summary",
        "findings",
        "records",
        "names",
        "skippedNames",
        "forward",
        "fcrdns",
        "generic"
      ],
      "additionalProperties": false,
      "description": "What reverse DNS found for one address, with that address's own verdict: an item of the ptr section's `results`. `checkPtr` returns the same as a section (`PtrCheck`), its verdict fields apart from the rest, its `data`."
    },
    "PtrForward": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string"
        },
        "addresses": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The A (IPv4) or AAAA (IPv6) addresses of the name."
        },
        "confirmed": {
          "type": "boolean",
          "description": "Whether `addresses` holds the checked IP."
        },
        "alias": {
          "type": "string",
          "description": "When the name is an alias: the canonical name its CNAME chain ends at (RFC 1912 §2.1 wants the host itself)."
        },
        "error": {
          "$ref": "#/$defs/DnsErrorCode"
        }
      },
      "required": [
        "name",
        "addresses",
        "confirmed"
      ],
      "additionalProperties": false,
      "description": "The forward lookup of one PTR name."
    },
    "PtrOmitted": {
      "type": "object",
      "properties": {
        "ip": {
          "type": "string"
        },
        "host": {
          "type": "string",
          "description": "The MX host it belongs to."
        },
        "reason": {
          "type": "string",
          "enum": [
            "provider",
            "budget"
          ],
          "description": "`provider`: a recognised mailbox provider runs the host and keeps its PTR; `budget`: the fetch budget ran out."
        },
        "provider": {
          "type": "string",
          "description": "The provider's name, for `provider`."
        }
      },
      "required": [
        "ip",
        "reason"
      ],
      "additionalProperties": false,
      "description": "An MX host address whose reverse DNS was not checked, and why."
    },
    "PtrSource": {
      "type": "string",
      "enum": [
        "mx",
        "sending"
      ],
      "description": "Where an address to check came from: an MX host of the domain, or a sending IP the user named."
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
    "Severity": {
      "type": "string",
      "enum": [
        "info",
        "warning",
        "error"
      ],
      "description": "How bad a finding is: `error` breaks delivery or protection, `warning` weakens it, `info` is worth knowing."
    }
  }
};

export const ptrAddressSchema: DataSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "input": {
      "type": "string",
      "description": "What was asked, as given."
    },
    "error": {
      "$ref": "#/$defs/IpError",
      "description": "Set when the input is not an IP address (no lookup was made)."
    },
    "ip": {
      "type": "string"
    },
    "version": {
      "type": "number",
      "enum": [
        4,
        6
      ]
    },
    "reverseName": {
      "type": "string"
    },
    "source": {
      "$ref": "#/$defs/PtrSource"
    },
    "host": {
      "type": "string",
      "description": "The MX host the address belongs to."
    },
    "names": {
      "type": "array",
      "items": {
        "type": "string"
      },
      "description": "The PTR names (at most the bound)."
    },
    "skippedNames": {
      "type": "number",
      "description": "PTR names beyond the bound, not looked up."
    },
    "forward": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/PtrForward"
      }
    },
    "fcrdns": {
      "type": "boolean",
      "description": "Forward-confirmed reverse DNS: a PTR name resolves back to the address."
    },
    "confirmedName": {
      "type": "string",
      "description": "The PTR name that confirmed, when one did."
    },
    "generic": {
      "type": "boolean",
      "description": "The name looks like an ISP's generic (dynamic/residential) name."
    }
  },
  "required": [
    "input",
    "names",
    "skippedNames",
    "forward",
    "fcrdns",
    "generic"
  ],
  "additionalProperties": false,
  "description": "The data of `checkPtr`'s result: one address's reverse names, their forward lookups and FCrDNS.",
  "$defs": {
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
    "IpError": {
      "type": "object",
      "properties": {
        "code": {
          "type": "string",
          "const": "invalid-ip"
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
      "description": "Why an input is not an IP address."
    },
    "PtrForward": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string"
        },
        "addresses": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The A (IPv4) or AAAA (IPv6) addresses of the name."
        },
        "confirmed": {
          "type": "boolean",
          "description": "Whether `addresses` holds the checked IP."
        },
        "alias": {
          "type": "string",
          "description": "When the name is an alias: the canonical name its CNAME chain ends at (RFC 1912 §2.1 wants the host itself)."
        },
        "error": {
          "$ref": "#/$defs/DnsErrorCode"
        }
      },
      "required": [
        "name",
        "addresses",
        "confirmed"
      ],
      "additionalProperties": false,
      "description": "The forward lookup of one PTR name."
    },
    "PtrSource": {
      "type": "string",
      "enum": [
        "mx",
        "sending"
      ],
      "description": "Where an address to check came from: an MX host of the domain, or a sending IP the user named."
    }
  }
};
