// Generated from the types of core/report/sections/mx.ts by scripts/data-schemas.ts (npm run schemas): do not
// edit. test/core/report/data-schemas.test.ts fails when it is not what the types make.
import type { DataSchema } from '../define-section.js';

export const mxDataSchema: DataSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "nullMx": {
      "type": "boolean",
      "description": "The domain declares it accepts no mail (RFC 7505)."
    },
    "implicit": {
      "type": "boolean",
      "description": "No MX: mail goes to the domain's own address (RFC 5321 §5.1)."
    },
    "hosts": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/MxHost"
      },
      "description": "The hosts looked up, by preference; at most `maxHosts` of them."
    },
    "skippedHosts": {
      "type": "number",
      "description": "MX records beyond the bound, not looked up."
    },
    "helo": {
      "$ref": "#/$defs/MxHeloData",
      "description": "Absent for a null MX, no MX (implicit or missing), a failed MX lookup, or hosts none of which has an address."
    }
  },
  "additionalProperties": false,
  "required": [
    "hosts",
    "implicit",
    "nullMx",
    "skippedHosts"
  ],
  "description": "The data of the report's mx section: `checkMx`'s, and the HELO check of its hosts when it has hosts to check.",
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
    "MxHeloData": {
      "type": "object",
      "properties": {
        "status": {
          "$ref": "#/$defs/SectionStatus",
          "description": "Of this part alone: `error` when a lookup failed (the mx section is then `error` too: nothing is known)."
        },
        "summary": {
          "type": "string"
        },
        "hosts": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SpfHeloHost"
          },
          "description": "The hosts checked, lowest preference first (at most `MAX_HELO_HOSTS`)."
        },
        "skippedHosts": {
          "type": "number",
          "description": "MX hosts with an address beyond `MAX_HELO_HOSTS`, not checked (`spf.helo-hosts-limited`)."
        },
        "providerHosts": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "MX hosts a recognised mailbox provider runs: their HELO records are the provider's, so they are not checked."
        }
      },
      "required": [
        "status",
        "summary",
        "hosts",
        "skippedHosts",
        "providerHosts"
      ],
      "additionalProperties": false,
      "description": "The MX hosts' names checked as HELO identities (RFC 7208 §2.3), in the mx section's data."
    },
    "MxHost": {
      "type": "object",
      "properties": {
        "exchange": {
          "type": "string",
          "description": "The exchange name; for an implicit MX, the domain itself."
        },
        "preference": {
          "type": "number"
        },
        "addresses": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "A and AAAA addresses, IPv4 first."
        },
        "cnameTarget": {
          "type": "string",
          "description": "The end of the CNAME chain, when the exchange is an alias (RFC 2181 §10.3 forbids it)."
        },
        "error": {
          "$ref": "#/$defs/DnsErrorCode",
          "description": "Why the addresses are unknown: a lookup failed."
        },
        "provider": {
          "type": "string",
          "description": "The mailbox provider that publishes this host name for every customer (core/providers.ts `mxHosts`): its addresses were not looked up (`addresses` is empty), as they are the provider's to keep (`mx.provider-hosts`)."
        }
      },
      "required": [
        "exchange",
        "preference",
        "addresses"
      ],
      "additionalProperties": false,
      "description": "One mail exchanger and the addresses it resolves to (RFC 5321 §5.1)."
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
    "SpfHeloHost": {
      "type": "object",
      "properties": {
        "host": {
          "type": "string"
        },
        "status": {
          "$ref": "#/$defs/SpfHeloStatus"
        },
        "records": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The v=spf1 records at the name, as published."
        },
        "results": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "ip": {
                "type": "string"
              },
              "result": {
                "$ref": "#/$defs/SpfResult"
              },
              "reason": {
                "type": "string"
              }
            },
            "required": [
              "ip",
              "result"
            ],
            "additionalProperties": false
          }
        }
      },
      "required": [
        "host",
        "status",
        "records",
        "results"
      ],
      "additionalProperties": false,
      "description": "One host name checked as a HELO identity, with the result for each of its addresses."
    },
    "SpfHeloStatus": {
      "type": "string",
      "enum": [
        "pass",
        "no-record",
        "not-authorized",
        "no-address",
        "not-checkable",
        "error"
      ],
      "description": "How one host name fares as a HELO identity."
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
