// Generated from the types of core/report/sections/dkim.ts by scripts/data-schemas.ts (npm run schemas): do not
// edit. test/core/report/data-schemas.test.ts fails when it is not what the types make.
import type { DataSchema } from '../define-section.js';

export const dkimDataSchema: DataSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "selectors": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/DkimSelectorResult"
      },
      "description": "Named selectors, and discovered selectors that exist."
    },
    "discovery": {
      "$ref": "#/$defs/DkimDiscovery"
    }
  },
  "required": [
    "selectors",
    "discovery"
  ],
  "additionalProperties": false,
  "description": "The data of `checkDkim`'s result (the report's dkim section): the selectors looked at and how they were found.",
  "$defs": {
    "DkimDiscovery": {
      "type": "object",
      "properties": {
        "used": {
          "type": "boolean",
          "description": "Whether the common list was probed."
        },
        "hint": {
          "type": "string",
          "enum": [
            "nxdomain",
            "exists",
            "error",
            "not-asked"
          ],
          "description": "The `_domainkey.<domain>` hint, asked just before the common list: NXDOMAIN means no selector exists below it (RFC 8020); `not-asked` when the list was not needed, discovery was off, or the budget was spent."
        },
        "probed": {
          "type": "number",
          "description": "How many guessed selectors (providers' and common) were looked up."
        },
        "providers": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The ids of the providers recognised from the MX hosts, SPF includes and CNAME targets (core/providers.ts)."
        },
        "commonList": {
          "type": "string",
          "enum": [
            "probed",
            "not-needed",
            "nxdomain",
            "limited",
            "off"
          ],
          "description": "What became of the common list: `probed`; `not-needed` (the recognised providers account for the domain and a key was found); `nxdomain` (skipped: `_domainkey.<domain>` does not exist, RFC 8020); `limited` (the budget was spent before it: its selectors are in `limited`); `off` (discovery off)."
        },
        "limited": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Guessed selectors not looked up because the request's fetch budget went to what the verdict needs."
        },
        "asked": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Every selector looked up, named and guessed: a selector not in it was not asked, so its key is unknown — not gone (what `diffReports` needs to tell a removed key from one this check did not look for)."
        }
      },
      "required": [
        "used",
        "hint",
        "probed",
        "providers",
        "commonList",
        "limited",
        "asked"
      ],
      "additionalProperties": false,
      "description": "How selectors were guessed (docs/dkim-selectors.md)."
    },
    "DkimKeyType": {
      "type": "string",
      "enum": [
        "rsa",
        "ed25519"
      ],
      "description": "The key types a DKIM key record can declare (RFC 6376 §3.6.1 `k=`, RFC 8463 §3)."
    },
    "DkimSelectorResult": {
      "type": "object",
      "properties": {
        "selector": {
          "type": "string"
        },
        "name": {
          "type": "string",
          "description": "The name queried: `<selector>._domainkey.<domain>`."
        },
        "source": {
          "$ref": "#/$defs/DkimSelectorSource"
        },
        "found": {
          "type": "boolean",
          "description": "Whether a key record was published there."
        },
        "cnameTarget": {
          "type": "string",
          "description": "The end of the CNAME chain when the selector is delegated (e.g. to an ESP)."
        },
        "records": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The TXT records at the name, as published (joined character-strings)."
        },
        "keyType": {
          "$ref": "#/$defs/DkimKeyType"
        },
        "keyBits": {
          "type": "number"
        },
        "keyFormat": {
          "type": "string",
          "enum": [
            "spki",
            "pkcs1",
            "raw"
          ],
          "description": "How `p=` was encoded: SubjectPublicKeyInfo, a bare PKCS#1 RSAPublicKey, or Ed25519's 32 raw bytes."
        },
        "testing": {
          "type": "boolean"
        },
        "revoked": {
          "type": "boolean"
        },
        "hashAlgorithms": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "serviceTypes": {
          "type": "array",
          "items": {
            "type": "string"
          }
        },
        "problem": {
          "type": "string",
          "description": "Why the record is unusable (syntax or key), when it is."
        },
        "dnsError": {
          "$ref": "#/$defs/DnsErrorCode",
          "description": "The DNS failure, when the lookup could not be answered."
        }
      },
      "required": [
        "selector",
        "name",
        "source",
        "found",
        "records"
      ],
      "additionalProperties": false,
      "description": "What was found at one selector."
    },
    "DkimSelectorSource": {
      "type": "string",
      "enum": [
        "named",
        "discovered"
      ],
      "description": "Where a selector came from: named by the user, or found by probing the common list."
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
    }
  }
};
