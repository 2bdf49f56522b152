// Generated from the types of core/report/sections/tls.ts by scripts/data-schemas.ts (npm run schemas): do not
// edit. test/core/report/data-schemas.test.ts fails when it is not what the types make.
import type { DataSchema } from '../define-section.js';

export const tlsDataSchema: DataSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "mtaSts": {
      "$ref": "#/$defs/MtaStsData"
    },
    "tlsRpt": {
      "$ref": "#/$defs/TlsRptData"
    },
    "dane": {
      "$ref": "#/$defs/DaneData"
    },
    "skippedHosts": {
      "type": "number",
      "description": "MX hosts beyond the bound, whose TLSA records were not looked up."
    }
  },
  "required": [
    "mtaSts",
    "tlsRpt",
    "dane",
    "skippedHosts"
  ],
  "additionalProperties": false,
  "description": "The data of the report's tls section.",
  "$defs": {
    "DaneData": {
      "type": "object",
      "properties": {
        "hosts": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/DaneHost"
          }
        }
      },
      "required": [
        "hosts"
      ],
      "additionalProperties": false,
      "description": "The DANE part of the tls section's data."
    },
    "DaneHost": {
      "type": "object",
      "properties": {
        "host": {
          "type": "string"
        },
        "name": {
          "type": "string",
          "description": "`_25._tcp.<host>`"
        },
        "state": {
          "type": "string",
          "enum": [
            "secure",
            "insecure",
            "none",
            "unknown"
          ],
          "description": "secure: TLSA records validated by DNSSEC; insecure: TLSA records without the AD flag; none: no TLSA records."
        },
        "records": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/TlsaRecordInfo"
          }
        },
        "error": {
          "$ref": "#/$defs/DnsErrorCode"
        }
      },
      "required": [
        "host",
        "name",
        "state",
        "records"
      ],
      "additionalProperties": false,
      "description": "The DANE state of one MX host."
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
    "HttpsErrorCode": {
      "type": "string",
      "enum": [
        "invalid-url",
        "host-not-found",
        "unreachable",
        "certificate",
        "tls",
        "timeout",
        "too-large",
        "redirect",
        "budget-exhausted",
        "network",
        "unavailable"
      ],
      "description": "Why an HTTPS GET gave no response."
    },
    "MtaStsData": {
      "type": "object",
      "properties": {
        "record": {
          "type": "string",
          "description": "The TXT record text as published, when exactly one `v=STSv1` record was found."
        },
        "id": {
          "type": "string",
          "description": "The policy id of that record."
        },
        "fetch": {
          "$ref": "#/$defs/MtaStsFetch",
          "description": "The policy fetch, when one was made."
        },
        "policy": {
          "$ref": "#/$defs/MtaStsPolicy",
          "description": "The policy, when it was fetched and parsed."
        },
        "coverage": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/MxCoverage"
          },
          "description": "Each MX host and the pattern that covers it (empty when no policy or no MX hosts)."
        },
        "error": {
          "$ref": "#/$defs/DnsErrorCode",
          "description": "The DNS error that made MTA-STS unknown."
        }
      },
      "required": [
        "coverage"
      ],
      "additionalProperties": false,
      "description": "The MTA-STS part of the tls section's data."
    },
    "MtaStsFetch": {
      "type": "object",
      "properties": {
        "url": {
          "type": "string"
        },
        "status": {
          "type": "number",
          "description": "The HTTP status, when a response came."
        },
        "mediaType": {
          "type": [
            "string",
            "null"
          ]
        },
        "error": {
          "$ref": "#/$defs/HttpsErrorCode",
          "description": "Why no usable response came."
        },
        "location": {
          "type": "string",
          "description": "The redirect target, when the host answered with one (not followed, RFC 8461 §3.3)."
        }
      },
      "required": [
        "url"
      ],
      "additionalProperties": false,
      "description": "How the policy fetch went."
    },
    "MtaStsMode": {
      "type": "string",
      "enum": [
        "enforce",
        "testing",
        "none"
      ],
      "description": "The MTA-STS policy modes (RFC 8461 §5)."
    },
    "MtaStsPolicy": {
      "type": "object",
      "properties": {
        "version": {
          "type": "string"
        },
        "mode": {
          "$ref": "#/$defs/MtaStsMode"
        },
        "maxAge": {
          "type": "number",
          "description": "Seconds senders may cache the policy."
        },
        "mx": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The `mx` patterns, lower case, in order."
        },
        "extensions": {
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
          "description": "Extension fields, in order."
        }
      },
      "required": [
        "version",
        "mode",
        "maxAge",
        "mx",
        "extensions"
      ],
      "additionalProperties": false,
      "description": "A parsed MTA-STS policy file (RFC 8461 §3.2)."
    },
    "MxCoverage": {
      "type": "object",
      "properties": {
        "host": {
          "type": "string"
        },
        "pattern": {
          "type": "string",
          "description": "The first pattern that matches the host, if any."
        }
      },
      "required": [
        "host"
      ],
      "additionalProperties": false,
      "description": "Which MX host each pattern covers (RFC 8461 §4.1)."
    },
    "TlsRptData": {
      "type": "object",
      "properties": {
        "record": {
          "type": "string",
          "description": "The TXT record as published, when exactly one `v=TLSRPTv1` record was found."
        },
        "rua": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Its report URIs."
        },
        "error": {
          "$ref": "#/$defs/DnsErrorCode"
        }
      },
      "required": [
        "rua"
      ],
      "additionalProperties": false,
      "description": "The TLS-RPT part of the tls section's data."
    },
    "TlsaRecordInfo": {
      "type": "object",
      "properties": {
        "usage": {
          "type": "number"
        },
        "selector": {
          "type": "number"
        },
        "matchingType": {
          "type": "number"
        },
        "data": {
          "type": "string"
        },
        "usable": {
          "type": "boolean",
          "description": "Usable by an SMTP client doing DANE (RFC 7672 §3.1: DANE-TA(2) or DANE-EE(3), known selector and matching type)."
        },
        "recommended": {
          "type": "boolean",
          "description": "One of the combinations RFC 7672 §3.1 recommends: 3 1 1 or 2 0 1."
        }
      },
      "required": [
        "usage",
        "selector",
        "matchingType",
        "data",
        "usable",
        "recommended"
      ],
      "additionalProperties": false,
      "description": "One TLSA record of an MX host, judged (RFC 6698 §2.1, RFC 7672 §3.1)."
    }
  }
};
