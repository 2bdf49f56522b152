// Generated from the types of core/report/sections/spf.ts by scripts/data-schemas.ts (npm run schemas): do not
// edit. test/core/report/data-schemas.test.ts fails when it is not what the types make.
import type { DataSchema } from '../define-section.js';

export const spfDataSchema: DataSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "domain": {
      "type": "string"
    },
    "tree": {
      "$ref": "#/$defs/SpfNode",
      "description": "The policy as a tree of include/redirect nodes; undefined when the domain has no record."
    },
    "lookups": {
      "type": "object",
      "properties": {
        "count": {
          "type": "number"
        },
        "limit": {
          "type": "number",
          "const": 10
        }
      },
      "required": [
        "count",
        "limit"
      ],
      "additionalProperties": false,
      "description": "Static worst case of DNS-querying terms (RFC 7208 §4.6.4; mx address lookups not added; terms after a record's first `all` not counted, §5.1)."
    },
    "voidLookups": {
      "type": "object",
      "properties": {
        "count": {
          "type": "number"
        },
        "limit": {
          "type": "number",
          "const": 2
        }
      },
      "required": [
        "count",
        "limit"
      ],
      "additionalProperties": false,
      "description": "Terms whose lookups found nothing, against the limit of 2."
    },
    "all": {
      "$ref": "#/$defs/SpfQualifier",
      "description": "The `all` that ends the policy (following redirect), if any."
    },
    "networks": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/SpfFlatNetwork"
      },
      "description": "Networks named by ip4/ip6 and resolved from a/mx, across the tree."
    },
    "unflattenable": {
      "type": "array",
      "items": {
        "$ref": "#/$defs/SpfUnflattenable"
      }
    },
    "truncated": {
      "type": "boolean",
      "description": "Whether the traversal stopped at one of its bounds (depth, nodes, lookups)."
    }
  },
  "required": [
    "domain",
    "lookups",
    "voidLookups",
    "networks",
    "unflattenable",
    "truncated"
  ],
  "additionalProperties": false,
  "description": "What the SPF audit found beyond the section's fields: the tree, the counts, the networks (the spf section's data).",
  "$defs": {
    "SpfFlatNetwork": {
      "type": "object",
      "properties": {
        "cidr": {
          "type": "string",
          "description": "Normalized CIDR, e.g. 192.168.0.0/16."
        },
        "source": {
          "type": "string",
          "enum": [
            "ip4",
            "ip6",
            "a",
            "mx"
          ]
        },
        "qualifier": {
          "$ref": "#/$defs/SpfQualifier"
        },
        "term": {
          "type": "string"
        },
        "domain": {
          "type": "string",
          "description": "The domain whose record holds the term."
        },
        "host": {
          "type": "string",
          "description": "The host whose address it is (a, mx)."
        },
        "range": {
          "type": "string",
          "description": "The special-purpose range (RFC 6890) that holds the whole network, when there is one (e.g. `private`)."
        }
      },
      "required": [
        "cidr",
        "source",
        "qualifier",
        "term",
        "domain"
      ],
      "additionalProperties": false,
      "description": "An authorized network, flattened from ip4, ip6, a or mx (RFC 7208 §5.3, §5.4, §5.6)."
    },
    "SpfNode": {
      "type": "object",
      "properties": {
        "domain": {
          "type": "string"
        },
        "via": {
          "$ref": "#/$defs/SpfNodeVia"
        },
        "term": {
          "type": "string",
          "description": "The term that led here, e.g. `include:_spf.example.com`."
        },
        "status": {
          "$ref": "#/$defs/SpfNodeStatus"
        },
        "records": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The v=spf1 TXT records at the domain, as published."
        },
        "record": {
          "type": "string",
          "description": "The record that applies, when there is exactly one."
        },
        "syntaxError": {
          "$ref": "#/$defs/SpfSyntaxError"
        },
        "reason": {
          "type": "string",
          "description": "Why the node could not be read (DNS error, loop, bounds)."
        },
        "lookups": {
          "type": "number",
          "description": "This record's own DNS-querying terms (include, a, mx, ptr, exists, and an effective redirect), up to its first `all`: terms after it are never evaluated (RFC 7208 §5.1)."
        },
        "voidLookups": {
          "type": "number",
          "description": "This record's terms whose target has no records (NXDOMAIN or NODATA)."
        },
        "all": {
          "$ref": "#/$defs/SpfQualifier",
          "description": "Whether the record ends its evaluation with an `all`."
        },
        "children": {
          "type": "array",
          "items": {
            "$ref": "#/$defs/SpfNode"
          }
        }
      },
      "required": [
        "domain",
        "via",
        "status",
        "records",
        "lookups",
        "voidLookups",
        "children"
      ],
      "additionalProperties": false,
      "description": "One include/redirect target of the audited policy, with its record and children."
    },
    "SpfNodeStatus": {
      "type": "string",
      "enum": [
        "ok",
        "missing",
        "multiple-records",
        "syntax-error",
        "dns-error",
        "loop",
        "not-followed"
      ],
      "description": "The state of one node of the audit tree."
    },
    "SpfNodeVia": {
      "type": "string",
      "enum": [
        "root",
        "include",
        "redirect"
      ],
      "description": "Where an audit node came from."
    },
    "SpfQualifier": {
      "type": "string",
      "enum": [
        "+",
        "-",
        "~",
        "?"
      ],
      "description": "A term's qualifier (RFC 7208 §4.6.2): `+` pass, `-` fail, `~` softfail, `?` neutral."
    },
    "SpfSyntaxError": {
      "type": "object",
      "properties": {
        "code": {
          "$ref": "#/$defs/SpfSyntaxErrorCode"
        },
        "message": {
          "type": "string"
        },
        "position": {
          "type": "number"
        },
        "term": {
          "type": "string",
          "description": "The offending term, when there is one."
        }
      },
      "required": [
        "code",
        "message",
        "position"
      ],
      "additionalProperties": false,
      "description": "A syntax error with the offset (0-based) in the record where it was found."
    },
    "SpfSyntaxErrorCode": {
      "type": "string",
      "enum": [
        "not-spf",
        "non-ascii",
        "control-character",
        "unknown-mechanism",
        "invalid-term",
        "invalid-domain-spec",
        "invalid-macro",
        "invalid-ip",
        "invalid-cidr",
        "duplicate-modifier"
      ],
      "description": "Why a record is not valid SPF (each one is a permerror, RFC 7208 §4.6)."
    },
    "SpfUnflattenable": {
      "type": "object",
      "properties": {
        "term": {
          "type": "string"
        },
        "domain": {
          "type": "string"
        },
        "reason": {
          "type": "string",
          "enum": [
            "exists",
            "ptr",
            "macro"
          ]
        }
      },
      "required": [
        "term",
        "domain",
        "reason"
      ],
      "additionalProperties": false,
      "description": "A term whose matches depend on the sender or the connection, so it cannot be flattened."
    }
  }
};

export const spfCheckHostSchema: DataSchema = {
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object",
  "properties": {
    "result": {
      "$ref": "#/$defs/SpfResult"
    },
    "domain": {
      "type": "string",
      "description": "The domain whose policy was evaluated."
    },
    "mechanism": {
      "type": "string",
      "description": "The mechanism that matched (as written), with the domain whose record holds it."
    },
    "mechanismDomain": {
      "type": "string"
    },
    "explanation": {
      "type": "string",
      "description": "The explanation of a `fail` (RFC 7208 §6.2)."
    },
    "reason": {
      "type": "string",
      "description": "Why the result is none, temperror or permerror."
    },
    "lookups": {
      "$ref": "#/$defs/SpfLookupCounts"
    }
  },
  "required": [
    "result",
    "domain",
    "lookups"
  ],
  "additionalProperties": false,
  "description": "What check_host() concluded (RFC 7208 §2.6).",
  "$defs": {
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
