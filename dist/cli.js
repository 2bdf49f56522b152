#!/usr/bin/env node
import { createRequire as __mailpostureCreateRequire } from 'node:module';
const require = __mailpostureCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from2, except, desc) => {
  if (from2 && typeof from2 === "object" || typeof from2 === "function") {
    for (let key of __getOwnPropNames(from2))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from2[key], enumerable: !(desc = __getOwnPropDesc(from2, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/tldts/dist/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/tldts/dist/cjs/index.js"(exports) {
    "use strict";
    function shareSameDomainSuffix(hostname, vhost) {
      if (hostname.endsWith(vhost)) {
        return hostname.length === vhost.length || hostname[hostname.length - vhost.length - 1] === ".";
      }
      return false;
    }
    function extractDomainWithSuffix(hostname, publicSuffix) {
      const publicSuffixIndex = hostname.length - publicSuffix.length - 2;
      const lastDotBeforeSuffixIndex = hostname.lastIndexOf(".", publicSuffixIndex);
      if (lastDotBeforeSuffixIndex === -1) {
        return hostname;
      }
      return hostname.slice(lastDotBeforeSuffixIndex + 1);
    }
    function getDomain$1(suffix, hostname, options) {
      if (options.validHosts !== null) {
        const validHosts = options.validHosts;
        for (const vhost of validHosts) {
          if (
            /*@__INLINE__*/
            shareSameDomainSuffix(hostname, vhost)
          ) {
            return vhost;
          }
        }
      }
      let numberOfLeadingDots = 0;
      if (hostname.startsWith(".")) {
        while (numberOfLeadingDots < hostname.length && hostname[numberOfLeadingDots] === ".") {
          numberOfLeadingDots += 1;
        }
      }
      if (suffix.length === hostname.length - numberOfLeadingDots) {
        return null;
      }
      return (
        /*@__INLINE__*/
        extractDomainWithSuffix(hostname, suffix)
      );
    }
    function getDomainWithoutSuffix$1(domain, suffix) {
      return domain.slice(0, -suffix.length - 1);
    }
    var charCodeAt$2 = String.prototype.charCodeAt;
    var CONTROL_CHARS = /[\t\n\r]/g;
    var HAS_CONTROL_CHAR = /[\t\n\r]/;
    var FORBIDDEN_DOMAIN_CHAR = /[\x00-\x20#%/:<>?@[\\\]^|\x7f]/;
    var extractedHostnameValidated = false;
    var extractedBracketedHost = false;
    function isValidHostnameChar(code) {
      return code >= 97 && code <= 122 || // a-z
      code >= 48 && code <= 57 || // 0-9
      code > 127 || // non-ASCII (accepted, not punycode-checked)
      code >= 65 && code <= 90 || // A-Z (becomes valid once lowercased)
      code === 45 || // '-'
      code === 95;
    }
    function noHostname(url, urlIsValidHostname, validate) {
      return HAS_CONTROL_CHAR.test(url) ? extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate) : null;
    }
    function isSchemeChar(code) {
      return (code | 32) >= 97 && (code | 32) <= 122 || // [a-zA-Z] (fold letters only)
      code >= 48 && code <= 57 || // [0, 9]
      code === 46 || // '.'
      code === 45 || // '-'
      code === 43;
    }
    function decodeHostname(hostname) {
      let decoded;
      try {
        decoded = decodeURIComponent(hostname);
      } catch (_a) {
        return null;
      }
      if (FORBIDDEN_DOMAIN_CHAR.test(decoded)) {
        return null;
      }
      let end = decoded.length;
      while (end > 1 && charCodeAt$2.call(decoded, end - 1) === 46) {
        end -= 1;
      }
      return decoded.slice(0, end).toLowerCase();
    }
    function isScheme(url, start, end) {
      const first = charCodeAt$2.call(url, start) | 32;
      if (start === end || first < 97 || first > 122) {
        return false;
      }
      for (let i = start + 1; i < end; i += 1) {
        if (!isSchemeChar(charCodeAt$2.call(url, i))) {
          return false;
        }
      }
      return true;
    }
    function getSpecialScheme(url, schemeStart, colonIndex) {
      const length = colonIndex - schemeStart;
      const c0 = charCodeAt$2.call(url, schemeStart) | 32;
      if (length === 2) {
        return c0 === 119 && (charCodeAt$2.call(url, schemeStart + 1) | 32) === 115 ? 1 : 0;
      } else if (length === 3) {
        const c1 = charCodeAt$2.call(url, schemeStart + 1) | 32;
        const c2 = charCodeAt$2.call(url, schemeStart + 2) | 32;
        if (c0 === 119 && c1 === 115 && c2 === 115)
          return 1;
        if (c0 === 102 && c1 === 116 && c2 === 112)
          return 1;
        return 0;
      } else if (length === 4) {
        const c1 = charCodeAt$2.call(url, schemeStart + 1) | 32;
        const c2 = charCodeAt$2.call(url, schemeStart + 2) | 32;
        const c3 = charCodeAt$2.call(url, schemeStart + 3) | 32;
        if (c0 === 104 && c1 === 116 && c2 === 116 && c3 === 112)
          return 1;
        if (c0 === 102 && c1 === 105 && c2 === 108 && c3 === 101)
          return 2;
        return 0;
      } else if (length === 5) {
        return c0 === 104 && (charCodeAt$2.call(url, schemeStart + 1) | 32) === 116 && (charCodeAt$2.call(url, schemeStart + 2) | 32) === 116 && (charCodeAt$2.call(url, schemeStart + 3) | 32) === 112 && (charCodeAt$2.call(url, schemeStart + 4) | 32) === 115 ? 1 : 0;
      }
      return 0;
    }
    function extractHostname(url, urlIsValidHostname, validate = false) {
      let start = 0;
      let end = url.length;
      let hasUpper = false;
      let failedValidation = false;
      let isSpecial = true;
      extractedHostnameValidated = false;
      extractedBracketedHost = false;
      if (!urlIsValidHostname) {
        while (start < url.length && charCodeAt$2.call(url, start) <= 32) {
          start += 1;
        }
        if (charCodeAt$2.call(url, start + 4) === 58 && (charCodeAt$2.call(url, start) | 32) === 100 && (charCodeAt$2.call(url, start + 1) | 32) === 97 && (charCodeAt$2.call(url, start + 2) | 32) === 116 && (charCodeAt$2.call(url, start + 3) | 32) === 97 || charCodeAt$2.call(url, start + 10) === 58 && (charCodeAt$2.call(url, start) | 32) === 106 && (charCodeAt$2.call(url, start + 1) | 32) === 97 && (charCodeAt$2.call(url, start + 2) | 32) === 118 && (charCodeAt$2.call(url, start + 3) | 32) === 97 && (charCodeAt$2.call(url, start + 4) | 32) === 115 && (charCodeAt$2.call(url, start + 5) | 32) === 99 && (charCodeAt$2.call(url, start + 6) | 32) === 114 && (charCodeAt$2.call(url, start + 7) | 32) === 105 && (charCodeAt$2.call(url, start + 8) | 32) === 112 && (charCodeAt$2.call(url, start + 9) | 32) === 116) {
          return null;
        }
        while (end > start + 1 && charCodeAt$2.call(url, end - 1) <= 32) {
          end -= 1;
        }
        if ((charCodeAt$2.call(url, start) === 47 || charCodeAt$2.call(url, start) === 92) && (charCodeAt$2.call(url, start + 1) === 47 || charCodeAt$2.call(url, start + 1) === 92)) {
          start += 2;
          while (charCodeAt$2.call(url, start) === 47 || charCodeAt$2.call(url, start) === 92) {
            start += 1;
          }
        } else {
          let indexOfProtocol = charCodeAt$2.call(url, start + 4) === 115 ? start + 5 : start + 4;
          if (charCodeAt$2.call(url, start) !== 104 || charCodeAt$2.call(url, start + 1) !== 116 || charCodeAt$2.call(url, start + 2) !== 116 || charCodeAt$2.call(url, start + 3) !== 112 || charCodeAt$2.call(url, indexOfProtocol) !== 58 || charCodeAt$2.call(url, indexOfProtocol + 1) !== 47) {
            indexOfProtocol = url.indexOf(":/", start);
          }
          if (indexOfProtocol !== -1) {
            const special = getSpecialScheme(url, start, indexOfProtocol);
            if (special === 1) {
              start = indexOfProtocol + 2;
              while (charCodeAt$2.call(url, start) === 47 || charCodeAt$2.call(url, start) === 92) {
                start += 1;
              }
            } else if (special === 2) {
              start = indexOfProtocol + 1;
              let slashes = 0;
              while ((charCodeAt$2.call(url, start) === 47 || charCodeAt$2.call(url, start) === 92) && slashes < 2) {
                start += 1;
                slashes += 1;
              }
              if (slashes < 2) {
                return noHostname(url, urlIsValidHostname, validate);
              }
            } else if (!isScheme(url, start, start + 1)) {
              indexOfProtocol = -1;
            } else {
              for (let i = start; i < indexOfProtocol; i += 1) {
                const code = charCodeAt$2.call(url, i);
                if (!isSchemeChar(code)) {
                  if (code === 9 || code === 10 || code === 13) {
                    return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
                  }
                  if (code === 58 && getSpecialScheme(url, start, i) !== 1) {
                    for (let j = i; j < indexOfProtocol; j += 1) {
                      const c = charCodeAt$2.call(url, j);
                      if (c === 47 || c === 92 || c === 63 || c === 35) {
                        indexOfProtocol = -1;
                        break;
                      }
                    }
                    if (indexOfProtocol !== -1) {
                      return noHostname(url, urlIsValidHostname, validate);
                    }
                  }
                  indexOfProtocol = -1;
                  break;
                }
              }
              if (indexOfProtocol !== -1) {
                if (charCodeAt$2.call(url, indexOfProtocol + 2) === 47) {
                  isSpecial = false;
                  start = indexOfProtocol + 3;
                } else {
                  return noHostname(url, urlIsValidHostname, validate);
                }
              }
            }
          }
          if (indexOfProtocol === -1 && charCodeAt$2.call(url, start) !== 91) {
            let indexOfColon = -1;
            for (let i = start; i < end; i += 1) {
              const code = charCodeAt$2.call(url, i);
              if (code === 9 || code === 10 || code === 13) {
                return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
              }
              if (code === 58) {
                indexOfColon = i;
                break;
              }
              if (code === 47 || code === 92 || code === 63 || code === 35) {
                break;
              }
            }
            if (indexOfColon !== -1) {
              const special = getSpecialScheme(url, start, indexOfColon);
              let hasIdentifier = false;
              for (let i = special === 2 ? end : indexOfColon + 1; i < end; i += 1) {
                const code = charCodeAt$2.call(url, i);
                if (code === 47 || code === 92 || code === 63 || code === 35) {
                  break;
                }
                if (code === 64) {
                  hasIdentifier = true;
                  break;
                }
              }
              if (!hasIdentifier) {
                let allDigits = special === 0;
                let i = indexOfColon + 1;
                for (; i < end; i += 1) {
                  const code = charCodeAt$2.call(url, i);
                  if (code === 47 || code === 92 || code === 63 || code === 35) {
                    break;
                  }
                  if (code < 48 || code > 57) {
                    allDigits = false;
                    break;
                  }
                }
                if (i === indexOfColon + 1) {
                  allDigits = false;
                }
                if (!allDigits) {
                  if (special === 0) {
                    let isBareIpv6 = false;
                    for (let j = indexOfColon + 1; j < end; j += 1) {
                      const code = charCodeAt$2.call(url, j);
                      if (code === 47 || code === 92 || code === 63 || code === 35) {
                        break;
                      }
                      if (code === 58) {
                        isBareIpv6 = true;
                        break;
                      }
                    }
                    const next = charCodeAt$2.call(url, i);
                    if (!isBareIpv6 && (isScheme(url, start, indexOfColon) || i < end && next !== 47 && next !== 92 && next !== 63 && next !== 35)) {
                      return noHostname(url, urlIsValidHostname, validate);
                    }
                  } else {
                    start = indexOfColon + 1;
                    if (special === 2) {
                      let slashes = 0;
                      while ((charCodeAt$2.call(url, start) === 47 || charCodeAt$2.call(url, start) === 92) && slashes < 2) {
                        start += 1;
                        slashes += 1;
                      }
                      if (slashes < 2) {
                        return noHostname(url, urlIsValidHostname, validate);
                      }
                    } else {
                      while (charCodeAt$2.call(url, start) === 47 || charCodeAt$2.call(url, start) === 92) {
                        start += 1;
                      }
                    }
                  }
                }
              }
            }
          }
        }
        let indexOfIdentifier = -1;
        let indexOfPort = -1;
        let indexOfFirstColon = -1;
        let hasControl = false;
        let vValid = validate;
        let vLastDot = start - 1;
        let vLastCode = -1;
        if (validate && start < end) {
          const c0 = charCodeAt$2.call(url, start);
          if (
            // Keep these parens: they scope /*@__INLINE__*/ for terser.
            // prettier-ignore
            !/*@__INLINE__*/
            (isValidHostnameChar(c0) || c0 === 46 || c0 === 95) || c0 === 45
          ) {
            vValid = false;
          }
        }
        for (let i = start; i < end; i += 1) {
          const code = charCodeAt$2.call(url, i);
          if (code < 64) {
            if (code === 47 || code === 35 || code === 63) {
              end = i;
              break;
            } else if (code === 58) {
              if (indexOfFirstColon === -1) {
                indexOfFirstColon = i;
              }
              indexOfPort = i;
            } else if (code === 9 || code === 10 || code === 13) {
              hasControl = true;
            } else if (validate) {
              if (code === 46) {
                if (i - vLastDot > 64 || vLastCode === 46 || vLastCode === 45) {
                  vValid = false;
                }
                vLastDot = i;
              } else if (code < 48 || code > 57) {
                if (code !== 45 || vLastCode === 46) {
                  vValid = false;
                }
              }
            }
          } else if (isSpecial && code === 92) {
            end = i;
            break;
          } else if (code === 64) {
            indexOfIdentifier = i;
            indexOfFirstColon = -1;
          } else if (code >= 65 && code <= 90) {
            hasUpper = true;
          } else if (validate && !/*@__INLINE__*/
          isValidHostnameChar(code)) {
            vValid = false;
          }
          if (validate) {
            vLastCode = code;
          }
        }
        if (hasControl) {
          return extractHostname(url.replace(CONTROL_CHARS, ""), urlIsValidHostname, validate);
        }
        if (indexOfIdentifier !== -1 && indexOfIdentifier >= start && indexOfIdentifier < end) {
          start = indexOfIdentifier + 1;
        }
        if (charCodeAt$2.call(url, start) === 91) {
          const closingBracket = url.indexOf("]", start);
          if (closingBracket !== -1 && closingBracket < end && (closingBracket + 1 === end || charCodeAt$2.call(url, closingBracket + 1) === 58)) {
            extractedBracketedHost = true;
            return url.slice(start + 1, closingBracket).toLowerCase();
          }
          return null;
        } else if (indexOfPort !== -1 && indexOfPort > start && indexOfPort < end && // A host:port has exactly one ':' in the host (so its first ':' is its
        // last); a bare, unbracketed IPv6 literal ("2a01:e35::1") has >= 2, so
        // its first ':' precedes the last. Only the former has a ':port' to trim.
        indexOfFirstColon === indexOfPort) {
          end = indexOfPort;
        }
        if (start >= end) {
          return noHostname(url, urlIsValidHostname, validate);
        }
        if (validate && vValid && indexOfIdentifier === -1 && indexOfPort === -1 && charCodeAt$2.call(url, end - 1) !== 46 && end - start <= 255 && // total length
        end - vLastDot - 1 <= 63 && // last label length
        vLastCode !== 45) {
          extractedHostnameValidated = true;
        }
        failedValidation = validate && !vValid;
      }
      while (end > start + 1 && charCodeAt$2.call(url, end - 1) === 46) {
        end -= 1;
      }
      const hostname = start !== 0 || end !== url.length ? url.slice(start, end) : url;
      if (failedValidation && isSpecial && hostname.includes("%")) {
        return decodeHostname(hostname);
      }
      if (hasUpper) {
        return hostname.toLowerCase();
      }
      return hostname;
    }
    var ipMappingFirst = /* @__PURE__ */ new Uint32Array([170, 173, 178, 185, 739, 847, 4447, 6068, 6155, 7468, 7470, 7472, 7491, 7495, 7496, 7580, 7584, 8203, 8288, 8298, 8304, 8308, 8320, 8336, 8337, 8339, 8450, 8492, 8495, 8496, 8517, 8518, 8553, 8557, 8569, 8573, 9312, 9321, 9398, 9421, 9424, 9447, 9450, 12290, 12644, 12881, 12977, 13170, 13252, 13253, 13256, 42994, 42995, 64256, 65024, 65279, 65294, 65296, 65313, 65336, 65345, 65368, 65377, 65440, 113824, 117974, 117997, 118e3, 119155, 119808, 119831, 119834, 119857, 119860, 119883, 119886, 119909, 119912, 119935, 119938, 119961, 119964, 119966, 119987, 119990, 119995, 120013, 120016, 120039, 120042, 120065, 120068, 120071, 120091, 120094, 120117, 120120, 120123, 120143, 120146, 120169, 120172, 120195, 120198, 120221, 120224, 120247, 120250, 120273, 120276, 120299, 120302, 120325, 120328, 120351, 120354, 120377, 120380, 120403, 120406, 120429, 120432, 120455, 120458, 120481, 120782, 120792, 120802, 120812, 120822, 127275, 127277, 127280, 127303, 130032, 917760]);
    var ipMappingLast = /* @__PURE__ */ new Uint32Array([170, 173, 179, 185, 739, 847, 4448, 6069, 6159, 7468, 7470, 7473, 7491, 7495, 7497, 7580, 7584, 8203, 8292, 8303, 8304, 8313, 8329, 8336, 8337, 8339, 8450, 8493, 8495, 8497, 8517, 8519, 8553, 8558, 8569, 8574, 9320, 9331, 9403, 9421, 9429, 9447, 9450, 12290, 12644, 12895, 12991, 13170, 13252, 13253, 13256, 42994, 42995, 64256, 65039, 65279, 65294, 65305, 65318, 65336, 65350, 65368, 65377, 65440, 113827, 117979, 117997, 118009, 119162, 119813, 119831, 119839, 119857, 119865, 119883, 119891, 119909, 119917, 119935, 119943, 119961, 119964, 119967, 119987, 119993, 119995, 120013, 120021, 120039, 120047, 120065, 120069, 120073, 120091, 120099, 120117, 120121, 120125, 120143, 120151, 120169, 120177, 120195, 120203, 120221, 120229, 120247, 120255, 120273, 120281, 120299, 120307, 120325, 120333, 120351, 120359, 120377, 120385, 120403, 120411, 120429, 120437, 120455, 120463, 120481, 120791, 120801, 120811, 120821, 120831, 127275, 127277, 127285, 127303, 130041, 917999]);
    var ipMappingValue = /* @__PURE__ */ new Uint16Array([97, 0, 50, 49, 120, 0, 0, 0, 0, 97, 98, 100, 97, 98, 100, 99, 102, 0, 0, 0, 48, 52, 48, 97, 101, 120, 99, 98, 101, 101, 100, 100, 120, 99, 120, 99, 49, 1010, 97, 120, 97, 120, 48, 46, 0, 1021, 1036, 25697, 25443, 25444, 25698, 99, 102, 26214, 0, 0, 46, 48, 97, 120, 97, 120, 46, 0, 0, 97, 120, 48, 0, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 99, 120, 97, 102, 120, 97, 120, 97, 120, 97, 100, 120, 97, 120, 97, 100, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 97, 120, 48, 48, 48, 48, 48, 99, 25444, 97, 120, 48, 0]);
    var ipMappingBlocks = /* @__PURE__ */ new Uint32Array([562167821, 983059, 0, 0, 0, 128, 0, 3355443200]);
    function hexValue(code) {
      if (code >= 48 && code <= 57) {
        return code - 48;
      }
      const letter = code | 32;
      return letter >= 97 && letter <= 102 ? letter - 87 : 16;
    }
    function isIpv4(hostname) {
      const end = hostname.length;
      let i = 0;
      for (let numbers = 1; numbers <= 4; numbers += 1) {
        let radix = 10;
        if (i + 1 < end && hostname.charCodeAt(i) === 48) {
          radix = 8;
          if ((hostname.charCodeAt(i + 1) | 32) === 120) {
            radix = 16;
            i += 2;
          }
        }
        const start = i;
        let value = 0;
        for (; i < end; i += 1) {
          const code = hostname.charCodeAt(i);
          if (code === 46) {
            break;
          }
          const digit = hexValue(code);
          if (digit >= radix) {
            return false;
          }
          value = value * radix + digit;
        }
        if (i === start && radix !== 16) {
          return false;
        }
        if (i === end) {
          return value <= 4294967295 >>> 8 * (numbers - 1);
        }
        if (value > 255) {
          return false;
        }
        i += 1;
      }
      return false;
    }
    function isDottedDecimal(hostname, i, end) {
      for (let numbers = 1; numbers <= 4; numbers += 1) {
        const start = i;
        let value = 0;
        for (; i < end; i += 1) {
          const digit = hostname.charCodeAt(i) - 48;
          if (digit < 0 || digit > 9) {
            break;
          }
          value = value * 10 + digit;
          if (value > 255 || value < 10 && i !== start) {
            return false;
          }
        }
        if (i === start) {
          return false;
        }
        if (numbers < 4) {
          if (hostname.charCodeAt(i) !== 46) {
            return false;
          }
          i += 1;
        }
      }
      return i === end;
    }
    function isIpv6(hostname) {
      let i = 0;
      let end = hostname.length;
      if (hostname.charCodeAt(0) === 91) {
        if (hostname.charCodeAt(end - 1) !== 93) {
          return false;
        }
        i = 1;
        end -= 1;
      }
      if (i < end && hostname.charCodeAt(i) === 58) {
        if (i + 1 === end || hostname.charCodeAt(i + 1) !== 58) {
          return false;
        }
        i += 1;
      }
      let groups = 0;
      let compressed = false;
      while (i < end && groups < 8) {
        if (hostname.charCodeAt(i) === 58) {
          if (compressed) {
            return false;
          }
          compressed = true;
          groups += 1;
          i += 1;
          continue;
        }
        const start = i;
        while (i < end && i - start < 4 && hexValue(hostname.charCodeAt(i)) !== 16) {
          i += 1;
        }
        if (i === start) {
          return false;
        }
        if (i === end) {
          return compressed || groups === 7;
        }
        if (hostname.charCodeAt(i) === 46) {
          return (compressed ? groups <= 6 : groups === 6) && isDottedDecimal(hostname, start, end);
        }
        if (hostname.charCodeAt(i) !== 58 || i + 1 === end) {
          return false;
        }
        groups += 1;
        i += 1;
      }
      return compressed && i === end;
    }
    function mapCodePoint(cp) {
      if (cp < 65536 && (ipMappingBlocks[cp >> 13] >>> (cp >> 8 & 31) & 1) === 0) {
        return "g";
      }
      let low = 0;
      let high = ipMappingFirst.length - 1;
      while (low <= high) {
        const mid = low + high >>> 1;
        if (cp < ipMappingFirst[mid]) {
          high = mid - 1;
        } else if (cp > ipMappingLast[mid]) {
          low = mid + 1;
        } else {
          const value = ipMappingValue[mid];
          const offset = cp - ipMappingFirst[mid];
          if (value === 0) {
            return "";
          }
          if (value < 128) {
            return String.fromCharCode(value + offset);
          }
          if (value < 2e3) {
            return String(value - 1e3 + offset);
          }
          return String.fromCharCode(value >> 8, value & 255);
        }
      }
      return "g";
    }
    function isMappedIp(hostname) {
      for (let i = hostname.length - 1; i >= 0; i -= 1) {
        let cp = hostname.charCodeAt(i);
        if (cp === 46) {
          break;
        }
        if (cp < 128) {
          if (hexValue(cp) === 16 && (cp | 32) !== 120) {
            return false;
          }
          continue;
        }
        if (cp < 55296 && (ipMappingBlocks[cp >> 13] >>> (cp >> 8 & 31) & 1) === 0) {
          return false;
        }
        if (cp >= 56320 && cp <= 57343 && i > 0) {
          const high = hostname.charCodeAt(i - 1);
          if (high >= 55296 && high <= 56319) {
            cp = (high - 55296) * 1024 + (cp - 56320) + 65536;
            i -= 1;
          }
        }
        const mapped = mapCodePoint(cp);
        if (mapped === "g") {
          return false;
        }
        if (mapped === ".") {
          break;
        }
      }
      if (hostname.includes(":")) {
        return false;
      }
      let ascii = "";
      for (let i = 0; i < hostname.length; i += 1) {
        const code = hostname.charCodeAt(i);
        if (code < 128) {
          ascii += hostname.charAt(i);
        } else {
          let cp = code;
          if (code >= 55296 && code <= 56319) {
            const low = hostname.charCodeAt(i + 1);
            if (low >= 56320 && low <= 57343) {
              cp = (code - 55296) * 1024 + (low - 56320) + 65536;
              i += 1;
            }
          }
          ascii += mapCodePoint(cp);
        }
      }
      let end = ascii.length;
      while (end > 1 && ascii.charCodeAt(end - 1) === 46) {
        end -= 1;
      }
      return isIp(ascii.slice(0, end));
    }
    function isNonAsciiIp(hostname) {
      for (let i = 0; i < hostname.length; i += 1) {
        if (hostname.charCodeAt(i) >= 128) {
          return isMappedIp(hostname);
        }
      }
      return null;
    }
    function isIp(hostname) {
      const last = hostname.length - 1;
      let i = last;
      let code = hostname.charCodeAt(i);
      while (code >= 48 && code <= 57) {
        i -= 1;
        code = hostname.charCodeAt(i);
      }
      const decimal = i;
      while (hexValue(code) !== 16) {
        i -= 1;
        code = hostname.charCodeAt(i);
      }
      if (code === 58 || code === 93) {
        return isIpv6(hostname);
      }
      if (i === decimal && i !== last && (code === 46 || i === -1) || (code | 32) === 120 && hostname.charCodeAt(i - 1) === 48 && (i === 1 || hostname.charCodeAt(i - 2) === 46)) {
        return isIpv4(hostname) || isIpv6(hostname) ? true : isNonAsciiIp(hostname);
      }
      return code >= 128 || (code | 32) === 120 && (hostname.charCodeAt(i - 1) >= 128 || hostname.charCodeAt(i - 2) >= 128) ? isMappedIp(hostname) : false;
    }
    var SPECIAL_USE_DOMAINS = [
      "test",
      // RFC 6761
      "localhost",
      // RFC 6761
      "invalid",
      // RFC 6761
      "example",
      // RFC 6761
      "example.com",
      // RFC 6761
      "example.net",
      // RFC 6761
      "example.org",
      // RFC 6761
      "local",
      // RFC 6762 (mDNS)
      "onion",
      // RFC 7686 (Tor)
      "alt",
      // RFC 9476
      "home.arpa",
      // RFC 8375
      "ipv4only.arpa",
      // RFC 8880
      "resolver.arpa",
      // RFC 9462
      "service.arpa",
      // RFC 9665
      "6tisch.arpa",
      // RFC 9031
      "eap.arpa"
      // RFC 9965
    ];
    function isSpecialUse(hostname) {
      for (const name2 of SPECIAL_USE_DOMAINS) {
        if (hostname.endsWith(name2) && (hostname.length === name2.length || hostname.charCodeAt(hostname.length - name2.length - 1) === 46)) {
          return true;
        }
      }
      return false;
    }
    var charCodeAt$1 = String.prototype.charCodeAt;
    function isValidAscii(code) {
      return code >= 97 && code <= 122 || code >= 48 && code <= 57 || code > 127;
    }
    function isValidHostname(hostname) {
      if (hostname.length > 255) {
        return false;
      }
      if (hostname.length === 0) {
        return false;
      }
      if (
        /*@__INLINE__*/
        !isValidAscii(charCodeAt$1.call(hostname, 0)) && charCodeAt$1.call(hostname, 0) !== 46 && // '.' (dot)
        charCodeAt$1.call(hostname, 0) !== 95
      ) {
        return false;
      }
      let lastDotIndex = -1;
      let lastCharCode = -1;
      const len = hostname.length;
      for (let i = 0; i < len; i += 1) {
        const code = charCodeAt$1.call(hostname, i);
        if (code === 46) {
          if (
            // Check that previous label is < 63 bytes long (64 = 63 + '.')
            i - lastDotIndex > 64 || // Check that previous character was not already a '.'
            lastCharCode === 46 || // Check that the previous label does not end with '-' (RFC 1035 §2.3.1 LDH).
            // '_' is intentionally NOT restricted: DNS allows any octet (RFC 2181 §11) and
            // WHATWG URL does not treat '_' as a forbidden host code point.
            lastCharCode === 45
          ) {
            return false;
          }
          lastDotIndex = i;
        } else if (
          // A forbidden character in the label...
          // Keep these parens: they scope /*@__INLINE__*/ for terser.
          // prettier-ignore
          !/*@__INLINE__*/
          (isValidAscii(code) || code === 45 || code === 95) || // ...or a '-' starting a label (the byte right after a '.'). A label must
          // not begin with a hyphen (RFC 1034 §3.5 / RFC 1035 §2.3.1 LDH, as amended
          // by RFC 1123 §2.1; cf. UTS #46 CheckHyphens). The first label is covered by
          // the leading-character guard above; mirrors the trailing-'-' rule below.
          code === 45 && lastCharCode === 46
        ) {
          return false;
        }
        lastCharCode = code;
      }
      return (
        // Check that last label is shorter than 63 chars
        len - lastDotIndex - 1 <= 63 && // Check that the last character is an allowed trailing label character.
        // Since we already checked that the char is a valid hostname character,
        // we only need to check that it's different from '-'.
        lastCharCode !== 45
      );
    }
    function extraSuffixLookup(hostname, options, isException, out) {
      const suffix = out.publicSuffix;
      if (suffix === null) {
        return;
      }
      const none = hostname.length + 1;
      let exception = none;
      let exceptionIsIcann = false;
      let rule = none;
      let ruleIsIcann = false;
      const extra = options.extraSuffixes;
      for (let section = 0; section < 2; section += 1) {
        const isIcann = section === 0;
        const rules = isIcann ? options.allowIcannDomains && extra.icann : options.allowPrivateDomains && extra.private;
        if (!Array.isArray(rules)) {
          continue;
        }
        for (const r of rules) {
          if (typeof r !== "string") {
            continue;
          }
          const exceptionRule = r.startsWith("!");
          const wildcard = r.startsWith("*.");
          const body = exceptionRule ? r.slice(1) : wildcard ? r.slice(2) : r;
          if (body === "" || exceptionRule && !body.includes(".") || !shareSameDomainSuffix(hostname, body)) {
            continue;
          }
          let start = hostname.length - body.length;
          if (exceptionRule) {
            if (start < exception) {
              exception = start;
              exceptionIsIcann = isIcann;
            }
            continue;
          }
          if (wildcard && start > 1 && hostname.charCodeAt(start - 2) !== 46) {
            start = hostname.lastIndexOf(".", start - 2) + 1;
          }
          if (start < rule) {
            rule = start;
            ruleIsIcann = isIcann;
          }
        }
      }
      const suffixStart = hostname.length - suffix.length;
      const builtin = isException ? hostname.lastIndexOf(".", suffixStart - 2) + 1 : suffixStart;
      if (exception <= rule && (isException ? exception < builtin : exception <= builtin)) {
        out.publicSuffix = hostname.slice(hostname.indexOf(".", exception) + 1);
        out.isIcann = exceptionIsIcann;
        out.isPrivate = !exceptionIsIcann;
      } else if (rule < builtin || rule === builtin && !out.isIcann && !out.isPrivate) {
        out.publicSuffix = hostname.slice(rule);
        out.isIcann = ruleIsIcann;
        out.isPrivate = !ruleIsIcann;
      }
    }
    function setDefaultsImpl({ allowIcannDomains = true, allowPrivateDomains = false, detectIp = true, detectSpecialUse = false, extraSuffixes = null, extractHostname: extractHostname2 = true, mixedInputs = true, validHosts = null, validateHostname = true }) {
      return {
        allowIcannDomains,
        allowPrivateDomains,
        detectIp,
        detectSpecialUse,
        extraSuffixes,
        extractHostname: extractHostname2,
        mixedInputs,
        validHosts,
        validateHostname
      };
    }
    var DEFAULT_OPTIONS = (
      /*@__INLINE__*/
      setDefaultsImpl({})
    );
    function setDefaults(options) {
      if (options === void 0 || options === null) {
        return DEFAULT_OPTIONS;
      }
      return (
        /*@__INLINE__*/
        setDefaultsImpl(options)
      );
    }
    function getSubdomain$1(hostname, domain) {
      if (domain.length === hostname.length) {
        return "";
      }
      return hostname.slice(0, -domain.length - 1);
    }
    function getEmptyResult() {
      return {
        domain: null,
        domainWithoutSuffix: null,
        hostname: null,
        isIcann: null,
        isIp: null,
        isPrivate: null,
        isSpecialUse: null,
        publicSuffix: null,
        subdomain: null
      };
    }
    function resetResult(result) {
      result.domain = null;
      result.domainWithoutSuffix = null;
      result.hostname = null;
      result.isIcann = null;
      result.isIp = null;
      result.isPrivate = null;
      result.isSpecialUse = null;
      result.publicSuffix = null;
      result.subdomain = null;
    }
    function parseImpl(url, step, suffixLookup2, partialOptions, result) {
      const options = (
        /*@__INLINE__*/
        setDefaults(partialOptions)
      );
      if (typeof url !== "string") {
        return result;
      }
      let urlIsValid = false;
      if (!options.extractHostname) {
        let end = url.length;
        while (end > 1 && url.charCodeAt(end - 1) === 46) {
          end -= 1;
        }
        result.hostname = end === url.length ? url : url.slice(0, end);
      } else if (options.mixedInputs) {
        urlIsValid = isValidHostname(url);
        result.hostname = extractHostname(url, urlIsValid, options.validateHostname);
      } else {
        result.hostname = extractHostname(url, false, options.validateHostname);
      }
      if (options.extractHostname && extractedBracketedHost && result.hostname !== null) {
        if (isIp(result.hostname) !== true || !result.hostname.includes(":")) {
          result.hostname = null;
          return result;
        }
        if (options.detectIp) {
          result.isIp = true;
          return result;
        }
      }
      if (options.detectIp && result.hostname !== null) {
        const isIpAddress = isIp(result.hostname);
        result.isIp = isIpAddress === true;
        if (result.isIp) {
          return result;
        }
        if (isIpAddress === null && options.validateHostname && options.extractHostname) {
          result.hostname = null;
          return result;
        }
      }
      if (options.validateHostname && options.extractHostname && result.hostname !== null && // Skip the re-scan when `url` was already validated and extractHostname
      // returned it unchanged (same reference => identical string, still valid).
      !(urlIsValid && result.hostname === url) && // Skip the re-scan when extractHostname already validated the host inline
      // (a confirmed-valid simple authority — see extract-hostname.ts).
      !extractedHostnameValidated && !isValidHostname(result.hostname)) {
        result.hostname = null;
        return result;
      }
      if (step === 0 || result.hostname === null) {
        return result;
      }
      if (step === 5 && options.detectSpecialUse) {
        result.isSpecialUse = isSpecialUse(result.hostname);
      }
      const isException = suffixLookup2(result.hostname, options, result);
      if (options.extraSuffixes !== null) {
        extraSuffixLookup(result.hostname, options, isException === true, result);
      }
      if (step === 2 || result.publicSuffix === null) {
        return result;
      }
      result.domain = getDomain$1(result.publicSuffix, result.hostname, options);
      if (step === 3 || result.domain === null) {
        return result;
      }
      result.subdomain = getSubdomain$1(result.hostname, result.domain);
      if (step === 4) {
        return result;
      }
      result.domainWithoutSuffix = getDomainWithoutSuffix$1(result.domain, result.publicSuffix);
      return result;
    }
    function fastPathLookup(hostname, options, out) {
      if (!options.allowPrivateDomains && options.allowIcannDomains && hostname.length > 3) {
        const last = hostname.length - 1;
        const c3 = hostname.charCodeAt(last);
        const c2 = hostname.charCodeAt(last - 1);
        const c1 = hostname.charCodeAt(last - 2);
        const c0 = hostname.charCodeAt(last - 3);
        if (c3 === 109 && c2 === 111 && c1 === 99 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "com";
          return true;
        } else if (c3 === 103 && c2 === 114 && c1 === 111 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "org";
          return true;
        } else if (c3 === 117 && c2 === 100 && c1 === 101 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "edu";
          return true;
        } else if (c3 === 118 && c2 === 111 && c1 === 103 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "gov";
          return true;
        } else if (c3 === 116 && c2 === 101 && c1 === 110 && c0 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "net";
          return true;
        } else if (c3 === 101 && c2 === 100 && c1 === 46) {
          out.isIcann = true;
          out.isPrivate = false;
          out.publicSuffix = "de";
          return true;
        }
      }
      return false;
    }
    var nodeFlags = /* @__PURE__ */ new Uint8Array([1, 2, 1, 1, 1, 1, 1, 1, 2, 0, 1, 1, 1, 1, 2, 2, 2, 0, 2, 2, 2, 2, 0, 2, 2, 2, 1, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 0, 2, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 0, 2, 0, 0, 0, 1, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 2, 1, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 2, 2, 0, 0, 2, 0, 0, 2, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0, 0, 1, 0, 2, 2, 0, 0, 0, 2, 0, 1, 1, 0, 2, 0, 2, 2, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 2, 2, 0, 2, 2, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 0, 2, 2, 0, 2, 2, 2, 2, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 2, 2, 0, 0, 0, 2, 2, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 2, 2, 0, 0, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 2, 2, 1, 2, 1, 1, 1, 2, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 1, 1, 1, 2, 1, 1, 1, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
    var edgeStart = /* @__PURE__ */ new Uint16Array([0, 0, 0, 10, 11, 18, 106, 111, 117, 118, 119, 128, 134, 141, 150, 151, 152, 153, 154, 155, 157, 158, 160, 161, 162, 164, 166, 242, 255, 257, 258, 259, 274, 276, 283, 284, 287, 288, 289, 292, 294, 313, 314, 316, 325, 330, 347, 348, 351, 352, 354, 356, 392, 393, 395, 398, 399, 403, 405, 409, 412, 444, 447, 460, 461, 469, 470, 472, 482, 496, 497, 498, 499, 508, 509, 546, 551, 567, 587, 593, 635, 637, 638, 639, 640, 667, 694, 695, 843, 849, 852, 853, 854, 859, 864, 873, 895, 896, 897, 898, 899, 900, 901, 921, 923, 924, 927, 929, 930, 932, 934, 949, 966, 971, 972, 974, 975, 976, 977, 978, 980, 983, 988, 989, 990, 992, 993, 996, 999, 1e3, 1001, 1014, 1016, 1028, 1039, 1047, 1049, 1089, 1092, 1096, 1097, 1099, 1102, 1113, 1115, 1125, 1127, 1133, 1135, 1136, 1138, 1141, 1142, 1143, 1196, 1198, 1200, 1220, 1221, 1222, 1223, 1225, 1236, 1267, 1278, 1279, 1292, 1302, 1311, 1319, 1320, 1325, 1339, 1350, 1362, 1374, 1388, 1389, 1400, 1434, 1435, 1436, 1452, 1468, 1480, 1553, 1554, 1556, 1557, 1593, 1612, 1613, 1614, 1615, 1617, 1618, 1619, 1622, 1626, 1629, 1631, 1665, 1666, 1674, 1675, 1676, 1677, 1678, 1680, 1682, 1684, 1685, 1689, 1690, 1691, 1693, 1695, 1696, 1698, 1699, 1700, 1711, 1713, 1714, 1718, 1719, 1722, 1729, 1730, 1735, 1739, 1740, 1742, 1743, 1744, 1745, 1746, 1747, 1748, 1749, 1750, 1751, 1752, 1753, 1754, 1755, 1757, 1758, 1759, 1760, 2228, 2231, 2232, 2234, 2241, 2248, 2258, 2262, 2273, 2274, 2275, 2287, 2288, 2290, 2292, 2293, 2300, 2301, 2303, 2304, 2306, 2307, 2308, 2309, 2310, 2385, 2387, 2408, 2409, 2410, 2412, 2413, 2415, 2416, 2471, 2472, 2473, 2480, 2486, 2496, 2506, 2559, 2560, 2561, 2571, 2585, 2586, 2589, 2596, 2597, 2605, 2607, 2608, 2609, 2610, 2621, 2622, 2623, 2625, 2626, 2628, 2629, 2638, 2650, 2656, 2658, 2690, 2694, 2696, 2697, 2699, 2700, 2712, 2713, 2715, 2723, 2730, 2736, 2741, 2742, 2748, 2751, 2757, 2764, 2771, 2779, 2780, 2781, 2819, 2825, 2829, 2845, 2846, 2851, 2869, 2900, 2918, 2920, 2923, 2931, 2933, 2940, 2992, 3016, 3017, 3018, 3019, 3020, 3021, 3022, 3029, 3030, 3031, 3032, 3033, 3034, 3036, 3037, 3041, 3125, 3138, 3139, 3576, 3580, 3594, 3646, 3674, 3696, 3754, 3776, 3791, 3854, 3905, 3943, 3979, 4004, 4146, 4192, 4243, 4262, 4296, 4311, 4331, 4361, 4392, 4415, 4446, 4476, 4508, 4535, 4610, 4632, 4670, 4680, 4714, 4733, 4759, 4801, 4851, 4877, 4946, 4947, 4949, 4972, 4995, 5031, 5062, 5079, 5136, 5149, 5173, 5202, 5204, 5238, 5254, 5282, 5587, 5596, 5606, 5613, 5630, 5634, 5640, 5641, 5680, 5682, 5689, 5696, 5705, 5712, 5713, 5714, 5727, 5730, 5745, 5746, 5755, 5756, 5765, 5774, 5780, 5782, 5783, 5784, 5822, 5823, 5825, 5833, 5840, 5853, 5857, 5859, 5860, 5866, 5873, 5887, 5897, 5902, 5910, 5918, 5924, 5925, 5929, 5931, 5932, 5944, 6016, 6017, 6018, 6019, 6021, 6022, 6025, 6027, 6030, 6034, 6035, 6036, 6042, 6043, 6044, 6046, 6048, 6050, 6051, 6052, 6055, 6057, 6060, 6061, 6063, 6261, 6268, 6269, 6270, 6280, 6285, 6302, 6316, 6325, 6326, 6327, 6331, 6332, 6334, 6336, 6342, 6343, 6346, 6347, 6349, 6350, 6351, 7251, 7254, 7258, 7276, 7285, 7288, 7294, 7295, 7297, 7298, 7299, 7301, 7353, 7354, 7357, 7358, 7477, 7478, 7489, 7508, 7515, 7518, 7527, 7528, 7529, 7544, 7599, 7791, 7793, 7795, 7796, 7798, 7803, 7816, 7817, 7833, 7840, 7849, 7852, 7855, 7862, 7870, 7874, 7875, 7876, 7890, 7895, 7904, 7905, 7906, 7910, 7945, 7946, 7967, 7974, 7982, 7983, 7988, 7996, 8040, 8041, 8047, 8050, 8063, 8068, 8069, 8071, 8073, 8114, 8115, 8121, 8128, 8129, 8139, 8148, 8163, 8167, 8169, 8221, 8222, 8227, 8228, 8231, 8233, 8234, 8235, 8244, 8258, 8266, 8280, 8291, 8292, 8294, 8296, 8318, 8329, 8335, 8336, 8348, 8360, 8447, 8459, 8466, 8469, 8475, 8500, 8503, 8504, 8505, 8506, 8508, 8511, 8514, 8525, 8527, 8529, 8557, 8631, 8638, 8642, 8643, 8652, 8674, 8675, 8680, 8681, 8763, 8765, 8766, 8775, 8779, 8785, 8791, 8797, 8807, 8812, 8813, 8831, 8842, 8847, 8852, 8862, 8868, 8872, 8878, 8884, 10490, 10491, 10492, 10499, 10501]);
    var edgeLength = /* @__PURE__ */ new Uint8Array([3, 3, 3, 3, 3, 3, 3, 3, 5, 8, 8, 2, 2, 3, 3, 3, 3, 3, 8, 5, 5, 5, 5, 5, 3, 3, 5, 5, 9, 12, 19, 8, 19, 8, 11, 9, 9, 8, 7, 7, 6, 8, 9, 16, 10, 7, 7, 11, 8, 6, 6, 9, 7, 11, 7, 14, 4, 4, 4, 4, 4, 4, 10, 7, 6, 6, 6, 6, 10, 10, 6, 10, 10, 22, 11, 9, 10, 10, 10, 9, 10, 8, 7, 7, 7, 8, 21, 13, 11, 11, 9, 10, 9, 13, 10, 8, 8, 9, 12, 9, 7, 10, 7, 7, 13, 7, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 1, 4, 3, 3, 3, 3, 3, 8, 7, 4, 6, 3, 3, 3, 3, 3, 3, 2, 5, 3, 3, 3, 3, 7, 2, 2, 2, 2, 2, 2, 3, 3, 3, 1, 7, 8, 5, 2, 2, 7, 4, 5, 7, 2, 2, 1, 4, 1, 11, 9, 9, 5, 5, 8, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 5, 5, 11, 9, 9, 8, 9, 9, 13, 7, 14, 7, 6, 6, 6, 7, 6, 6, 6, 6, 6, 6, 10, 7, 11, 9, 4, 4, 4, 4, 4, 6, 6, 6, 6, 13, 6, 8, 7, 10, 10, 9, 9, 7, 9, 8, 8, 9, 8, 7, 10, 6, 9, 8, 10, 9, 10, 7, 8, 1, 9, 10, 12, 12, 12, 10, 9, 9, 10, 10, 9, 9, 1, 1, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 6, 4, 2, 3, 3, 3, 3, 7, 4, 4, 4, 3, 3, 6, 7, 3, 4, 1, 2, 2, 2, 6, 1, 2, 2, 2, 2, 2, 12, 5, 3, 8, 9, 13, 4, 4, 13, 9, 9, 11, 7, 3, 12, 9, 2, 2, 2, 3, 3, 3, 3, 3, 8, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 7, 10, 15, 15, 7, 15, 20, 15, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 7, 8, 6, 8, 8, 6, 8, 13, 8, 8, 6, 13, 8, 11, 13, 8, 6, 13, 8, 6, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 9, 9, 9, 10, 14, 14, 11, 13, 13, 9, 9, 9, 9, 9, 9, 2, 6, 9, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 2, 3, 3, 3, 3, 3, 3, 7, 7, 2, 3, 2, 2, 5, 3, 3, 3, 3, 3, 3, 4, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 5, 7, 4, 2, 2, 12, 8, 10, 8, 10, 7, 18, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 5, 2, 2, 3, 3, 3, 5, 5, 3, 8, 8, 6, 8, 6, 6, 4, 6, 7, 7, 7, 10, 11, 2, 5, 5, 3, 3, 3, 3, 3, 3, 5, 5, 6, 11, 10, 7, 7, 7, 4, 4, 4, 2, 3, 3, 3, 3, 3, 2, 2, 7, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 7, 11, 7, 6, 9, 6, 6, 8, 10, 8, 6, 8, 13, 4, 4, 4, 4, 4, 10, 8, 11, 8, 8, 8, 10, 10, 7, 5, 4, 4, 4, 10, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 10, 13, 7, 8, 7, 11, 8, 8, 6, 9, 8, 8, 6, 6, 6, 8, 8, 6, 6, 6, 6, 6, 9, 7, 6, 4, 4, 4, 4, 4, 4, 4, 6, 6, 6, 9, 7, 8, 10, 8, 8, 2, 3, 3, 3, 3, 3, 2, 8, 9, 9, 2, 2, 2, 3, 3, 3, 2, 3, 3, 3, 9, 2, 2, 3, 3, 3, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 12, 5, 5, 3, 5, 4, 2, 3, 2, 4, 3, 9, 2, 2, 2, 2, 2, 5, 5, 3, 3, 3, 8, 8, 13, 6, 10, 9, 4, 7, 9, 11, 2, 3, 7, 3, 3, 4, 1, 3, 4, 2, 9, 3, 3, 12, 5, 3, 7, 10, 10, 7, 4, 4, 6, 14, 7, 9, 7, 13, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 8, 15, 4, 4, 2, 3, 3, 3, 7, 4, 9, 9, 2, 3, 3, 3, 5, 3, 2, 2, 7, 2, 7, 6, 6, 7, 2, 4, 2, 2, 2, 2, 2, 2, 8, 8, 8, 9, 5, 2, 3, 3, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 3, 4, 2, 3, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 2, 3, 3, 3, 3, 10, 7, 4, 4, 4, 4, 3, 9, 6, 6, 6, 9, 13, 9, 2, 2, 2, 8, 7, 9, 5, 3, 3, 3, 5, 5, 13, 12, 9, 10, 7, 8, 7, 8, 6, 11, 12, 7, 10, 4, 4, 4, 7, 8, 11, 6, 7, 9, 8, 7, 10, 8, 9, 15, 7, 8, 5, 4, 7, 2, 3, 3, 3, 2, 14, 10, 2, 14, 10, 2, 14, 3, 9, 13, 13, 10, 14, 16, 17, 11, 2, 14, 2, 14, 3, 9, 13, 10, 14, 16, 17, 11, 14, 10, 14, 2, 7, 3, 10, 7, 14, 10, 2, 14, 10, 9, 9, 17, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 10, 10, 10, 12, 9, 4, 10, 10, 11, 8, 8, 8, 7, 9, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 8, 4, 4, 4, 4, 4, 4, 6, 16, 3, 3, 14, 3, 14, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 10, 14, 14, 14, 9, 9, 9, 9, 9, 9, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 14, 2, 14, 9, 17, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 14, 17, 16, 17, 11, 2, 14, 9, 13, 10, 14, 16, 17, 11, 2, 14, 9, 13, 10, 17, 16, 11, 17, 2, 14, 10, 19, 7, 2, 14, 9, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 19, 7, 14, 16, 17, 11, 2, 14, 9, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 10, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 17, 13, 10, 10, 14, 17, 16, 17, 11, 6, 3, 2, 14, 9, 13, 10, 10, 14, 16, 17, 11, 6, 9, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 14, 10, 10, 10, 14, 9, 9, 9, 9, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 4, 11, 2, 14, 9, 13, 17, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 17, 13, 10, 19, 10, 7, 14, 17, 16, 17, 11, 6, 2, 14, 9, 13, 10, 19, 7, 14, 17, 16, 17, 11, 2, 9, 10, 10, 7, 17, 3, 3, 12, 12, 16, 15, 15, 12, 14, 14, 14, 20, 20, 13, 12, 12, 12, 12, 12, 12, 20, 25, 14, 14, 12, 12, 10, 10, 10, 10, 14, 9, 9, 9, 25, 4, 9, 17, 10, 7, 14, 16, 21, 13, 13, 14, 20, 14, 13, 17, 24, 9, 12, 13, 25, 13, 21, 20, 17, 9, 9, 9, 9, 9, 9, 12, 17, 4, 4, 9, 9, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 9, 10, 14, 12, 12, 14, 14, 10, 9, 9, 9, 10, 14, 14, 14, 9, 9, 9, 9, 2, 1, 5, 1, 6, 5, 8, 7, 11, 11, 1, 3, 3, 3, 5, 3, 3, 4, 8, 9, 10, 10, 12, 14, 14, 14, 12, 12, 12, 12, 14, 14, 10, 10, 10, 10, 14, 9, 9, 9, 10, 14, 14, 14, 13, 13, 14, 9, 9, 9, 9, 9, 9, 7, 4, 4, 4, 4, 4, 4, 4, 4, 10, 2, 2, 6, 7, 6, 2, 3, 2, 3, 6, 2, 7, 6, 10, 7, 4, 9, 12, 6, 14, 4, 12, 7, 2, 2, 1, 2, 7, 6, 4, 4, 4, 6, 8, 8, 7, 2, 2, 13, 2, 2, 2, 2, 6, 2, 8, 12, 2, 7, 7, 6, 8, 10, 12, 2, 2, 2, 3, 3, 13, 2, 2, 3, 3, 6, 7, 6, 4, 5, 6, 3, 3, 3, 3, 4, 16, 8, 5, 4, 3, 3, 3, 5, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11, 12, 7, 7, 13, 9, 10, 17, 12, 8, 9, 7, 17, 17, 8, 5, 12, 10, 13, 14, 5, 5, 5, 13, 5, 5, 5, 3, 3, 3, 5, 16, 5, 5, 5, 5, 7, 12, 14, 8, 12, 8, 10, 12, 9, 11, 7, 9, 7, 10, 7, 13, 13, 9, 7, 12, 8, 17, 7, 7, 16, 10, 13, 13, 8, 10, 10, 14, 17, 7, 16, 16, 15, 8, 10, 10, 12, 17, 17, 7, 17, 14, 7, 10, 17, 8, 7, 7, 7, 8, 15, 15, 7, 14, 10, 10, 10, 11, 11, 7, 7, 13, 8, 10, 7, 16, 7, 8, 7, 14, 17, 12, 10, 11, 21, 8, 9, 7, 13, 9, 8, 6, 13, 6, 12, 7, 6, 13, 10, 10, 10, 8, 18, 9, 17, 13, 10, 12, 6, 13, 6, 11, 8, 13, 10, 13, 18, 10, 13, 11, 13, 8, 16, 7, 10, 8, 16, 12, 10, 8, 8, 14, 11, 8, 15, 8, 8, 7, 7, 12, 7, 8, 9, 14, 15, 8, 9, 10, 9, 15, 7, 8, 8, 12, 13, 12, 9, 10, 15, 13, 7, 10, 10, 20, 7, 6, 9, 6, 6, 14, 11, 14, 11, 12, 9, 10, 16, 16, 12, 7, 11, 28, 8, 11, 10, 7, 21, 8, 7, 9, 4, 4, 4, 17, 7, 8, 6, 9, 6, 6, 13, 6, 6, 6, 6, 18, 20, 14, 8, 11, 12, 9, 10, 13, 15, 15, 19, 8, 9, 12, 7, 10, 16, 12, 9, 9, 9, 14, 12, 11, 10, 9, 12, 11, 18, 9, 9, 9, 10, 7, 7, 16, 8, 9, 7, 13, 12, 10, 14, 18, 7, 8, 11, 10, 7, 7, 8, 8, 13, 7, 7, 7, 11, 15, 13, 11, 7, 8, 15, 11, 7, 8, 18, 8, 14, 13, 18, 15, 10, 12, 12, 9, 7, 11, 11, 8, 7, 10, 8, 14, 12, 10, 18, 7, 10, 9, 7, 8, 13, 10, 14, 10, 8, 8, 23, 7, 7, 11, 12, 12, 17, 7, 7, 11, 11, 17, 16, 16, 25, 7, 8, 11, 14, 14, 8, 10, 7, 15, 7, 16, 16, 13, 9, 11, 9, 15, 15, 11, 11, 7, 7, 14, 7, 9, 7, 7, 16, 10, 13, 10, 11, 14, 7, 11, 10, 11, 7, 11, 10, 11, 15, 10, 11, 15, 10, 12, 10, 14, 13, 11, 11, 12, 13, 10, 7, 13, 16, 12, 21, 15, 9, 10, 10, 7, 11, 14, 17, 7, 7, 8, 11, 13, 12, 8, 15, 14, 14, 8, 17, 12, 10, 10, 7, 9, 19, 11, 7, 10, 7, 11, 18, 7, 11, 7, 12, 11, 8, 8, 14, 12, 7, 8, 15, 3, 7, 7, 5, 2, 9, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3, 3, 5, 11, 6, 4, 7, 10, 7, 7, 11, 1, 10, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 5, 7, 3, 5, 6, 3, 3, 5, 2, 2, 5, 3, 4, 13, 11, 3, 3, 6, 3, 5, 14, 2, 2, 3, 8, 2, 2, 12, 5, 18, 5, 3, 3, 3, 3, 16, 5, 5, 5, 10, 7, 13, 12, 13, 9, 12, 14, 19, 9, 9, 21, 9, 9, 10, 6, 9, 6, 15, 10, 6, 12, 8, 6, 10, 15, 4, 4, 6, 6, 9, 9, 12, 16, 14, 23, 7, 7, 7, 14, 9, 7, 7, 11, 14, 10, 7, 10, 10, 10, 12, 6, 11, 10, 13, 11, 15, 11, 7, 12, 10, 3, 7, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 4, 3, 7, 5, 1, 5, 2, 2, 2, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 5, 5, 10, 9, 11, 8, 7, 12, 8, 9, 7, 6, 13, 11, 6, 13, 7, 9, 9, 4, 4, 4, 4, 4, 6, 10, 7, 8, 13, 11, 8, 8, 9, 14, 7, 14, 10, 7, 9, 7, 7, 9, 6, 9, 2, 12, 5, 3, 3, 13, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 1, 7, 6, 4, 12, 3, 3, 3, 3, 3, 8, 7, 3, 3, 3, 3, 3, 3, 4, 4, 11, 15, 14, 2, 8, 3, 5, 5, 8, 10, 8, 6, 4, 7, 17, 7, 4, 5, 2, 6, 3, 5, 4, 2, 2, 12, 5, 5, 3, 15, 13, 8, 11, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 5, 3, 3, 3, 3, 4, 2, 3, 18, 2, 12, 5, 3, 3, 3, 3, 3, 5, 16, 8, 8, 9, 6, 6, 4, 4, 4, 4, 31, 6, 6, 10, 11, 21, 10, 9, 7, 10, 7, 7, 2, 4, 4, 4, 4, 6, 5, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 6, 4, 6, 2, 2, 2, 5, 3, 3, 3, 7, 7, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 8, 2, 3, 3, 3, 3, 3, 5, 9, 11, 3, 3, 3, 3, 4, 4, 3, 3, 3, 3, 3, 5, 10, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 11, 10, 10, 10, 10, 10, 11, 10, 11, 10, 11, 10, 9, 9, 11, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 5, 5, 3, 7, 8, 7, 6, 6, 11, 4, 4, 4, 4, 7, 8, 9, 9, 2, 3, 7, 4, 4, 2, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 4, 2, 2, 5, 5, 5, 5, 5, 3, 3, 5, 5, 5, 7, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 8, 8, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 4, 6, 9, 12, 3, 7, 10, 7, 2, 2, 3, 3, 3, 3, 3, 4, 3, 3, 2, 2, 2, 2, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 8, 6, 6, 8, 6, 7, 4, 4, 4, 4, 4, 4, 6, 7, 5, 5, 20, 19, 8, 10, 9, 7, 10, 6, 8, 11, 6, 6, 6, 6, 13, 12, 8, 6, 7, 14, 11, 9, 2, 5, 3, 6, 2, 3, 2, 2, 2, 2, 2, 2, 2, 5, 4, 3, 7, 6, 4, 7, 4, 3, 6, 4, 7, 2, 2, 7, 7, 7, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 9, 10, 10, 10, 11, 7, 8, 20, 7, 9, 8, 9, 8, 12, 6, 6, 6, 8, 9, 8, 12, 6, 6, 8, 13, 10, 12, 6, 6, 7, 7, 9, 6, 4, 4, 4, 4, 4, 4, 10, 6, 6, 6, 7, 14, 11, 10, 7, 8, 10, 8, 11, 14, 11, 11, 9, 7, 9, 8, 11, 13, 9, 17, 10, 9, 2, 2, 2, 9, 3, 3, 3, 3, 15, 14, 9, 5, 5, 2, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 15, 12, 22, 19, 17, 18, 18, 19, 21, 7, 16, 16, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 7, 16, 11, 11, 7, 7, 7, 7, 17, 7, 8, 12, 15, 9, 19, 7, 19, 8, 21, 11, 12, 19, 14, 22, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 16, 16, 19, 24, 12, 7, 14, 7, 12, 7, 8, 10, 10, 13, 7, 12, 12, 7, 7, 10, 18, 15, 12, 16, 7, 14, 12, 17, 10, 16, 17, 12, 17, 25, 7, 7, 7, 13, 6, 9, 6, 9, 18, 6, 6, 11, 20, 10, 6, 6, 6, 6, 6, 6, 17, 6, 6, 6, 15, 6, 6, 6, 6, 6, 8, 14, 11, 12, 11, 15, 13, 19, 17, 21, 7, 18, 8, 13, 13, 8, 12, 8, 6, 6, 13, 6, 15, 15, 16, 6, 6, 16, 6, 6, 6, 14, 6, 18, 6, 6, 6, 17, 18, 9, 13, 15, 8, 19, 8, 15, 15, 18, 14, 16, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 11, 10, 11, 6, 21, 23, 12, 17, 12, 11, 14, 13, 22, 15, 15, 11, 12, 14, 12, 7, 12, 8, 12, 14, 12, 18, 10, 8, 16, 19, 17, 12, 14, 15, 8, 19, 17, 12, 13, 13, 15, 18, 13, 23, 24, 23, 21, 17, 24, 8, 21, 8, 14, 14, 16, 20, 14, 8, 8, 15, 20, 8, 19, 21, 9, 8, 13, 12, 13, 15, 11, 8, 11, 9, 9, 8, 11, 8, 21, 14, 21, 15, 15, 13, 7, 19, 7, 7, 7, 7, 7, 7, 16, 12, 17, 18, 7, 7, 11, 11, 7, 9, 9, 2, 2, 3, 3, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 10, 10, 7, 9, 7, 7, 7, 6, 8, 6, 6, 6, 6, 6, 6, 6, 7, 6, 8, 6, 6, 9, 7, 7, 7, 4, 4, 4, 4, 4, 4, 4, 4, 8, 9, 8, 7, 8, 7, 8, 10, 7, 5, 5, 5, 5, 5, 5, 3, 9, 7, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 9, 6, 6, 9, 11, 13, 7, 8, 9, 9, 5, 5, 5, 7, 8, 6, 6, 6, 6, 6, 6, 6, 7, 8, 9, 7, 10, 9, 10, 7, 8, 5, 5, 5, 5, 5, 5, 7, 7, 9, 8, 7, 7, 6, 6, 6, 6, 6, 6, 10, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 10, 4, 4, 4, 4, 8, 7, 7, 10, 10, 9, 8, 8, 15, 9, 8, 8, 8, 8, 8, 9, 10, 9, 10, 7, 8, 13, 5, 5, 5, 5, 5, 3, 3, 7, 7, 8, 6, 6, 6, 4, 4, 11, 9, 7, 8, 9, 10, 7, 5, 5, 5, 5, 5, 3, 3, 7, 6, 6, 13, 7, 9, 8, 7, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 7, 8, 7, 8, 13, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 6, 6, 6, 6, 7, 6, 7, 6, 6, 9, 7, 4, 4, 4, 4, 4, 4, 4, 7, 8, 7, 8, 9, 8, 8, 8, 7, 10, 7, 8, 5, 5, 5, 5, 5, 5, 5, 5, 3, 7, 7, 7, 7, 9, 7, 10, 9, 6, 6, 6, 6, 6, 8, 8, 6, 6, 6, 7, 6, 6, 6, 9, 9, 4, 4, 13, 7, 10, 9, 9, 12, 7, 8, 8, 10, 8, 8, 8, 8, 8, 8, 5, 5, 5, 5, 3, 7, 7, 11, 7, 9, 8, 8, 6, 6, 10, 6, 8, 8, 8, 6, 7, 6, 6, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 8, 8, 16, 8, 9, 8, 7, 5, 5, 5, 5, 5, 3, 3, 7, 7, 7, 10, 15, 8, 9, 8, 9, 9, 6, 6, 6, 6, 6, 6, 7, 4, 8, 7, 8, 8, 7, 8, 11, 8, 5, 5, 5, 5, 5, 3, 7, 7, 6, 11, 16, 7, 6, 4, 4, 4, 4, 9, 9, 8, 8, 8, 13, 12, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 7, 8, 8, 9, 13, 7, 7, 7, 9, 8, 8, 9, 12, 7, 12, 7, 12, 8, 7, 10, 12, 9, 9, 6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 9, 8, 9, 11, 8, 6, 6, 6, 6, 6, 12, 7, 6, 6, 6, 9, 7, 7, 6, 6, 6, 6, 6, 11, 9, 6, 6, 6, 6, 6, 7, 9, 4, 4, 4, 4, 4, 4, 4, 4, 9, 9, 9, 9, 7, 7, 7, 7, 7, 11, 7, 7, 8, 8, 8, 8, 8, 8, 9, 8, 9, 9, 7, 7, 11, 11, 7, 12, 8, 8, 8, 8, 8, 7, 8, 8, 8, 8, 8, 13, 12, 8, 8, 8, 8, 7, 7, 7, 9, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 7, 11, 7, 8, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 10, 11, 6, 7, 9, 4, 4, 4, 4, 4, 4, 9, 9, 8, 9, 8, 8, 8, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 11, 7, 7, 7, 9, 6, 6, 11, 8, 10, 6, 6, 6, 12, 8, 8, 7, 6, 6, 8, 7, 4, 4, 4, 4, 4, 4, 4, 4, 9, 10, 9, 9, 8, 10, 9, 11, 8, 5, 5, 5, 7, 6, 6, 8, 7, 4, 4, 4, 4, 8, 7, 7, 8, 7, 8, 8, 5, 5, 5, 5, 7, 7, 8, 8, 8, 6, 6, 6, 6, 6, 10, 8, 9, 13, 6, 7, 6, 6, 8, 7, 8, 4, 4, 4, 4, 11, 8, 8, 8, 10, 5, 5, 8, 7, 8, 13, 8, 7, 6, 8, 6, 9, 7, 8, 7, 5, 5, 5, 5, 5, 5, 3, 3, 7, 8, 9, 6, 4, 8, 10, 10, 8, 12, 9, 13, 2, 7, 5, 5, 5, 5, 5, 7, 7, 10, 6, 6, 6, 6, 6, 6, 6, 8, 4, 4, 9, 8, 8, 8, 14, 8, 8, 8, 9, 8, 5, 5, 5, 5, 5, 3, 3, 9, 6, 6, 6, 6, 10, 12, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 4, 11, 8, 7, 8, 8, 8, 5, 5, 3, 3, 3, 3, 7, 7, 6, 8, 6, 8, 11, 7, 6, 6, 6, 7, 4, 8, 11, 9, 10, 5, 5, 5, 3, 3, 3, 7, 7, 8, 9, 8, 15, 9, 6, 6, 6, 6, 6, 6, 11, 11, 4, 4, 4, 4, 4, 7, 9, 9, 10, 8, 7, 5, 5, 5, 5, 5, 5, 3, 3, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 7, 4, 4, 4, 4, 4, 9, 9, 8, 8, 10, 13, 5, 5, 5, 3, 17, 7, 7, 7, 7, 7, 8, 6, 8, 13, 6, 6, 6, 6, 6, 6, 6, 6, 4, 4, 4, 9, 10, 8, 8, 8, 5, 5, 5, 5, 3, 7, 7, 7, 8, 8, 6, 6, 6, 8, 8, 8, 9, 10, 8, 4, 8, 10, 9, 8, 8, 8, 9, 13, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 8, 9, 9, 7, 7, 7, 10, 9, 9, 8, 9, 8, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 12, 6, 6, 6, 6, 6, 6, 6, 6, 6, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 11, 8, 8, 9, 9, 10, 8, 9, 7, 7, 5, 5, 5, 5, 5, 5, 3, 7, 8, 7, 6, 6, 8, 6, 6, 10, 4, 7, 8, 9, 12, 8, 7, 7, 5, 5, 5, 5, 5, 5, 3, 3, 7, 14, 7, 9, 8, 8, 6, 6, 8, 12, 12, 6, 6, 7, 7, 10, 4, 4, 4, 4, 4, 9, 9, 14, 9, 13, 8, 7, 5, 5, 5, 6, 6, 6, 7, 4, 8, 7, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 7, 7, 7, 8, 6, 6, 6, 6, 6, 6, 12, 6, 6, 6, 6, 4, 4, 9, 9, 8, 8, 11, 7, 7, 7, 5, 5, 5, 3, 9, 8, 6, 6, 7, 4, 4, 4, 4, 4, 4, 8, 8, 11, 5, 5, 5, 7, 7, 7, 9, 6, 6, 6, 6, 6, 6, 9, 8, 4, 4, 4, 4, 7, 12, 9, 8, 8, 8, 7, 10, 10, 5, 5, 5, 5, 5, 5, 5, 3, 11, 14, 8, 7, 8, 8, 6, 6, 6, 6, 6, 8, 7, 6, 6, 6, 7, 6, 8, 9, 4, 4, 4, 7, 8, 9, 7, 9, 7, 7, 9, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 3, 9, 7, 7, 12, 14, 8, 6, 6, 12, 11, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 15, 7, 4, 4, 4, 16, 9, 9, 9, 8, 9, 9, 9, 9, 9, 8, 8, 8, 13, 11, 8, 5, 5, 5, 5, 3, 7, 6, 6, 8, 8, 8, 6, 6, 7, 10, 7, 4, 4, 4, 4, 9, 7, 8, 7, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 7, 7, 7, 9, 6, 6, 6, 6, 6, 8, 8, 7, 7, 9, 6, 6, 6, 7, 6, 6, 6, 6, 6, 15, 4, 4, 4, 4, 4, 8, 8, 7, 8, 12, 9, 8, 8, 8, 8, 8, 9, 8, 8, 10, 8, 8, 8, 8, 16, 9, 10, 2, 5, 5, 5, 5, 5, 5, 5, 9, 7, 6, 8, 9, 4, 4, 4, 4, 4, 7, 8, 8, 8, 9, 8, 11, 10, 5, 5, 5, 5, 3, 7, 8, 6, 6, 6, 6, 6, 8, 6, 6, 6, 6, 4, 12, 10, 12, 7, 7, 7, 7, 7, 7, 7, 5, 5, 5, 5, 3, 3, 7, 7, 10, 8, 9, 7, 6, 10, 7, 6, 6, 4, 4, 8, 9, 7, 9, 9, 9, 9, 8, 8, 8, 8, 10, 5, 5, 5, 5, 5, 5, 8, 7, 6, 6, 6, 10, 6, 7, 10, 7, 4, 4, 4, 4, 4, 4, 4, 12, 9, 10, 7, 7, 10, 8, 10, 5, 12, 9, 6, 6, 6, 6, 6, 7, 6, 4, 4, 4, 10, 9, 9, 8, 7, 7, 5, 5, 5, 5, 5, 5, 3, 3, 13, 7, 7, 9, 7, 7, 7, 8, 9, 9, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 13, 9, 15, 15, 4, 4, 4, 4, 4, 10, 10, 9, 8, 9, 8, 8, 9, 7, 8, 7, 8, 5, 5, 7, 6, 6, 6, 4, 4, 4, 7, 8, 11, 8, 5, 5, 5, 5, 5, 5, 5, 7, 6, 6, 6, 6, 6, 6, 9, 11, 10, 7, 4, 4, 4, 9, 8, 8, 5, 5, 5, 5, 5, 9, 9, 6, 6, 6, 6, 6, 6, 6, 9, 9, 4, 4, 4, 4, 8, 8, 8, 9, 9, 8, 8, 8, 13, 2, 4, 2, 7, 5, 5, 5, 5, 5, 5, 9, 9, 6, 6, 6, 6, 10, 8, 8, 8, 6, 6, 6, 4, 4, 9, 8, 10, 8, 9, 8, 8, 8, 9, 8, 8, 5, 3, 3, 3, 11, 6, 6, 6, 7, 6, 6, 6, 4, 4, 9, 8, 5, 5, 5, 5, 5, 3, 11, 8, 6, 6, 6, 6, 6, 9, 7, 4, 4, 14, 10, 9, 8, 12, 8, 8, 8, 11, 15, 8, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 11, 11, 11, 10, 10, 7, 7, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 7, 11, 7, 7, 11, 11, 7, 8, 9, 10, 7, 7, 9, 9, 9, 9, 7, 7, 10, 8, 13, 8, 8, 8, 8, 11, 10, 6, 6, 8, 10, 11, 14, 14, 6, 6, 6, 6, 6, 6, 9, 11, 7, 7, 6, 8, 12, 11, 11, 6, 6, 10, 6, 6, 6, 6, 6, 10, 7, 7, 6, 6, 11, 6, 6, 6, 11, 8, 9, 7, 6, 10, 11, 9, 10, 11, 7, 11, 8, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 6, 6, 8, 9, 10, 9, 6, 6, 6, 10, 6, 6, 6, 6, 11, 10, 11, 10, 9, 8, 7, 7, 7, 7, 11, 14, 8, 10, 9, 9, 8, 8, 7, 11, 8, 8, 8, 11, 11, 10, 10, 9, 10, 8, 11, 10, 8, 11, 9, 12, 8, 10, 8, 11, 8, 9, 9, 11, 11, 10, 11, 13, 8, 7, 8, 8, 9, 7, 8, 8, 8, 8, 7, 8, 2, 2, 2, 2, 2, 2, 2, 4, 4, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 8, 6, 4, 4, 4, 11, 7, 11, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 3, 3, 3, 3, 8, 7, 7, 8, 8, 4, 8, 7, 7, 7, 9, 7, 8, 9, 8, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 4, 5, 5, 3, 3, 8, 6, 8, 6, 9, 4, 4, 10, 7, 3, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 3, 2, 2, 2, 3, 3, 3, 3, 3, 4, 10, 2, 3, 3, 3, 3, 3, 3, 3, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 3, 3, 3, 5, 2, 4, 2, 6, 2, 2, 9, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 9, 8, 7, 9, 6, 6, 11, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 7, 7, 11, 8, 8, 6, 5, 11, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 6, 4, 4, 4, 4, 3, 3, 3, 3, 5, 7, 2, 3, 3, 3, 3, 3, 8, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 4, 4, 4, 4, 2, 2, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 6, 3, 3, 8, 10, 3, 4, 4, 1, 1, 1, 1, 1, 1, 1, 8, 9, 10, 7, 7, 1, 14, 18, 13, 18, 13, 10, 10, 16, 13, 18, 16, 13, 16, 18, 13, 22, 16, 16, 16, 14, 21, 16, 9, 14, 16, 9, 9, 14, 10, 10, 14, 12, 14, 19, 12, 11, 18, 13, 17, 15, 15, 15, 15, 16, 14, 13, 19, 18, 15, 19, 18, 12, 18, 12, 11, 20, 14, 15, 10, 17, 17, 16, 19, 20, 21, 15, 13, 16, 15, 15, 15, 1, 1, 3, 8, 7, 7, 8, 8, 8, 1, 6, 1, 1, 6, 3, 3, 4, 7, 3, 3, 5, 5, 4, 4, 4, 4, 4, 2, 7, 7, 8, 12, 3, 4, 5, 1, 3, 4, 4, 10, 4, 3, 3, 3, 8, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 12, 9, 20, 7, 5, 5, 5, 9, 13, 5, 5, 5, 5, 5, 3, 3, 3, 16, 5, 5, 5, 13, 7, 8, 8, 11, 8, 7, 9, 7, 11, 12, 9, 9, 8, 8, 11, 10, 14, 7, 12, 10, 11, 13, 7, 9, 11, 17, 17, 14, 13, 7, 8, 7, 10, 10, 7, 16, 13, 7, 8, 17, 12, 9, 8, 6, 7, 10, 6, 6, 12, 6, 8, 10, 8, 8, 8, 6, 8, 6, 14, 6, 6, 6, 13, 6, 10, 6, 6, 7, 14, 8, 6, 6, 10, 11, 10, 9, 9, 7, 7, 6, 6, 6, 9, 9, 7, 9, 10, 9, 13, 12, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 6, 6, 8, 8, 6, 8, 9, 10, 9, 7, 10, 10, 8, 7, 8, 7, 10, 12, 9, 8, 15, 8, 7, 8, 8, 7, 7, 15, 13, 7, 10, 9, 14, 18, 16, 7, 24, 7, 8, 10, 11, 16, 8, 14, 7, 9, 9, 9, 13, 19, 14, 15, 14, 11, 7, 13, 9, 10, 7, 13, 9, 10, 11, 12, 8, 9, 2, 3, 5, 8, 7, 4, 4, 15, 10, 5, 3, 3, 3, 3, 3, 5, 4, 4, 4, 2, 2, 2, 2, 2, 1, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 2, 12, 5, 3, 8, 10, 15, 6, 7, 2, 3, 2, 5, 5, 12, 2, 5, 5, 5, 5, 2, 2, 5, 5, 12, 9, 5, 2, 2, 9, 5, 5, 12, 12, 5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9, 12, 5, 8, 8, 9, 5, 5, 5, 8, 19, 7, 16, 15, 14, 9, 9, 9, 9, 7, 11, 11, 11, 7, 14, 10, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5, 15, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 14, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 15, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 12, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 9, 12, 9, 9, 12, 12, 12, 15, 7, 11, 7, 14, 11, 18, 13, 8, 18, 15, 18, 12, 14, 12, 8, 8, 8, 8, 9, 9, 9, 12, 7, 10, 10, 8, 8, 12, 12, 12, 7, 12, 12, 9, 7, 7, 7, 7, 7, 8, 15, 12, 9, 10, 10, 7, 10, 10, 13, 11, 10, 9, 22, 11, 9, 8, 8, 8, 8, 8, 13, 18, 13, 9, 15, 19, 9, 7, 7, 10, 7, 7, 7, 11, 8, 13, 17, 7, 7, 10, 10, 10, 7, 20, 16, 7, 7, 7, 7, 7, 7, 11, 21, 12, 12, 13, 11, 14, 16, 8, 8, 13, 11, 7, 7, 13, 7, 7, 14, 15, 15, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 13, 10, 18, 6, 6, 6, 6, 6, 6, 6, 6, 6, 11, 8, 8, 12, 12, 11, 11, 8, 12, 9, 9, 9, 13, 13, 9, 9, 9, 9, 9, 9, 6, 10, 12, 6, 6, 6, 6, 17, 11, 7, 7, 7, 7, 14, 14, 12, 6, 7, 7, 6, 6, 15, 10, 13, 10, 6, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 13, 9, 9, 15, 13, 6, 12, 12, 6, 19, 11, 10, 7, 7, 16, 8, 19, 17, 9, 9, 9, 9, 9, 6, 6, 6, 10, 8, 16, 8, 6, 6, 9, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 8, 6, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 14, 6, 6, 6, 6, 20, 6, 9, 6, 14, 9, 9, 9, 6, 9, 8, 8, 12, 9, 8, 8, 8, 8, 7, 8, 12, 7, 8, 8, 8, 6, 8, 6, 6, 6, 6, 6, 6, 6, 9, 8, 8, 6, 6, 13, 9, 12, 13, 12, 14, 13, 12, 11, 11, 6, 8, 8, 8, 6, 13, 12, 11, 11, 12, 6, 11, 12, 11, 13, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 15, 6, 6, 6, 6, 6, 6, 6, 13, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 8, 8, 8, 6, 18, 6, 12, 13, 13, 13, 9, 10, 15, 9, 12, 6, 6, 6, 6, 6, 6, 6, 6, 9, 15, 10, 9, 10, 13, 9, 19, 8, 18, 17, 10, 10, 8, 8, 6, 6, 6, 6, 6, 6, 10, 14, 8, 16, 16, 9, 8, 15, 8, 8, 10, 12, 14, 7, 7, 8, 8, 7, 7, 7, 7, 8, 13, 13, 11, 9, 9, 9, 12, 10, 17, 8, 11, 9, 7, 7, 14, 8, 14, 14, 7, 7, 7, 7, 7, 7, 14, 7, 7, 7, 7, 7, 10, 10, 8, 14, 7, 7, 7, 7, 8, 8, 8, 8, 8, 17, 9, 7, 15, 7, 8, 12, 7, 9, 14, 7, 7, 7, 9, 13, 8, 14, 7, 16, 18, 13, 15, 14, 12, 13, 10, 15, 9, 7, 7, 7, 10, 13, 15, 15, 9, 9, 9, 9, 19, 11, 7, 11, 11, 13, 8, 8, 8, 8, 7, 12, 19, 17, 9, 9, 13, 7, 7, 7, 9, 7, 7, 7, 12, 13, 15, 10, 8, 8, 14, 15, 12, 13, 13, 8, 12, 14, 7, 11, 7, 14, 15, 13, 12, 8, 8, 8, 8, 11, 13, 15, 15, 8, 13, 12, 8, 8, 8, 13, 10, 16, 14, 11, 8, 8, 12, 12, 9, 15, 15, 12, 12, 13, 8, 8, 9, 12, 13, 9, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 11, 12, 11, 7, 14, 7, 13, 13, 13, 12, 18, 16, 7, 12, 11, 10, 10, 15, 9, 9, 9, 21, 7, 7, 7, 11, 16, 8, 8, 11, 11, 7, 7, 7, 7, 7, 19, 7, 7, 7, 7, 7, 7, 7, 7, 7, 12, 8, 9, 12, 14, 11, 9, 9, 9, 22, 12, 3, 3, 4, 8, 8, 15, 4, 2, 2, 5, 5, 3, 3, 3, 3, 3, 3, 6, 6, 4, 4, 4, 12, 7, 10, 2, 3, 3, 3, 3, 3, 3, 3, 6, 7, 3, 7, 5, 14, 4, 4, 7, 10, 4, 1, 3, 3, 6, 2, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 2, 2, 5, 3, 4, 2, 2, 2, 2, 2, 2, 2, 11, 5, 5, 5, 11, 5, 5, 3, 5, 5, 5, 5, 11, 14, 13, 9, 11, 9, 12, 8, 11, 11, 8, 11, 16, 9, 9, 7, 10, 9, 12, 8, 15, 6, 6, 7, 6, 6, 13, 10, 8, 11, 8, 6, 6, 6, 12, 16, 6, 11, 7, 8, 9, 18, 6, 6, 9, 4, 4, 6, 13, 6, 6, 6, 6, 8, 8, 9, 16, 7, 7, 14, 7, 8, 8, 8, 7, 7, 7, 7, 7, 7, 15, 13, 7, 10, 7, 7, 10, 12, 16, 15, 7, 9, 9, 14, 11, 11, 10, 9, 10, 8, 12, 7, 8, 7, 7, 10, 12, 7, 12, 8, 7, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 3, 3, 5, 5, 5, 10, 8, 7, 4, 4, 4, 8, 7, 10, 9, 7, 9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 3, 7, 4, 5, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 9, 8, 2, 2, 2, 8, 12, 7, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 8, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 7, 11, 9, 8, 8, 8, 7, 8, 9, 7, 7, 9, 7, 7, 7, 10, 7, 7, 10, 9, 10, 6, 6, 6, 6, 6, 6, 15, 7, 8, 9, 9, 8, 6, 6, 10, 9, 6, 8, 13, 9, 7, 6, 6, 6, 6, 6, 6, 12, 6, 6, 7, 6, 7, 6, 6, 6, 10, 10, 7, 6, 6, 6, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 6, 14, 6, 6, 7, 7, 9, 6, 6, 6, 6, 9, 9, 8, 9, 10, 9, 8, 9, 12, 7, 7, 7, 8, 7, 10, 12, 11, 9, 10, 7, 7, 7, 9, 10, 10, 8, 12, 9, 7, 7, 9, 8, 8, 8, 10, 7, 7, 8, 9, 9, 7, 7, 7, 8, 2, 4, 2, 4, 6, 3, 4, 2, 3, 3, 3, 3, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 6, 4, 7, 3, 3, 3, 3, 3, 3, 3, 12, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 5, 3, 4, 7, 3, 3, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 4, 3, 3, 6, 4, 3, 4, 2, 2, 2, 5, 3, 3, 3, 3, 3, 5, 4, 4, 4, 4, 2, 7, 6, 8, 9, 2, 2, 2, 2, 3, 3, 3, 5, 7, 2, 3, 3, 8, 7, 7, 2, 2, 8, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 8, 8, 7, 7, 6, 10, 6, 9, 7, 11, 4, 6, 8, 8, 7, 8, 4, 2, 5, 5, 5, 5, 3, 3, 3, 11, 8, 9, 6, 6, 8, 7, 4, 4, 7, 6, 8, 7, 2, 2, 3, 3, 3, 3, 4, 3, 3, 3, 3, 3, 3, 3, 3, 7, 2, 2, 5, 3, 3, 2, 3, 3, 3, 3, 3, 3, 4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 12, 5, 5, 3, 3, 3, 5, 10, 12, 6, 15, 4, 6, 6, 7, 14, 9, 3, 3, 3, 3, 3, 8, 2, 2, 3, 5, 5, 3, 3, 3, 3, 3, 3, 8, 8, 6, 8, 7, 5, 8, 4, 6, 11, 2, 2, 7, 3, 3, 2, 9, 8, 8, 5, 5, 5, 3, 3, 3, 5, 5, 5, 7, 7, 6, 6, 10, 6, 8, 6, 8, 9, 7, 4, 4, 4, 4, 4, 7, 6, 6, 8, 7, 7, 10, 9, 9, 8, 11, 8, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 7, 6, 2, 5, 5, 6, 7, 6, 4, 8, 9, 11, 2, 2, 3, 3, 3, 3, 3, 3, 3, 2, 2, 5, 3, 3, 3, 3, 3, 9, 9, 6, 4, 8, 7, 7, 5, 9, 8, 6, 2, 6, 8, 7, 8, 5, 5, 5, 5, 5, 3, 3, 3, 16, 8, 7, 7, 7, 8, 7, 7, 7, 7, 9, 6, 9, 6, 10, 7, 7, 7, 6, 10, 8, 9, 11, 11, 8, 4, 4, 10, 8, 8, 6, 9, 6, 11, 8, 8, 8, 15, 7, 8, 9, 5, 3, 3, 3, 3, 3, 5, 2, 2, 3, 8, 9, 10, 3, 2, 2, 2, 2, 2, 2, 3, 6, 4, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 11, 5, 3, 3, 3, 3, 3, 3, 3, 3, 6, 7, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 12, 7, 4, 12, 4, 6, 5, 4, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 11, 10, 6, 4, 6, 10, 8, 3, 3, 3, 3, 3, 3, 3, 3, 5, 4, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2, 5, 3, 4, 4, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 10, 5, 5, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 7, 8, 8, 7, 13, 12, 10, 10, 8, 8, 7, 7, 9, 12, 11, 6, 6, 8, 8, 9, 7, 7, 7, 10, 15, 10, 4, 4, 4, 4, 4, 11, 8, 8, 9, 7, 9, 14, 14, 12, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 12, 5, 5, 11, 10, 7, 9, 3, 8, 7, 3, 15, 13, 11, 4, 4, 2, 2, 2, 19, 7, 5, 5, 3, 3, 3, 3, 3, 3, 3, 5, 22, 18, 6, 14, 17, 4, 4, 19, 16, 18, 2, 3, 3, 7, 2, 3, 2, 3, 3, 6, 4, 2, 3, 3, 2, 5, 3, 3, 3, 3, 3, 3, 3, 9, 9, 2, 3, 2, 2, 2, 3, 3, 3, 5, 7, 14, 7, 7, 12, 9, 13, 6, 11, 6, 10, 9, 7, 7, 8, 12, 12, 8, 8, 8, 10, 7, 7, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 5, 10, 7, 8, 11, 8, 12, 9, 4, 14, 7, 7, 9, 13, 2, 3, 3, 3, 3, 3, 3, 2, 3, 3, 3, 1, 2, 2, 3, 3, 3, 3, 3, 3, 5, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 8, 4, 4, 4, 3, 2, 3, 3, 3, 3, 5, 2, 2, 2, 2, 2, 2, 2, 5, 5, 5, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 7, 7, 7, 7, 7, 8, 8, 8, 8, 8, 12, 9, 8, 8, 9, 8, 6, 17, 6, 6, 6, 8, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 4, 4, 8, 8, 9, 9, 9, 7, 7, 7, 7, 7, 7, 7, 9, 9, 9, 7, 8, 8, 8, 10, 7, 13, 10, 8, 9, 3, 3, 5, 3, 3, 3, 3, 3, 7, 7, 6, 6, 10, 13, 11, 11, 8, 8, 9, 8, 9, 9, 10, 10, 10, 11, 10, 10, 13, 13, 16, 15, 11, 12, 9, 9, 10, 9, 11, 10, 9, 9, 14, 7, 8, 3, 10, 7, 7, 3, 2, 2, 2, 5, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 6, 7, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 4, 11, 6, 7, 4, 6, 2, 2, 3, 3, 3, 1, 3, 3, 3, 3, 3, 3, 6, 4, 4, 2, 2, 2, 3, 3, 3, 3, 4, 4, 6, 6, 6, 6, 5, 4, 4, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 9, 11, 6, 10, 9, 12, 7, 7, 11, 14, 9, 7, 12, 3, 3, 7, 12, 11, 12, 7, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 11, 5, 5, 5, 5, 5, 5, 5, 5, 11, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 3, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 3, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 3, 10, 3, 3, 3, 11, 3, 5, 9, 11, 8, 12, 14, 9, 7, 8, 7, 7, 11, 11, 7, 7, 10, 9, 8, 10, 9, 7, 7, 7, 7, 7, 7, 8, 8, 7, 11, 8, 8, 8, 7, 7, 10, 8, 7, 13, 12, 7, 17, 10, 8, 8, 11, 7, 11, 11, 14, 7, 11, 7, 8, 6, 9, 20, 8, 7, 9, 16, 7, 10, 6, 11, 10, 8, 9, 7, 16, 11, 11, 9, 8, 9, 8, 8, 8, 11, 8, 15, 8, 8, 9, 7, 8, 8, 11, 10, 7, 5, 7, 10, 10, 15, 7, 7, 7, 8, 7, 8, 8, 10, 11, 10, 10, 10, 11, 11, 7, 8, 6, 8, 8, 10, 6, 8, 6, 6, 7, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 16, 6, 15, 6, 7, 11, 11, 7, 9, 10, 11, 13, 10, 6, 16, 8, 10, 12, 11, 6, 6, 6, 6, 6, 6, 6, 10, 6, 10, 7, 7, 7, 11, 7, 11, 6, 6, 6, 6, 6, 6, 17, 7, 7, 6, 6, 12, 22, 6, 6, 6, 6, 6, 8, 6, 6, 6, 6, 7, 6, 6, 5, 6, 6, 8, 11, 6, 9, 14, 11, 9, 11, 7, 7, 8, 6, 6, 6, 8, 10, 9, 6, 6, 6, 6, 9, 7, 6, 6, 6, 6, 6, 15, 6, 4, 4, 4, 6, 4, 17, 8, 11, 6, 6, 9, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 7, 6, 6, 6, 6, 10, 6, 10, 6, 6, 6, 6, 12, 8, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 6, 6, 6, 6, 18, 6, 6, 6, 8, 9, 10, 7, 8, 9, 10, 11, 7, 13, 6, 8, 8, 6, 6, 14, 7, 7, 7, 7, 10, 7, 14, 9, 6, 6, 9, 15, 9, 7, 14, 6, 11, 14, 13, 7, 12, 8, 7, 7, 7, 7, 7, 12, 7, 10, 9, 16, 6, 8, 6, 5, 17, 6, 8, 10, 4, 6, 4, 10, 15, 17, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 8, 4, 4, 11, 7, 4, 4, 7, 7, 7, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 19, 17, 6, 10, 11, 6, 6, 6, 6, 18, 6, 6, 11, 4, 4, 4, 5, 6, 6, 6, 9, 5, 6, 4, 6, 6, 4, 6, 6, 6, 6, 10, 6, 6, 4, 6, 6, 10, 6, 10, 6, 6, 6, 6, 11, 6, 6, 10, 6, 6, 8, 6, 6, 6, 8, 6, 11, 4, 11, 9, 10, 9, 11, 4, 8, 4, 11, 12, 7, 9, 8, 6, 7, 7, 8, 12, 12, 11, 13, 10, 11, 7, 7, 7, 9, 7, 11, 10, 7, 7, 7, 16, 11, 10, 11, 17, 9, 9, 8, 8, 7, 7, 7, 9, 7, 7, 7, 14, 7, 13, 9, 11, 10, 14, 10, 10, 12, 11, 10, 7, 10, 5, 14, 8, 8, 8, 9, 7, 8, 7, 7, 9, 8, 7, 8, 7, 7, 7, 7, 7, 7, 7, 11, 8, 10, 8, 7, 8, 14, 11, 8, 9, 9, 9, 8, 24, 10, 10, 12, 7, 7, 15, 11, 8, 8, 12, 11, 8, 9, 9, 7, 8, 9, 10, 11, 10, 11, 7, 12, 7, 7, 11, 9, 8, 14, 13, 12, 8, 11, 10, 8, 8, 7, 7, 14, 9, 10, 8, 9, 11, 7, 14, 8, 8, 13, 8, 8, 12, 7, 10, 14, 14, 11, 9, 10, 9, 9, 7, 7, 11, 11, 13, 9, 13, 5, 5, 5, 7, 9, 5, 11, 12, 14, 8, 7, 7, 11, 10, 9, 7, 8, 8, 7, 10, 11, 11, 5, 5, 7, 5, 5, 5, 7, 7, 15, 7, 7, 8, 7, 15, 12, 12, 10, 7, 8, 7, 11, 7, 7, 7, 23, 11, 8, 8, 11, 10, 7, 8, 11, 7, 19, 7, 7, 6, 9, 9, 9, 11, 3, 4, 7, 8, 6, 6, 4, 10, 8, 2, 2]);
    var edgeChild = /* @__PURE__ */ new Uint16Array([0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 1, 8, 9, 1, 0, 0, 0, 0, 0, 0, 0, 1, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 1, 1, 1, 1, 1, 18, 1, 1, 1, 1, 1, 1, 8, 1, 8, 1, 8, 14, 1, 1, 1, 1, 8, 1, 8, 1, 1, 1, 1, 1, 15, 24, 1, 1, 1, 1, 1, 1, 21, 1, 1, 1, 1, 22, 8, 1, 1, 1, 1, 1, 1, 1, 1, 23, 1, 1, 1, 17, 19, 1, 1, 16, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 25, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 20, 1, 1, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1, 27, 28, 29, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 8, 8, 8, 8, 1, 36, 0, 0, 0, 1, 1, 1, 1, 39, 38, 1, 1, 1, 1, 1, 37, 1, 1, 1, 1, 41, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 42, 0, 0, 0, 0, 43, 44, 0, 0, 0, 0, 8, 1, 1, 1, 8, 1, 1, 1, 47, 49, 49, 49, 47, 49, 47, 47, 48, 49, 47, 49, 47, 47, 47, 47, 47, 47, 49, 47, 47, 48, 47, 47, 47, 47, 49, 50, 50, 48, 49, 47, 47, 47, 47, 47, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 53, 55, 53, 53, 53, 55, 53, 54, 53, 56, 53, 54, 54, 53, 53, 53, 54, 56, 54, 56, 53, 54, 54, 8, 58, 58, 57, 59, 54, 56, 53, 53, 51, 52, 60, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 63, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 1, 1, 70, 71, 8, 1, 1, 69, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 80, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 85, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 83, 86, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 84, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 8, 1, 1, 1, 1, 96, 1, 98, 1, 1, 1, 1, 1, 1, 1, 1, 101, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 104, 104, 1, 1, 8, 1, 107, 1, 1, 1, 1, 1, 1, 1, 105, 1, 106, 1, 108, 1, 1, 1, 1, 1, 109, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 117, 118, 1, 1, 1, 1, 1, 1, 120, 120, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 128, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 129, 1, 1, 1, 1, 1, 1, 1, 1, 1, 133, 130, 132, 127, 1, 131, 1, 1, 121, 1, 1, 1, 1, 124, 1, 134, 1, 1, 1, 1, 1, 1, 126, 1, 115, 116, 1, 8, 135, 113, 119, 1, 1, 8, 1, 1, 1, 114, 122, 1, 8, 8, 8, 125, 123, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1, 8, 8, 1, 1, 1, 1, 1, 8, 141, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 143, 1, 1, 1, 1, 1, 1, 1, 1, 144, 145, 8, 8, 142, 140, 49, 49, 147, 53, 53, 146, 149, 148, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 152, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 150, 0, 0, 0, 0, 1, 0, 151, 139, 1, 0, 1, 1, 8, 8, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 155, 154, 23, 1, 1, 8, 8, 1, 23, 8, 8, 1, 1, 1, 1, 1, 141, 1, 1, 159, 1, 1, 1, 1, 160, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1, 1, 143, 1, 1, 159, 1, 1, 1, 1, 160, 1, 1, 1, 141, 1, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 1, 164, 1, 1, 1, 1, 1, 141, 1, 1, 1, 1, 1, 1, 1, 1, 141, 1, 1, 164, 1, 1, 164, 1, 1, 1, 1, 1, 1, 1, 170, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 143, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 141, 1, 1, 1, 1, 159, 1, 164, 1, 1, 1, 160, 1, 1, 1, 141, 1, 1, 159, 1, 1, 1, 1, 176, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1, 179, 1, 1, 170, 1, 1, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 159, 1, 1, 164, 1, 1, 1, 160, 1, 1, 170, 1, 1, 1, 1, 1, 164, 1, 1, 1, 1, 174, 166, 166, 8, 1, 8, 178, 1, 1, 1, 1, 1, 167, 167, 167, 161, 1, 1, 1, 165, 167, 171, 177, 1, 1, 1, 1, 165, 165, 1, 1, 163, 161, 174, 165, 169, 182, 173, 182, 1, 1, 180, 1, 173, 162, 165, 1, 1, 1, 1, 165, 1, 168, 1, 1, 1, 8, 1, 183, 1, 172, 1, 1, 1, 172, 171, 175, 181, 163, 174, 1, 1, 1, 1, 1, 1, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 185, 186, 185, 185, 186, 185, 185, 185, 185, 187, 187, 185, 185, 186, 185, 186, 185, 185, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 189, 8, 1, 1, 8, 1, 8, 8, 8, 8, 1, 8, 8, 8, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 203, 1, 205, 206, 204, 203, 203, 1, 1, 209, 1, 210, 208, 1, 8, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 221, 203, 203, 203, 203, 221, 1, 1, 1, 1, 224, 225, 223, 1, 1, 1, 1, 1, 1, 227, 227, 1, 1, 1, 227, 227, 229, 230, 228, 1, 232, 1, 1, 1, 1, 8, 238, 239, 240, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 207, 211, 1, 1, 1, 1, 158, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 235, 1, 1, 1, 9, 1, 1, 1, 1, 246, 1, 1, 243, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 194, 218, 1, 1, 1, 214, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 201, 1, 1, 1, 1, 1, 1, 1, 219, 1, 1, 1, 1, 234, 1, 1, 1, 1, 184, 1, 222, 1, 217, 1, 1, 1, 220, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 199, 1, 8, 1, 1, 1, 8, 1, 1, 1, 1, 202, 1, 1, 1, 216, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 248, 1, 1, 1, 1, 1, 192, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 233, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 191, 193, 1, 1, 1, 196, 8, 1, 1, 1, 1, 1, 1, 1, 237, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 195, 1, 1, 1, 1, 1, 1, 1, 242, 1, 1, 1, 200, 1, 1, 1, 215, 1, 193, 1, 231, 212, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 219, 1, 1, 1, 1, 198, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 188, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 213, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 244, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 245, 1, 1, 193, 1, 1, 1, 1, 197, 1, 1, 1, 213, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 236, 1, 1, 1, 190, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 226, 1, 1, 1, 8, 8, 1, 1, 1, 1, 1, 1, 1, 247, 1, 1, 241, 1, 1, 8, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 258, 0, 0, 0, 0, 0, 259, 0, 0, 0, 0, 0, 0, 1, 8, 1, 1, 1, 263, 1, 1, 1, 0, 264, 261, 262, 1, 1, 1, 1, 1, 1, 269, 1, 271, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 267, 1, 1, 1, 1, 1, 273, 1, 1, 8, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 272, 1, 1, 1, 8, 1, 1, 1, 1, 268, 1, 1, 1, 266, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 270, 1, 1, 1, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 1, 8, 1, 1, 1, 1, 8, 1, 1, 279, 1, 1, 14, 1, 1, 1, 8, 8, 276, 277, 1, 1, 1, 1, 278, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 281, 1, 1, 8, 17, 1, 1, 1, 1, 1, 1, 282, 1, 1, 1, 280, 8, 8, 1, 1, 1, 1, 1, 1, 1, 282, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 291, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 295, 295, 1, 0, 0, 0, 0, 0, 1, 8, 0, 0, 0, 0, 0, 0, 0, 0, 185, 1, 300, 301, 1, 8, 1, 1, 1, 1, 8, 303, 1, 1, 302, 1, 1, 305, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 310, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 8, 1, 1, 1, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 8, 0, 322, 0, 0, 323, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 339, 1, 1, 1, 1, 1, 1, 0, 0, 63, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 347, 0, 0, 0, 0, 0, 0, 0, 0, 0, 349, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 365, 365, 366, 365, 0, 1, 213, 1, 1, 14, 361, 1, 359, 0, 0, 0, 0, 0, 0, 0, 362, 1, 1, 367, 1, 1, 243, 1, 1, 1, 1, 360, 1, 1, 357, 1, 363, 1, 355, 1, 364, 1, 356, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 8, 358, 358, 1, 1, 1, 9, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 354, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 370, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 305, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 410, 410, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 402, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 1, 1, 0, 1, 378, 389, 1, 1, 377, 412, 1, 383, 1, 1, 375, 407, 1, 1, 393, 374, 379, 1, 1, 1, 386, 417, 395, 1, 1, 1, 1, 1, 1, 396, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 405, 409, 0, 0, 86, 1, 1, 0, 403, 380, 416, 381, 384, 391, 1, 406, 0, 1, 0, 86, 400, 398, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 419, 1, 1, 390, 1, 86, 1, 0, 1, 1, 1, 422, 1, 0, 0, 86, 397, 0, 1, 376, 1, 1, 1, 0, 1, 1, 399, 1, 0, 1, 1, 1, 0, 1, 424, 387, 1, 1, 0, 1, 0, 0, 415, 0, 1, 1, 1, 86, 408, 1, 1, 404, 401, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 382, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 414, 0, 86, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 418, 1, 1, 1, 0, 0, 421, 0, 0, 0, 1, 394, 1, 0, 86, 420, 1, 0, 0, 0, 0, 423, 1, 1, 0, 0, 1, 0, 1, 0, 392, 0, 388, 0, 1, 1, 1, 0, 1, 1, 0, 411, 385, 413, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 432, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 8, 1, 1, 1, 8, 440, 440, 1, 1, 1, 8, 8, 1, 440, 1, 1, 8, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 452, 1, 1, 0, 1, 1, 1, 1, 243, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 470, 470, 1, 1, 0, 0, 355, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 483, 1, 482, 1, 1, 1, 1, 1, 1, 1, 1, 1, 487, 1, 8, 8, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 495, 1, 1, 1, 497, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 494, 1, 489, 1, 1, 1, 1, 476, 1, 1, 1, 1, 1, 1, 1, 1, 490, 8, 1, 1, 1, 1, 496, 1, 1, 1, 491, 485, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 355, 1, 473, 1, 1, 8, 493, 1, 1, 355, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 478, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 496, 1, 1, 1, 1, 355, 1, 492, 1, 1, 1, 486, 480, 1, 1, 1, 1, 1, 481, 1, 498, 484, 1, 1, 1, 1, 1, 479, 1, 1, 1, 1, 1, 1, 1, 1, 1, 474, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 488, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 477, 1, 1, 1, 1, 1, 475, 1, 258, 499, 1, 1, 1, 1, 1, 8, 1, 1, 1, 1, 8, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 0, 0, 505, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 8, 1, 71, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 509, 0, 509, 509, 509, 509, 509, 509, 509, 0, 509, 509, 509, 509, 509, 1, 509, 509, 509, 0, 509, 509, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 514, 513, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 518, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 511, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 512, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 520, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 509, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 517, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 510, 0, 0, 521, 516, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 515, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 509, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 510, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 509, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 519, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 531, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 237, 237, 1, 535, 1, 1, 1, 534, 1, 1, 1, 1, 1, 530, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 532, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 536, 1, 1, 533, 1, 1, 1, 1, 1, 1, 1, 1, 410, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 537, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 548, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 8, 1, 551, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 556, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 63, 1, 1, 8, 8, 8, 8, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 571, 1, 1, 1, 1, 1, 1, 1, 572, 1, 1, 1, 1, 1, 1, 1, 570, 1, 1, 1, 8, 1, 1, 574, 277, 1, 1, 1, 8, 8, 1, 1, 8, 1, 8, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 578, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, 1, 1, 584, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 139, 1, 1, 8, 589, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 114, 1, 1, 1, 8, 1, 1, 1, 1, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 594, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 151, 1, 1, 1, 266, 1, 1, 8, 34, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 619, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 258, 1, 366, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 624, 1, 1, 1, 1, 0, 626, 0, 86, 0, 625, 0, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 8, 0, 0, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 633, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 628, 628, 0, 632, 630, 628, 628, 628, 628, 628, 634, 628, 628, 638, 628, 628, 628, 628, 628, 628, 628, 628, 628, 628, 635, 632, 628, 628, 632, 628, 628, 628, 628, 628, 628, 628, 628, 628, 628, 628, 628, 628, 630, 628, 628, 628, 628, 628, 636, 628, 628, 628, 628, 628, 628, 0, 0, 0, 1, 637, 1, 1, 1, 631, 1, 1, 1, 1, 1, 629, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 8, 642, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, 0, 0, 1, 8, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 8, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 8, 1, 1, 8, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 103, 68, 319, 345, 451, 580, 0, 4, 72, 274, 293, 321, 346, 372, 426, 453, 0, 542, 564, 581, 644, 11, 0, 64, 95, 437, 449, 469, 622, 0, 540, 563, 577, 659, 0, 34, 6, 0, 504, 543, 649, 607, 74, 0, 7, 324, 294, 427, 506, 456, 583, 86, 645, 0, 623, 348, 458, 508, 11, 112, 327, 549, 6, 34, 0, 350, 86, 429, 86, 526, 12, 6, 138, 287, 313, 0, 660, 553, 0, 610, 0, 67, 6, 6, 290, 102, 2, 472, 438, 450, 643, 0, 6, 0, 6, 325, 110, 6, 608, 544, 585, 0, 507, 428, 311, 326, 10, 75, 111, 646, 588, 430, 351, 338, 459, 153, 78, 329, 592, 554, 648, 611, 373, 368, 522, 6, 79, 156, 13, 314, 288, 567, 593, 612, 559, 597, 617, 658, 40, 6, 299, 333, 371, 343, 256, 34, 573, 600, 256, 45, 254, 304, 334, 344, 446, 463, 524, 312, 0, 77, 609, 0, 443, 457, 337, 86, 286, 86, 0, 627, 591, 547, 331, 461, 86, 431, 425, 0, 0, 0, 11, 602, 618, 255, 0, 464, 447, 576, 561, 620, 662, 92, 256, 46, 335, 435, 465, 616, 0, 555, 332, 315, 86, 253, 87, 31, 428, 34, 6, 433, 369, 342, 651, 639, 569, 596, 558, 0, 297, 88, 34, 445, 462, 0, 34, 466, 0, 257, 640, 562, 11, 448, 467, 256, 287, 93, 260, 641, 621, 604, 525, 468, 436, 289, 265, 94, 62, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 667, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 454, 0, 0, 0, 0, 0, 0, 0, 0, 89, 0, 136, 0, 0, 550, 595, 0, 0, 0, 0, 0, 0, 0, 30, 0, 598, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 454, 0, 0, 0, 0, 546, 0, 296, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 285, 0, 0, 0, 0, 0, 0, 0, 664, 0, 0, 0, 0, 0, 663, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 434, 0, 0, 0, 527, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 0, 0, 0, 0, 0, 0, 538, 0, 0, 0, 0, 0, 0, 444, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 249, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 560, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 539, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 308, 320, 0, 0, 0, 0, 0, 575, 316, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 557, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 500, 0, 0, 0, 353, 0, 0, 0, 0, 81, 0, 292, 0, 0, 0, 0, 0, 0, 26, 0, 0, 0, 0, 615, 0, 0, 0, 0, 647, 566, 0, 0, 0, 0, 283, 0, 0, 0, 0, 0, 0, 502, 0, 0, 523, 0, 0, 0, 0, 0, 65, 0, 0, 0, 306, 61, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 82, 0, 0, 0, 0, 0, 0, 0, 285, 0, 0, 0, 0, 0, 318, 657, 0, 76, 0, 0, 0, 0, 0, 0, 0, 0, 0, 666, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 157, 0, 317, 0, 0, 0, 0, 0, 0, 614, 0, 0, 0, 0, 0, 0, 568, 0, 0, 0, 0, 0, 0, 0, 0, 0, 613, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 66, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 251, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 545, 0, 0, 0, 0, 0, 601, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 90, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 529, 0, 528, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 298, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 501, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 328, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 582, 0, 0, 0, 0, 0, 0, 0, 0, 336, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 73, 275, 0, 0, 0, 0, 0, 0, 0, 0, 0, 91, 0, 653, 0, 0, 599, 0, 0, 0, 0, 0, 0, 0, 0, 0, 284, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 656, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 565, 0, 0, 0, 91, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 541, 0, 661, 0, 0, 471, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 442, 0, 0, 0, 590, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 35, 0, 0, 0, 0, 0, 0, 33, 99, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 330, 0, 0, 0, 252, 0, 0, 0, 0, 0, 0, 605, 0, 0, 0, 0, 137, 0, 0, 0, 0, 0, 606, 0, 0, 0, 0, 0, 0, 0, 454, 460, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 439, 0, 352, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 309, 0, 0, 340, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 579, 0, 0, 0, 455, 0, 0, 441, 0, 0, 0, 0, 0, 0, 650, 0, 0, 0, 586, 0, 0, 97, 0, 587, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 552, 503, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 32, 0, 0, 32, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 307, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 454, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 655, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 654, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 665, 0, 0, 0, 0, 0, 603, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 341, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 652, 0, 0, 250, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 670, 670, 670, 670, 670, 670, 670, 669, 671]);
    var labelText = "orgmilcomschnetedugovdrrformsfeedbackofficialaccoorgmilschnetgovmagazinemediaunioncargopilotgroupcaarespressworksaerodromeworkinggroupair-traffic-controlaircraftaccident-preventioneducatormarketplaceambulanceinsurancecateringairportrepbodyenginesoftwaremodellingair-surveillanceconsultingchartertrainermaintenanceservicesdesignflightskydivingfreightassociationstudentgroundhandlingdgcafuelclubtaxicrewshowballooningexpresstraderbrokerauthoragentsairtrafficjournalistsafetyconsultantmicrolightaccident-investigationparachutingequipmentproductionfederationrecreationscientistnavigationengineertradingglidingleasingresearchpassenger-associationentertainmentparaglidinghangglidingaerobaticrotorcraftemergencycertificationgovernmentaeroclubexchangelogisticschampionshiphomebuiltcouncilconferencecontrolairlinecivilaviationjournalorgcomnetedugovcoorgcomnomnetobj*appsofforgcomnetuwukiloappsairoappdevsframerorgmilcomnetedugovcoradio2naorgcomnetcommuneedogpbcoitgvorgedugovspreviewfrontendrelayononstagingauthcloudsandboxupid*mtls*privatelinktypedreamdeveloperbravemochawindsurfaivenmirenupsunwnextbegetngrokclerkwale2bwebcsbrunputercrbtsflutterflowcloudzyrospawnbasesliplanemodelenceshiptodaymagicpatternsnetlifyondigitaloceanrailwayhostedclaudehasurabotdashretoolvercelgithubluyanigadgetreplitcloudflaretelebitedgecomputeevervaultexponyatnoopencrpplxzeaburwasmerframerzeropsrocketpreviewconvexmedusajsspritesagilevibesonherculeseasypanelstreamlitglideossnowflakefastedgemesserliloginlinehackclubcodepennorthflankbase44corespeedleapcellngrok-freeblacktopsclerkstagelovableon-fleek*us-west-3ap-south-2us-central-2us-central-1eu-central-1ap-south-1us-west-2us-east-2eu-north-1ap-north-1us-west-1us-east-1*rcloudintsegorgmilcomgobbetnetintedugovturmusicasenasamutualcoopv6dnsip6uriurnin-addre164homeirisgovdixdaemoncloudnssthwien*inexexkunden4accogvormymyspreadshop4lima2ixortsinfofuturecmsfuturehosting12hpprivfuturemailinglima-cityfunkfeuer123webseitednshomemelmyspreadshopcloudletswasantqldvicactnswtascatholicwasaqldvictasidwasantozqldorgcomvicasnactnetedugovnswtasconfcomairflowlambda-urltransfer-webapptransfer-webappairflowtransfer-webapptransfer-webapp-fipstransfer-webappeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1privatenotebookstudiolabelingnotebookstudionotebooknotebook-fipslabelingnotebookstudionotebook-fipsnotebookstudio-fipsnotebook-fipsnotebookstudionotebook-fipsnotebookstudioeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2experimentsus-gov-west-1us-gov-east-1ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1onrepostsagemakercopporgmilcompronetintedugovbiznameinfoshoprsorgmilcomnetedugovbrendlyresolvenzauscotvstoreorgcomnetedugovbizinfoidacaicoittvorgmilcomschnetedugovinfocloudezproxysiteacmymyspreadshopkuleuvenwebhostingtransurl123websitecloudnsinterhostsolutionsddns5476103298edgfacbmlonihkjutwvqpsryxzbarsycoororgcomedumyftpno-iporxcloud-ipfor-somemmafanfor-morewebhopselfipjozidyndnscloudnsdscloudfor-thefor-betteractivetrailcoeconorestooteorgcomeconeteduassurmoneyafricaarchitectesrestaurantloisirstourismavocatsinfoagrounivcoorgcomnetedugoviatvdeportesaludtksatorgmilcomwebgobnetinteducienciaboliviarevistacooperativaempresanombreindustriamusicapatriamedicinademocraciapoliticapuebloindigenaplurinacionalarteblogwikiinfoagrotransportenoticiasprofesionalacademiaeconomiaecologiamovimientotecnologianaturalpagesappsgroksailsimplesitecepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesmscepesebamapadfmgalampbacscpirngorotomtrjspaprrprrsesms*biaamfmtcmptvfeirasampajampanatalbelemananiradiog12medindfndbmdtrdthepoaggfjdfdefinfenflegsegongengcngorgzlgslglogppgmillelqslcimcomnomadmjabimbbibbsbabcrectecsjcetcpscpvhudieticriapipsiecnbiorioecogeoteoodoproatoartfstmatvetdetbetnetcntnotfotgrueduajuespappreptmpemparqsrvadvdevgovntrturagrjorfarjusmusdesvixxyzcozfozslzbhzmaringasantamariacampinagrandegoianiasorocabafloripasaobernardocuritibaboavistarecifeaparecidasaogoncasalvadorcuiabamorenamacapalondrinacontagemsocialfortalmaceioleilaoosascoriobranconiteroi9guacutcheblogflogvlogwikitaxicoopmanauspalmascaxiasjoinvillebaruericampinassantoandreribeiraoriopretoweorgcomnetedugovv0windsurfshiptodaycloudsitecoaccoorgnetgovofmilcomgovmediatechzacoorgcomnetedugsjgovmydnspenfnlabnbmbgcbcqconcontnuyksknsmyspreadshopno-ipawdevboxbarsyonidatemfuinabusavinstanceseceuguukussryzespawnpvfloccsxcloud-ipmyphotosfantasyleaguetwmailcleverappsscrappingccwucloudnsftpaccessgame-serverccgovobjectsrmalpgcust*svcalp1aeappenginermalpgmyspreadshop4lima2ixsquare7cloudscale123websitefirenet12hpflowgotdnslinkyard-cloudcloudnslima-citydnskingobjectstorageedaccogooruskzorgcomnetinteduxyza\xE9roportxn--aroport-byaassogouvcomilgobgovcloudnses-1eu-west-1us-east-1euvipit1eurarubait1s3lbwebsites3websiteru-spbru-mskelasticcsrunstnukukcaukusnl-ams-1fr-par-1fr-par-2functionsnodess3ddlwhmrdbfnck8sifrs3-websitecockpitscblmgdbdtwhkafkpubprivs3ddlwhmrdbk8sifrs3-websitecockpitscblmgdbdtwhkafks3ddlrdbk8sifrs3-websitecockpitscblmgdbdtwhkafkk8sscalebookpl-wawfr-parnl-amsbaremetalsmartlabelinginstancesdechk2kuleuvenlaravelvoorloperurownoxazapscwhstgrvaporonline-serverobservablehqelementorantagonistreclaimjoteluluencowayjelasticmatlabmagentositetrendhostingaxarnetjenv-arubajelejotehostravendbemergenttrafficplexconvexkeliwebserveboltbegetcdnstaticson-rancherprimetelonstackitunison-servicesdnshomelinkyardbarsyjelecloudnscocomnetgovmycn-northwest-1cn-north-1s3s3-accesspoints3-websites3s3-accesspointrdsdualstacks3-deprecatedemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspoints3s3-accesspointrdsdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicn-northwest-1cn-north-1cn-northwest-1ebcomputeelbcn-north-1airflowcn-northwest-1cn-north-1oncn-northwest-1cn-north-1amazonawssagemakeramazonwebservicesdirectasgdsdhehahljlnmhbacscahqhshhihnlnynsnmofjbjzjxjtjhkcqtwgsjssxnxjxgxxzgz\u7DB2\u7D61\u7F51\u7EDC\u516C\u53F8orgmilcomnetedugovxn--55qx5dcanva-appsxn--io0a7iquickconnectcanvasitekhsjxn--od0algcanva-codemyqnapcloudsrvrlessclustersrealtimestorageleadpagescarrdcrdorgmilcomnomnetedugovhidnssupabaserdpareplmypiumsoxmitotaplpagesfirewalledreplitowodevwebview-assetsvfswebview-assetss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9consent-portals3s3-accesspointdualstackanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstacks3-deprecateds3-websitebedrock-agentcores3-object-lambdaexecute-apibedrock-agentcores3s3-accesspoints3-websites3-accesspoint-fipss3-fipss3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apis3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websiteaws-cloud9emrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9vfss3s3-accesspointdualstackemrappui-prods3-websiteaws-cloud9emrstudio-prods3-object-lambdaemrnotebooks-prodexecute-apicloud9eu-west-3ap-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1us-northeast-1ap-southeast-1me-south-1af-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1mrapaccesspoints3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstacks3-deprecatedanalytics-gatewayemrappui-prods3-websites3-accesspoint-fipsaws-cloud9s3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apicloud9s3s3-accesspointdualstackemrappui-prods3-websites3-accesspoint-fipss3-fipsemrstudio-prodbedrock-agentcores3-object-lambdaemrnotebooks-prodexecute-apis3eu-west-3ap-south-2eu-south-2computes3-ap-northeast-2elbrdss3-ap-east-1s3-sa-east-1s3-us-gov-west-1s3-eu-central-1s3-ca-central-1eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3s3-website-us-west-2s3-website-eu-west-1s3-external-1eu-central-1me-central-1ca-central-1il-central-1s3-us-west-1s3-eu-west-1s3-website-sa-east-1s3-website-ap-southeast-2ap-northeast-1ap-southeast-1s3-us-west-2s3-eu-west-2me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2s3-website-ap-southeast-1s3-1s3-globals3-ap-northeast-3eu-north-1airflowap-southeast-2s3-us-gov-east-1s3-fips-us-gov-east-1s3-me-south-1s3-ap-south-1ap-northeast-2s3-website-us-west-1ap-southeast-5s3-eu-north-1s3-ap-southeast-1s3-website-us-gov-west-1compute-1s3-eu-west-3us-gov-west-1s3-website-ap-northeast-1us-gov-east-1s3-fips-us-gov-west-1s3-website-us-east-1s3-ap-southeast-2ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1s3-us-east-2s3-ap-northeast-1authauthauth-fipsauth-fipseu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1mx-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2ap-east-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1eu-west-3eu-south-2ap-southeast-3eu-central-1ca-central-1ap-northeast-1ap-southeast-1ap-south-1us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5eu-west-1us-east-1ap-east-1sa-east-1csrsites*sharedframeservicesbuilderstg-builderdev-builder*ociocpocsazuregcpawsdemoinstanceeu-west-3ap-south-2eu-south-2eu-central-2ap-southeast-3ap-southeast-4ap-northeast-3eu-central-1me-central-1ca-central-1il-central-1ap-northeast-1ap-southeast-1me-south-1af-south-1eu-south-1ap-south-1ap-southeast-7us-west-2eu-west-2us-east-2eu-north-1ap-southeast-2ap-northeast-2ap-southeast-5us-gov-west-1us-gov-east-1ap-southeast-6ca-west-1us-west-1eu-west-1us-east-1ap-east-1sa-east-1previeweu-4us-4us-1eu-1us-2eu-2us-3eu-3s3-websitekrkrobjectprivateobjectkrkrskrkrsobjectkrprivateobjectkr-privatecomputepaasrag-cloudrag-cloud-chjcloudjcloud-ver-jpcdemonodebalancermembersipeuxvsoncillaocelotonzayalilynxsphinxfentigercustomercaracalsgkrobjectstoragedesgkrusobjectkrkr-naverkr-naver-devkrprivatewebsiteobjectkr-naverkr-privatekr-naver-devjpjpkrjp4jp5s3-website-jpjpkrjp4jp5objectprivateobjecto365cloudstaticxendevapp001testcode-builder-stgplatformmediasiteprojedrydpagesstagingjsx0desazacncoitrueu4uhkukgrbrushatenadiarymyspreadshopfrom-flfrom-wvwebspace-hosttheworkpchatenablogcursorusercontentservesarcasmapplinzisakuratanwixsitefin-ncloudstoragegov-ncloudstorageappchizigiizeis-into-carsdnsiskinkyadobeaemcloudis-a-therapistpgfogmyvncdojinis-an-actress1kappfldrvkozowqa2jpnmexprgmrfirewall-gatewaydynnscafjsfbsbxooguyfrom-gawoltlab-demois-a-anarchistwiardwebteaches-yogadattowebtb-hostinglive-websiteservegamegotpantheonfrom-nhsubsc-payfrom-ohvipsinaappfrom-cadyndns-officeztna-dingtalkhomelinuxfrom-mahercules-appservebbsstreakusercontentfrom-okfrom-wyfastly-terrariumis-a-llamaqualyhqportalserveexchangeon-vaporvivenushopciscofreakgrayjayleaguesmetaaiusercontentfrom-iais-a-libertariansaves-the-whalestaveusercontentyolasiteoperaunitepoint2thisis-a-catererclaudeusercontentlinodeusercontentfrom-vagithubusercontentsells-for-lesshosteurcanva-appsplaystation-cloudddnsfreefrom-pafrom-prfrom-waddnskingoutsystemscloudhotelwithflightmydattois-a-nascarfanmydbserverminiserverdamnserverservehumouris-a-playerfrom-nvfrom-nmemergentagentgentappsamplifyappfrom-kyis-an-accountantnfshostserveircfrom-akpythonanywherestackhero-networkpostman-echolikescandydyndns-mailobservableusercontentserveftpfreeboxosfrom-utcdn77-storageamazonawsneat-urlnclouddyndns-serverlinodeis-a-teacherfrom-vtgleezemythic-beastsus1-pleniteu1-plenitla1-plenitpaywhirlservecounterstrikejdevcloudhealth-carereformis-into-animegoogleapisis-a-painterafricaisa-hockeynutatmetais-an-actora2hostedis-a-democratdatadetectest-le-patrondigitaloceanspacesonhomemadeis-a-designeris-a-hunterlinodeobjectstemp-dnsissmarterthanyoufrom-arsimplesiteevennodetownnews-stagingis-a-liberalgooglecodejelasticservemp3qualyhqpartnerdyndns-free1cooldnsest-a-la-masiondrayddnsdynuddnsfrom-orfrom-miis-a-bloggerfrom-himydobisscanvacodeis-an-engineerest-a-la-maisonupsunappdevinappswafflecellmyasustorwpenginepoweredfrom-ctservep2psame-appmyshopblocksthingdustdataaspirethemeslikes-piediscordsezis-with-thebandlpusercontentis-leetshopitsite3utilitiesis-a-personaltrainersinaappladeskis-a-cheflogoipselfipbase44-sandboxnospamproxyalibabacloudcsmesswithdnsauthgearappsiamallamawithgooglelutrausercontentmochausercontentframercanvasmytabitdyndns-homew-credentialless-staticblitzcpserverdiscordsaysis-a-nurseappspotatlassian-isolated-3premotewdfrom-mtwixstudiocode0emm180rmyactivedirectoryawsappsmytuleapdnsabrpolyspaceqbuserrenderbuiltwithdarkboutirgotdnsabrdnsdopaascanva-hosted-embedawsglobalacceleratorhomesecuritypcmyiphostditchyouripclever-clouddyndns-ipon-aptibleis-a-musicianhosted-by-filessecuritytacticsappspaceusercontenthomeunixstrapiappsame-previewcf-ipfsmycloudnaselasticbeanstalkis-certifieddontexistkasserverik-serverdrive-platformatlassian-3pfirebaseappncpstorageherokuappawsapprunnerbarsycenteris-a-cubicle-slaveservehttpmyshopifyis-a-guruquicksytessiiitesorsitesmagicpatternsappis-a-cpameteorappfrom-wiis-a-rockstarbumbleshrimpdattolocaldatabricksappsreadthedocs-hostedfrom-rifamilydsdyndns-picsmyoxypagesplesknsbplaceddnsaliasdynaliasdyndns-remotedoomdnsip-ddnsblogdnsis-a-doctorroutingthecloudamazoncognitobarsyonlinedsmynasddnsgurucloudflare-ipfsdeus-canvasfrom-idsmushcdnpagespeedmobilizergcorecdndyndns-at-homeunusualpersonhosted-by-previderis-a-republicandyn-o-saurstreamlitappworkisboringonthewificprapidqualifioappis-uberleetis-slickgetmyipwpdevcloudtypeformdyndns-at-workgentlentapismynascloudw-corp-staticblitzfrom-ingeekgalaxyservebeerfrom-mdonrenderspace-to-rentaivencloudappspacehostedwafaicloudcodespotblogspotatlassian-3p-us-gov-modfrom-ndfrom-msis-a-techieis-a-studentcustomer-ociis-a-photographerdurumisfrom-ksmassivegriddyndns-wikiis-an-entertaineris-a-hard-workermysecuritycameraprairielearn-user-contentfrom-mnrackmazedyndns-blogis-a-bulls-fanwritesthisblogfreemyipsimple-urlfrom-sdninjaneer-sitesreservdauthgear-stagingest-mon-blogueuris-into-gamesrice-labsxtooldevicesakurawebis-an-anarchistoraclecloudappsdyndns-worksells-for-urhcloudfrom-dcfastvps-serverwpmucdnis-a-geekscrysecfrom-txis-into-cartoonsmodelscapetrycloudflarelocaltonetstreak-linkbalena-devicesfrom-njforgeblocksfreebox-oswebadorsitefrom-ncdoesntexisthobby-sitestreaklinkshomesecuritymacshipstaticownprovidertuleap-partnersdattorelaywphostedmailservequakeis-a-socialistservehalflifepivohostingdynuhostingquipelementsw-staticblitzdyndns-webfrom-deproject-studyis-not-certifiedhercules-devis-a-financialadvisoramazonlightsailservepicsis-a-greenloseyouripfrom-ilwithyoutubemwcloudnonprodwiredbladehostingdnsdojofrom-tnpixolinomyqnapcloudncloudstorageis-an-artisthostedpiis-a-landscaperauiusercontentoaiusercontenton-forgeis-a-conservativedreamhostersnet-freaksapps-1and1is-goneencoreapiwordsmithmcpcontentfastly-edgefrom-nesalesforcefrom-scdeployagentoraclegovcloudappsfrom-alis-a-lawyercechirevultrobjectsstufftoreadisa-geekddnsgeeklovableprojecttry-snowplowfrom-moblogsyteis-a-bookkeepernogmyforumravendbmyboxdeelementoredsaacficogoorinforgcomgobnatneteduidstoreorgcomnetintedudevnomepublorgcomneteduathgovtestscalculatorspaynowinfoquizzesresearchedcloudnsfunnelsassessmentsjscaleforcetmacltdorgmilcompronetgovbizpresseklogesrsccloudcustomfltusrcloude4corealmgovmunicontentproxy9metacentrumdyndyndyndnsdynpagespages-researchitionoccustomercomymyspreadshopipv64diskussionsbereich4limacomrubgov2ixfirewall-gatewayddnssspdnsbarsykeymachinesquare7myhome-serverspeedpartnercommunity-proschuldockxenonconnectg\xFCnstigliefernbwcloud-os-instancedyndnssecmy-routerxn--gnstigliefern-wobin-butterl-o-g-i-nisteingeekin-dslin-berlinin-brbfuettertdasnetzleitungsenin-vpnlcube-serverdyn-ip24logoipdyn-berlinruhr-uni-bochum12hpgoipsrvdnsfruskygit-repossvn-reposinternet-dnsg\xFCnstigbestellenhome-webserverxn--gnstigbestellen-zvbbplacedheimdnscosidnswebspaceconfiglima-citydyndns1istmeinvirtualuserschulplattformmy-gatewayddnsseclebtimnetztest-iservmein-iservvirtual-userhome64iservschuletaifun-dnstraeumtgeradeschulserverdynamisches-dns123webseitednshomehs-heilbronndnsupdaterbssgraphicdwadpdwdaepeweaawapaafpfwfabwbpbacwcpcciwebuserapiobjectssites*teamst3r2lpuncldabymebravepanelngrokiservstglclcrmerpflypagesbarsyvivenushoplocalcertlocalplayerbearbloggatewaydeno-stagingis-not-ais-a-goodbotdashvercelmocha-sandboxplatter-appreplitgithubpreviewworkersinbrowserevervaultis-ahrsndenoxmitmodxmyaddrstorageapipayloadgrebedocruncontainersreliantlabsstgstagelclstageloginlineis-a-fullstackcodepenreliantpreviewngrok-freeis-coolpagelemonstoragewebharemediatechlibp2pdiscoursecomyspreadshopstoreregbiz123hjemmesidefirmcoorgcomnetedugovsldorgmilcomwebgobartnetedugovtmorgpolcomsocartnetedugovassoagrondiscoodontk12medcuegyecpaabgengorgmilgalsaltulcomadmesmgobpubdocmonfindgnriouioproartlatvetnetfotedulojgovntrturibrbarxxxofficialbasechefprofmktgpsictechinfoarqtcontdentrrpppsiqgit-pagesritmedfieorgcomlibprieduaipgovriikmeactvsportorgmilcomscieunnetedugovnameinfopintouchtawktotawkmyspreadshoporgcomnomgobedu123miwebcomputeorgcomnetedugovbiznameinfocognito-idptransfer-webappeusc-de-east-1onjelasticnxaspdnsbarsydirectwpdeuxfleurstransurldogadoprvwcloudnsamazonwebservicesdnshomeuserpartycokoobinmkmspaceviewfidymyspreadshopalandkapsiikixn--hkkinen-5wacloudplatformh\xE4kkinen123kotisivuidacorgmilcompronetedugovbiznameinforadioorgcomneteduusercocomexperts-comptablestmmyspreadshopgretaprdcomnomynhccifbxoshuissier-justicenotairesaeroportfreeboxoson-webavocatassoportgouvkdnschirurgiens-dentistes-en-franceavouesfbx-os123sitewebveterinairechirurgiens-dentistespharmacienchambagrimedecinfreebox-osdediboxgoupilemszicpyicpvicppleysheezypagesedugovcnpyorgcomcybllcpvtnetedugovtnxonlineschoolddnsdaemond6atcopanelorgnetplybotdashstackitkaasorgmilcomnetedugovbizmodltdorgcomedugovcoorgcomneteduappwriteacorgcomnetedugovcloudtranslateusercontentorgcomnetedumobiassoorgcomnetedugovbarsysimplesiteindorgmilcomgobneteduorgcomwebnetedugovguaminfonxhra\u6559\u80B2\u654E\u80B2\u7DB2\u7D61\u7F51\u7D61\u7EC4\u7E54\u7D44\u7E54\u7F51\u7EDC\u7DB2\u7EDC\u7EC4\u7EC7\u7D44\u7EC7\u516C\u53F8\u653F\u5E9C\u500B\u4EBA\u4E2A\u4EBA\u7B87\u4EBAltdorgcomincneteduidvgovxn--uc0ay4axn--55qx5dxn--mk0axixn--io0a7ixn--uc0atvxn--zf0avxxn--lcvr32dxn--od0algxn--wcvs22dxn--gmqw5axn--od0aq3bxn--mxtq1mxn--ciqpnxn--tn0agxn--gmq050iorgmilcomgobnetedufngocdnappvoatiiservwp2tempurlfreesitewpmudevmyfastgadgetcloudaccessjeleambahalfboltfastvpsemergenteasypanelopencraftizcombrendlynamefromrtpersoadultmedorgpolrelcomproartnetedufirminfoassoshopcoopgouvtmcomediahotelforumvideosportorgsexagrargameslakaseroticaerotikatozsdereklamcasino2000filmsuliinfoboltshopprivnewsszexcityutazasjogaszkonyveloingatlaneacaicogoormy\u1B29\u1B2E\u1B36milwebschnetkopbizzonedesaponpesxn--9tfkymyspreadshopgovmytabittabitorderravpageaccok12idforgnetgovmuniltdplcaccotttvorgcomnetmeca6g5gpgamubacaicniocoukuptverdruscsdelhiindorgmilcomwebnicfingenpronetintedugovresbizbiharbarsyinternetbusinessschooltravelsupabasealumnigujaratfirminfoaeropostbankcoopindevscloudnsno-ipbarsybarrell-of-knowledgebarrel-of-knowledgensupdategroks-thisdnsupdatefor-ourknowsitalldvrcammittwalddynamic-dnsv-infowebhopselfipdyndnshere-for-moreilovecollegemayfirstforumzcloudnsmittwaldservertypo3servergroks-theeusekd1cdndyndnsidrawsainaueuapjpusstagemocksysdevicesclientcustreservdcustdevdisrecprodtestingcowzbeebyteutwenteboxfusebravepstmndedynngrokorgmilcomnomnetedugovqcxqzzbarsythingdustmailerpagemo-siemensrb-hostingfh-muenstergitbookbluebitecloudbeesusercontentnodeartterramindkiloappsforgerockdarklangresinstagingapigeebubbleb-datascryptedhypernodedappnodepantheonsitegitlabgithubkeeneticvirtualservercleverappshostyhostingon-rioedugitticketstelebitwixstudioon-k3sicp0icp12038jeleqotolairbubbleappsmyaddrstolosmyrdbxwebflowdrive-platformbeagleboardhasura-applolipopdefinimavaporcloudmusicianwebflowtestazurecontainerresindevicereadthedocsloginlineeditorxmoonscalesandcatsbasicserversubscribepagewebthingsbrowsersafetymarkbeebyteappbitbucketidaccovistablogorgschnetgovxn--mgba3a4f16axn--mgba3a4fraarvanedge\u0627\u064A\u0631\u0627\u0646\u0627\u06CC\u0631\u0627\u0646jclaspeziapdudcefegelemeperetevebacanatavaparasabgagfgogrgpgalclblimfmrmcbmbvbfclcmcvcrcpcchlimifibicivipirisimncnbnanenrnpntnnolomobocoaogorosopotoptvtatctbtmtltotpusulunutpspapaqsvpvvvtvavvrtrsrprgrfrcrbrarorkrvstsssbscsmsispzczbzbozen-suedtirolmyspreadshopxn--bulsan-sdtirol-nsbxn--valledaoste-ebbtrentinoaltoadigetrentin-sued-tirolxn--forlcesena-c8axn--forl-cesena-fcbxn--bozen-sdtirol-2obtriestetrentinsuedtiroltrentino-s-tirollecceudineaostesienaparmaluccapaviagenoapaduaaostamonzaabruzzoternirietiturinmilanbozenlaziofermoleccocuneonuoropratola-speziavdataaligfvgpugmolcalcamlomumbsicpmnvenvaoedugovabrsarmaremrbastoslazibxosfirenzetrentinos\xFCdtirolval-d-aostavalle-aostamessinacremonaravennatoscanatrentin-suedtirolbolognacalabriaurbinopesarofriuli-v-giuliaogliastraxn--valle-aoste-ebblaquilaandriatranibarlettasyncloudxn--valle-d-aoste-ehbaostavalleyvalled-aostatrentino-alto-adigevallee-d-aostexn--balsan-sdtirol-nsbpistoiasicilialucaniacataniaiserniaperugiabresciaveneziagorizialiguriaimperiabulsan-suedtirolbalsan-suedtirolbarlettatraniandriaxn--trentino-sdtirol-szbforl\xEC-cesenatuscanyvall\xE9e-d-aostemantovavall\xE9e-aostecasertapiemontevalleaostaval-daostafriulivgiuliatrevisoforli-cesenavall\xE9edaosteferrarapescaravald-aostatrentino-altoadigefriuli-vegiuliavallee-aostecarboniaiglesiastarantomediocampidanovalleedaostetrentinosud-tirolcampobassotrentins\xFCd-tiroltrentinos\xFCd-tirolmonzabrianzatrentino-s\xFCdtirolxn--trentino-sd-tirol-c3bpotenzacosenzavicenzaemiliaromagnavenicefrosinonemarchepordenonetrentinosued-tirolvaresemolisevall\xE9eaostefriuli-veneziagiuliabasilicatalatinaanconasavonaveronamodenabiellabolzano-altoadigepugliafoggiaumbriatrentino-stirolgenovapadovamateranovararagusapiacenzatrentinostirolvalleeaostetempio-olbiasudsardegnatrentinsudtirolmassa-carrarafriuliveneziagiuliatrentinosuedtirolandria-barletta-tranitrapanixn--cesenaforl-i8amaceratacaltanissettaascoli-picenobrindisicarraramassacagliaririmininapolivibo-valentiachietibulsan-sudtirolbalsan-sudtiroltrentino-a-adigebulsanbalsaniglesiascarboniamilanotorinoteramodell-ogliastraarezzotrentinoalto-adigerovigotrentovenetoiglesias-carboniatrentino-sud-tirolaltoadigereggio-emiliareggio-calabriasardegnatranibarlettaandriapiedmontxn--sdtirol-n2amedio-campidanotrentino-s\xFCd-tirolfriuli-vgiuliafriuli-ve-giuliaromeennaromapisa32-b16-b64-blodiastibarineencomonaplesforlicesenailiadboxosalessandriasicilytrani-barletta-andriaxn--trentin-sdtirol-7vbpesarourbinotrentinsued-tirolcesena-forliforl\xECcesenaemilia-romagnamonzaebrianzaxn--trentinsdtirol-nsbtrentinos-tiroltrentins\xFCdtirolvalledaostaolbia-tempiocampidanomediovibovalentiasassarivalle-daostalombardysud-sardegnafriulivegiuliareggioemiliamonzaedellabrianzaalto-adigevercellitrentin-sudtiroltraniandriabarlettatrentino-sudtirolascolipicenobozen-s\xFCdtirolfriulive-giuliaflorencexn--cesena-forl-mcbcarbonia-iglesiasaosta-valleycarrara-massadellogliastratrentinoa-adigexn--valleaoste-e7apesaro-urbinoxn--trentinosdtirol-7vbxn--trentin-sd-tirol-rzbxn--trentinsd-tirol-6vbtrani-andria-barlettatrentin-s\xFCd-tirolxn--trentinosd-tirol-rzbgrossetomonza-e-della-brianzas\xFCdtirolreggiocalabriatrentinoaadigetrentin-s\xFCdtirolverbano-cusio-ossolafriuliv-giuliaverbaniacampaniatrentino-aadigefriulivenezia-giuliasardiniaandriabarlettatranibarletta-trani-andriacatanzarooristanourbino-pesarocesena-forl\xECvalle-d-aostacampidano-medio123homepagesiracusatempioolbiasuedtirollombardiaavellinocesenaforl\xECtrentinofriuli-venezia-giuliabozen-sudtirolandria-trani-barlettabulsan-s\xFCdtirolbalsan-s\xFCdtirolmonza-brianzabolzanotrentino-sued-tirolbellunosalernolivornocrotonesondriodnshometrentinsud-tirolmassacarraratrentin-sud-tiroltrentino-suedtirolviterbobergamocesenaforliolbiatempiopalermobeneventoagrigentoofcoorgnetfmaitvphdengorgmilcomschnetedugovperagrikanieasukehandachitatokaiaisaikonanoharuamaobuhigashiuraowariasahiinuyamatobishimaiwakurashitarainazawatoyonegamagorimihamatoyotataharakariyayatomioguchikomakimiyoshinishiotokonamekiyosuchiryutoyohashiokazakiisshikikasugaikotakiratoeianjotogofusosetohazutsushimashinshirotakahamanisshinshikatsuhekinantoyokawaichinomiyatoyoakeodateogataakitaikawakyowahonjoogayurihonjonoshirokamiokakatagamimitanegojomeyokotekosakadaisenkazunonikahohonjyomoriyoshimisatohappoukamikoanihachirogatahigashinarusesembokufujisatokitaakitaitayanagiowanitakkomutsutsurutahirosakigonoheoirasetowadamisawanohejiaomorishingohiranairokunohehashikamitsugarushichinohehachinohenakadomarisannohekuroishisakaeisumiasahiotakiinzaiabikomatsudoyachiyomutsuzawakujukuriomigawakashiwatoganemihamanaritasakuranagaramobarahanamigawachoshishiroichoseikozakishisuikatorimidorichonankyonanfuttsuonjukufunabashinagareyamanodasosatakochuotohnoshourayasukimitsuyokaichibayotsukaidosodegauratateyamakamagayayokoshibahikariyachimatakatsuuratomisatokisarazukamogawaichikawanarashinoichinomiyashimofusaminamibososhirakoichiharaoamishirasatoikatahonaiainansaijoseiyoiyoozuuwajimaniihamanamikatamasakiuchikokihokutobetoonshikokuchuomatsuyamaimabarikamijimakumakogenyawatahamamatsunosabaeikedaobamasakaifukuiohionotsurugamihamawakasaminamiechizeneiheijikatsuyamatakahamaechizensoedaukihaomutaokawanishiogoribuzenonojosueumiokiotochikugosasagurisaigawamizumakishinyoshitomikurumekurateyamadakasuganakamamiyamanogatatakatahakataiizukakawaratagawakasuyaashiyainatsukimunakataminamitsuikishonaikurogifukuchikeisenhigashimiyakoshinguyukuhashiokagakiyamekogaongausuikahotohochuotoyotsumiyawakadazaifuhisayamatachiaraiyanagawanakagawahirokawachikujochikushinochikuhochikuzennamieotamaokumashowateneiiwakikoorinangoononishigoshimogoomotegomishimafukushimaasakawakagamiishishirakawaiitatefutabahiratayugawahanawakitakatakawamatakunimiyabukibandaihigashihironoyamatomiharuyamatsuriaizubangedatesomaaizuwakamatsuyanaizuaizumisatonishiaizuizumizakikitashiobarataishinkaneyamakoriyamainawashirotanagurafurudonosamegawasukagawaishikawatamakawaikedaogakitaruiginanenahashimahichisonakatsugawaibigawashirakawamizunamiminokamomitakekawauesekigaharatomikasakahogikitagatayamagatatajimianpachimotosuyaotsukakamigaharahidakanisekitokigujominogodoyorogifukasamatsutakayamawanouchihigashishirakawakasaharashimonitatsumagoichiyodakannakanrashowameiwakiryuotaoratomiokafujiokaitakuranaganoharahigashiagatsumatakasakishibukawaminakamikatashinatsukiyonokawabanumataannakaoizumimidorishintoisesakiuenoyoshiokakusatsutakayamanakanojonanmokutamamuratatebayashimaebashiotakekaitadaiwahongofuchukuietajimashobaramiharahatsukaichihigashihiroshimamiyoshikumanokurenakasakaseraseranishiasaminamifukuyamashinichionomichiosakikamijimajinsekikogentakeharaotobenanaeikedatohmaozoraobiraabirakyowaeniwataikibibaisharirebunerimohiroooketootarupippunishiokoppechitosefurubirahakodateshiranukakitahiroshimakushiroobihironanporoiwamizawaniikappukunneppufukushimanakasatsunaitoyourakuromatsunaiakabirakamisunagawashibechaurakawakamifuranonakatombetsuasahikawashimokawakayabeokoppebiratoriabashirisaromaatsumanumatahidakabifukamukawamikasahorokanaitoyotomisarufutsuhigashikawaishikarikitamiyoichiesashiiwanaitomariminamifuranoakkeshifuranotoyakoyakumootoineppushikaoishiraoinemuronayorohaboroashorobihororishirifujiutashinaihokutotakasuebetsuurausuassabukikonaishimamakinaiedatetoyabieinikiesanuryuoumuteshikagarikubetsuashibetsukimobetsuaibetsutobetsusobetsuembetsushimizuchippubetsurishirihokuryuhoronobeshintokutsubetsushibetsuhonbetsumombetsutsukigatakuriyamakoshimizushiriuchikutchanmurorannoboribetsukamishihorowassamushinshinotsukembuchiwakkanaikamoenaikiyosatotakinoueshikabesunagawafukagawanakagawatakikawakamikawahigashikagurahamatonbetsumatsumaemoseushirankoshishakotanimakanemashikeotofuketomakomaisandatambaitamiawajikasaiasagoshisoonoakoyashirotoyookaminamiawajiinagawafukusakitakasagokamigorikasugaharimayokawaashiyahimejiakashitaishiaogakisannantakinosumototakarazukanishinomiyashingugoshikinishiwakiyokatakaaioimikisayoyabukawanishiamagasakisasayamashinonsenkakogawaichikawakamikawatatsunotsukubaiwamaogawaasahisakaitokaioaraiitakobandodaigosuifuinaamikasumigaurakashimaomitamayachiyoshimodatetomobetoridehitachinakainashikisakuragawakasamayawaramoriyahitachiomiyanamegatayamagatahitachikamisuushikutakahagiibarakitonekoganakasowayukimihojosomitoryugasakishimotsumafujishirotsuchiurachikuseihitachiotashirosatotamatsukuriuchiharashikahakuinanaotsubatawajimakahokukawakitatsurugikaganominotosuzuuchinadakomatsuanamizunakanotohakusannonoichikanazawaiwateshiwafudaikawaimoriokaofunatohanamakikuzumakikitakamininohekunoheyamadayahabasumitaichinosekitanohatahiraizumirikuzentakatajobojiotsuchihironomiyakoiwaizumikarumaiichinohenodakujitonooshushizukuishifujisawamizusawakamaishikanegasakimannoutazukotohiraayagawazentsujihigashikagawauchinomikanonjisanukimarugamemitoyotakamatsutadotsunaoshimatonoshoakuneamamiizumihiokiyusuikinkoisasookouyamanakatanekagoshimakanoyaisenkawanabeminamitanemakurazakitarumizunishinoomotematsumotosatsumasendaioimatsudaayaseebinamiurazushinakaiodawaraiseharasagamiharahakoneaikawakaiseiatsugitsukuihadanoyamatoyamakitazamaoisochigasakininomiyayokosukakamakuraminamiashigarafujisawasamukawakiyokawahiratsukayugawaraokawaumajikochitsunootoyoakiinonishitosayasudahidakamiharasakawaniyodogawahigashitsunokagamigeiseisusakiotsukinaharisukumomurototosakamiochitoyotosashimizumotoyamanankokunakamurakitagawayusuharaogunichoyoukiasoutoozugyokutoamakusamifunetakamoriyamagaminamataminamiogunikikuchisumotoyamatonagasumashikiaraokumamotokamiamakusanishiharayatsushiroayabeseikasakyoideineujinakagyokameokakyotangokyotanabekyotambaminamiyamashiroyamashinatanabeyawatawazukaminaminantanmiyazuhigashiyamafukuchiyamakitamukokamojoyokizumaizuruujitawaraoyamazakinagaokakyokumiyamakawagoeinabeshimameiwaasahitaikiudonoisetsukisosakikuwanamihamamiyamasuzukatamakimisuginabarikumanokomonominamiisewataraitobakiwatakikihotadomatsusakayokkaichikameyamaureshinoishinomakishichikashukuohirataiwaosakizaohigashimatsushimashikamaiwanumashibataogawaraonagawakawasakiseminemarumoriminamisanrikukakudamuratawakuyatomiyanatoriwataritagajomisatotomekamirifushiroishimatsushimayamamotoshiogamafurukawahyugaebinotsunosaitoayakushimanobeokakitauramiyazakitakazakigokaseshiibamimatashintomikunitomikitakatakobayashikawaminamitakaharukijotakanabemiyakonojonishimeranichinankitagawakadogawamorotsukakisofukushimaminamimakisakaeobuseikedaogawamiasaokayaasahiotakiotarichinoinaomichikumakomaganechikuhokukaruizawayasuokaooshikaikusakaminamiaikitogakushimatsukawakawakamitateshinatakamorikitaaikishiojirimiyadahakubaiizunaiijimaiiyamamiyotasuzakayasakatoguraookuwanagawaminowahirayayamagataminamiminowafujimiomachisakakitakaginaganonakanosakuhokomoronagisoshinanomachiwadauedaiidaharasuwatomiachiaokianankisosakunozawaonsenagematsutakayamashimosuwamatsumotoyamanouchinakagawamochizukiazuminotatsunoobamaomuraseihiunzenosetofutsuikichijiwanagasakiisahayahasamisaikaikawatanasasebohiradokuchinotsugototogitsutsushimashimabarashinkamigotomatsuurayamazoekashibaikomakawaitenrioyodosangokoryoudaojiikarugayamatokoriyamatenkawakatsuragikurotakikawakamimiyakemitsuetakatorikamikitayamayamatotakadahegurishinjokanmakisakuraitawaramotogoseoudanarasoniandokawanishishimoichihigashiyoshinokashiharashimokitayamanosegawayoshinomintsivorytopazsakuragehirnsumomoaseinetopalmail-boxmokurenyoitamuikaojiyagosensanjoaganomyokoseiroagaomishibataniigatanagaokamurakamiuonumayuzawakariwatagamitainaitsunanminamiuonumatochioyahikojoetsuseiroukamosadoizumozakitokamachiitoigawasekikawakashiwazakitsubamemitsukekokonoesaikiusukibeppuusahimeshimakunisakihasamataketatsukumihitaoitahijikusuyufukujukamitsuebungoonobungotakadaibaraniimibizentsuyamaokayamakasaokahayashimayakagemaniwaakaiwamisakishinjotamanotakahashikibichuowakesojanagishookumenannishiawakurakurashikiasakuchisetouchikagaminosatoshotomigusukunakagusukuyaeseizenaurumaiheyaaguniogiminanjokinminamidaitokitanakagusukuyonaguniokinawaishigakikunigamiurasoekadenataramahiraraginozataketomishimojizamamitonakiitomanhigashimotobuyonabarugushikamionnanahanagohaebarukumejimakitadaitonakijinnishiharayomitanginowantokashikiishikawaikedasuitaminohizuminishisakaikananabenodaitoosakasayamayaokishiwadatadaokakaizukatondabayashichihayaakasakakumatorikadomasayamahigashiosakashijonawatehirakatataishimisakitajirihannansennankatanotoyonominatosettsuhigashiyodogawaibarakinosekitachuohigashisumiyoshifujiiderakashiwaraizumiotsutoyonakamatsubaramoriguchiizumisanoshimamototakatsukineyagawahabikinotakaishikawachinaganoyoshinogarikamiminearitaouchiimarihizenogikashimaariakekiyamafukudomikitagatakitahataomachigenkaikanzakinishiaritakyuragisagataratosutakushiroishikaratsuhamatamakouhokukawagoeyoshidasatteogoseirumaasakaurawaogawaniizaomiyayoriiotakishikihonjooganohannohanyuinasaitamaokegawaarakawayoshikawayokozehasudasayamahidakafukayachichibuiwatsukiryokamiyoshimikamiizumifujimiwarabiranzanmiyoshiminanoyashiosakadosugitomisatohigashichichibutodasokakukiyonokazoshiraokakasukabekounosukawajimatsurugashimamiyashirokitamotohatoyamamoroyamahatogayakumagayakawaguchinagatorokamisatomatsubushinamegawatokigawakamikawafujiminohigashimatsuyamakoshigayatokorozawas3isk01isk02ryuohkoseikonanaishorittotakashimamaibarahikonetorahimenishiazaikokagamokotoyasuotsukusatsunagahamamoriyamatoyosatotakatsukinotogawaomihachimanhigashiomiakagiunnanizumogotsuamayatsukakakinokimatsuehamadamasudahikawahikimiokuizumoyasugiyakumomisatotamayuohdahigashiizumookinoshimanishinoshimatsuwanoshimaneshimadafujiedayoshidashimodagotembaiwataatamikosaiyaizuitoizumishimahaibaramakinoharaomaezakikawanehonkannamisusonohigashiizufukuroinumazukawazufujiaraishizuokahamamatsushimizuizunokunimatsuzakimorimachiminamiizunishiizukikugawakakegawafujikawafujinomiyaujiietsugaoyamayaitaohiranikkoashikagakuroisokanumasakurashioyakarasuyamamotegiichikaikaminokawatochigihagamokanogisanobatonasumibunasushiobaranishikatautsunomiyaiwafunemashikoshimotsukeohtawaratakanezawaitanokomatsushimatokushimaichibaminamiaizumiwajikikainanmiyoshinarutomimamugiananmatsushigesanagochishishikuinakagawamachidachiyodakomaefussainagitaitochofufuchuomeotahigashiyamatotoshimaokutamaaogashimakodairaedogawaarakawahachiojishinagawatachikawashibuyasuginamihinodekiyosesumidaoshimanerimamitakahamuraadachinakanomizuhobunkyomegurominatokoganeihigashikurumekokubunjihigashimurayamamusashimurayamatamakitahinochuokotokatsushikakouzushimaogasawaraakishimakunitachishinjukusetagayamusashinohachijoitabashiakirunohinoharachizunanbukotouramisasawakasayonagokogehinoyazutottorinichinansakaiminatokawaharaoyabetairainamiasahinantoimizufuchutakaokakurobeyamadajohanatoyamatonaminyuzenfunahashinakaniikawanamerikawaunazukitogahimiuozufukumitsutateyamakamiichiiwadearidayuasainamitaijikatsuragiaridagawatanabemihamahidakakainankiminomisatoshingushirahamakamitondayurakozakoyagobokitayamawakayamakudoyamahashimotokushimotokozagawahirogawakinokawanachikatsuurarsuseroeoishidasagaeoguniasahinagaitendonanyoobanazawanishikawasakataohkuratozawamikawamamurogawayamagatafunagatatakahatashonaishinjokahokuiideyuzakawanishitsuruokakaminoyamayamanobeshiratakamurayamanakayamakaneyamahigashineyonezawasakegawamitouubeyuuabushimonosekitabuseoshimatoyotaiwakunihikarishunannagatohagihofukudamatsutokuyamashowadoshitsurunanbukoshukaiminami-alpsnirasakikosugeotsukioshinohokutominobuyamanashifuefukichuokofuichikawamisatoyamanakakonakamichitabayamanishikatsuranarusawafujikawahayakawafujiyoshidafujikawaguchikouenohara\u9577\u91CE\u4EAC\u90FD\u5C90\u961C\u5927\u962A\u4E09\u91CD\u7FA4\u99AC\u5343\u8449\u6ECB\u8CC0\u4F50\u8CC0\u5948\u826Fadednelgaccogogror\u79CB\u7530\u611B\u77E5\u9AD8\u77E5\u57FC\u7389\u6C96\u7E04\u6803\u6728\u718A\u672C\u5CA9\u624B\u9752\u68EE\u5C71\u68A8\u65B0\u6F5F\u5CF6\u6839\u9CE5\u53D6\u9577\u5D0E\u9999\u5DDD\u5BAE\u57CE\u77F3\u5DDD\u5927\u5206\u5BAE\u5D0E\u8328\u57CE\u5C71\u53E3\u5175\u5EAB\u5C71\u5F62\u5FB3\u5CF6\u5E83\u5CF6\u798F\u5CF6\u798F\u5CA1\u5CA1\u5C71\u5BCC\u5C71\u9759\u5CA1\u611B\u5A9B\u798F\u4E95\u6771\u4EACxn--4it168dhatenadiaryxn--vgu402ckawaiishophatenablogcocottenamaste\u5317\u6D77\u9053penneehimeiwateversestabachibashigagonnagunmapermahaccaakitaosakauh-ohblushkochiaichifukuikuroncapooitigohyogotokyokyotopunyuthickcheap0t00g00j0mie2-ddaapyawjg0amfemsubxiiboomoobutchueekpgwrgrherskrboyrdyupperunderflierchipsmydnsheavyangryhippygirlyrulez\u795E\u5948\u5DDD\u9E7F\u5150\u5CF6\u548C\u6B4C\u5C71bambinaxn--nit225kokayamasaitamaxn--k7yn95exn--1lqs03nsapporoparasitelolipopmcxn--efvn9sniigatafukuokatokushimafukushimahiroshimakagoshimafakefurokinawaxn--8pvr4ucoolblogxn--0trq7p7nnkawasakinagasakimiyazakichilloutxn--8ltr62kxn--klty5xpeeweezombiecutegirlxn--rny31hxn--uuwu58axn--ntso0iqx3axn--djrs72d6uytoyamanikitanyantakagawamimozanagoyaboyfriendxn--2m4a15egreaterchowderegoismyamagatafashionstorexn--elqq16hxn--pssu33lsendaimiyagixn--rht27zpecoriaomorisaloonwatsonvivianxn--djty4knobushipigboatnaganopinokoxn--f6qx53asadistvelvetsecretxn--5js045dchicappayamanashiibarakidigickgirlfriendxn--1lqs71dmongolianxn--c3s14mxn--qqqt11mtochigixn--5rtq34kparallelo0o0mondkobesagabonadecaoitanarafoolkilldecimainhiholomosblokilociaoundopupugifutankcrapflopnooroopsmodsholyjeezstripperpepperbittershizuokaxn--rht3dkitakyushureadymadeicurusversusmatrixxn--rht61ehungryfloppygloomycrankyhandcraftedlittlestarxn--klt787dxn--kltx9awhitesnowsunnydaytottorilovepoptheshopbuyshopxn--5rtp49cxn--d5qv7z876cwebaccelxn--kbrq7oxn--4pvxsxn--1ctwolovesickkumamotocatfoodxn--tor131oyokohamawakayamatonkotsuxn--ehqz56nxn--uist22hxn--6btw5axn--kltp7dyamaguchifrenchkisspussycatxn--4it797kxn--uisz3gbabybluexn--zbx025dnetgamersxn--7t0a264ckanagawaxn--6orx2rishikawaxn--ntsq17ghalfmoonschoolbusjellybeanxn--mkru45iusercontentlolitapunkxn--32vp30hsakurastoragehokkaidoshimanecandypopbabymilksupersaleweblikeraindropbackdropwebsozaikikirarahateblodaynightmeneacsccogoormobiinfoaefjusxxorgmilcomnetedugovorgcomnetedugovbizinfotmprdorgmilcomnomedugovassnotairespresseassocoopgouvveterinairemedecinpharmaciensorgnetedugovtraorgcomedurepgovipdiskmeneperekgacscaiiocogoitoresmshsseoulbusanulsandaeguc01milvkimmvchungnamjeonnamjeonbukeliv-dnsgyeonggijejueliv-cdnincheondaejeongangwongyeongbukgwangjuchungbukgyeongnameliv-apicoeduindorgcomembnetedugovorgmilcomnetedugovjcloudorgcomnetintedugovperbnrinfocooyorgcomnetedugovethipfscanvamypepethw3sstorachafaablekeeneticjoinmcinbrowserdwebcyonnftstoragemyfritzaemewphlxachotelltdorgcomwebsocschngonetintedugrpgovassnomgacsccoorgnetedugovbizinfo123websiteidorgmilcomasnnetedugovconfidmedorgcomplcschnetedugovaccoorgnetgovpresstmassoirseproxaccosoundcasthoptocraftvp4c66orgnetedugovitsxwxmcdirmyboxbarsyedgestacksynologylogintoopencloudnohostwebhopdiskstationi234tcp4hoocgroknoipprivmydsddnsdnsforlohmustransipdscloudfilegear-sgbrasiliafilegearframerbarsybarsyonlinecoprdorgmilcomnomedugovinforgcomnetedugovnameacprorgcomartnetedugovpresseinfoassoinstgouvorgnycedugovbarsydscloudjuorgcomnetedugovminisiteaccoororgcomnetgovorgmilcompronetintedugovbizmuseumnameinfoaerocoopaccoorgcomnetintedugovbizcooporgcomgobneteduorgmilcomnetedugovbiznameaccoorgmilneteduadvgovcoorgcomnetaltgovforgotherhiskeeneticispmanagernomassoprod5476132eastasiacentraluswesteuropewestus2eastus2pnortheurope-01newzealandnorth-01southindia-01southcentralus2-01norwaywest-01eastus2-01westus2-01australiaeast-01italynorth-01israelnorthwest-01swedencentral-01westeurope-01centraluseuap-01taiwannorthwest-01uaecentral-01northcentralusstage-01israelcentral-01mexicocentral-01canadacentral-01austriaeast-01germanywestcentral-01francecentral-01ukwest-01denmarkeast-01polandcentral-01eastus-01westus-01swedensouth-01eastus3-01westus3-01brazilsouth-01centralus-01francesouth-01australiacentral-01westindia-01uaenorth-01jioindiacentral-01canadaeast-01belgiumcentral-01spaincentral-01koreacentral-01chilecentral-01qatarcentral-01westcentralus-01eastus2euap-01norwayeast-01southafricanorth-01brazilsoutheast-01germanynorth-01switzerlandnorth-01switzerlandwest-01japanwest-01southafricawest-01japaneast-01eastasia-01indiasouthcentral-01taiwannorth-01centralindia-01uksouth-01southcentralus-01northcentralus-01eastasiastage-01indonesiacentral-01australiacentral2-01australiasoutheast-01malaysiawest-01koreasouth-01southeastasia-01southeastus5-01northeastus5-01jioindiawest-01rucdnwest1-usfra1-desandboxjls-sto1jls-sto3jls-sto2aglobalabglobalsslmapprodfreetlsmapvpslon-1lon-2ny-1fr-1sg-1ny-2paassnwebpaashostingjelasticnordeste-idcsocuserpagescwebfileblobservicebuscoreatlricnjsjelasticwebsitestoragesezagbinruhuukjptsmyspreadshopmynetnameakamaiorigin-stagingfrom-coipv64dynv6cdn77serveblogadobeaemcloudhicamsprytdnsupno-ipownipde5ovhicpfirewall-gatewaysytesmypsxbarsyusgovcloudapimyamazemyradwebakamaihdsaveincloudfastlylbfrom-lasubsc-paysquare7in-the-bandblackbaudcdnhomelinuxoninfernoctfcloudservebbsdns-dynamiccloudfrontakamai-stagingipifonyham-radio-opsenseeringclickrisingcommunity-profrom-nylocalcertgrafana-devedgesuite-stagingcloudflareanycasteating-organicatlassian-devmydattofeste-iplocaltotorprojectknx-serveredgekeycloudflareglobalcloudyclustercasacamserveftpakamaized-stagingakamaiorigindns-cloudmyeffectboomlabotdashbuyshousestwmailhetemlazure-mobilein-dslthruhereredirectmedynuddnsbouncemesupabaseluyanicloudappakamaicloudfunctionsdebiannhlfanpgafanstatic-accessin-vpnmysynologymafeloappudohomeftptrafficmanagersiteleafseidatmemsetcloudflarecloudaccesskeyword-onazure-apiis-a-chefdoes-itgets-itwebhopselfiphomeipkicks-assedgesuitewindowsserver-ontunnelmolemydissentscrapper-sitecloudflarecnuni5srcfggffiobbzabchrsndenodynuopikddnsvpndnsakadnselastxkinghostvps-hostfastlyhomeunixazureedgeshopselectdontexistmyfritzcloudjiffyalwaysdatasells-itsquaresbroke-itazurefddattolocalat-band-campmeinforumfamilydsazurestaticappsdefinimabplaceddnsaliasdynaliasnow-dnsblogdnsroutingthecloudendofinternetdsmynasakamaiedgemymediapcadobeio-staticakamaiedge-stagingakamaihd-stagingddns-ipprivatizehealthinsurancelive-onkrellianschokokeksmassivegridmysecuritycamerarackmazeserveminecraftfrom-azis-a-geekakamaizedmoonscaleoffice-on-theusgovtrafficmanageradobeioruntimeedgekey-stagingreserve-onlinechannelsdvrdnsdojousgovcloudappcdn77-sslapps-1and1podzoneazurewebsitesdynathomescaleforceyandexcloudvusercontentisa-geekcdn-edgescoaemalcesappwriteazimuthtlonarvobuiltwithrocketnoticeablestorecomwebrecnetperotherfirminfoartslgdloncogoiltdorgmilcolcomplcschgenngonetedugovbiznamefirmmobiacincoorgmilcomnomwebgobnetintedubizinfocomyspreadshopdemongovtransurl123websitehosting-clusterkhplaycistrongsnesosvalerv\xE5lerxn--vler-qoaossandeheroysandeher\xF8yb\xF8boheroyher\xF8yxn--hery-iraxn--b-5gavalerb\xF8boxn--b-5gasandesandexn--hery-iraxn--vler-qoav\xE5lerh\xE5re\xE5laahavaofsfvfhlolnlalrlhmfmtmahcostntbu\xE5strmreigersundmyspreadshopg\xE1ls\xE1eidsvolltingvollgildeskalflor\xF8vads\xF8vard\xF8vanylvenxn--bhccavuotna-k7astrandaxn--kvnangen-k0axn--sknland-fxaxn--mosjen-eyarakkestadhyllestadnannestadvevelstadvaapstenordre-landsondre-lands\xF8ndre-landtjieltexn--vrggt-xqads\xF8r-aurdalsor-aurdalheradstordmoldefordef\xF8rdeseljefedjeryggehemnexn--krehamn-dxasognegranes\xF8gnebrynetjomevallebykletokkegiskedovretj\xF8mehob\xF8lvoldasaudatolgas\xF8mnaviknad\xF8nnasomnadonnatranafrananesnaraumasmolatr\xE6nafr\xE6nalesjasm\xF8la\xF8rstaorstahitrafloraaukraloppafr\xF8yarissasnasahalsagalsaromsaraisar\xE1isafroyasn\xE5sagronghobolfjelltydal\xE5rdalardalaskimharamkraanghkekr\xE5anghkesorumbarumhurumb\xE6rums\xF8rummodums\xE1l\xE1tb\xE1l\xE1tfrognbjugnv\xE5ganvagangulenskienl\xF8tenlotenstrynvefsnxn--merker-kuaskaunsveiob\xF8mlobomloskj\xE5kvardoflorovadsosalatbalats\xE1latkl\xE6buklabuselbubarduulvikskjakkleppris\xF8rxn--nttery-byaefl\xE5eidflahofmilgolholsellomskifetvikdepvgsfhsaskerrisorhamarasnes\xE5snesr\xF8rosrorosxn--slat-5namasoynaroyvaroyluroydyroyaskoyradoyandoyrodoymeloyrad\xF8yand\xF8yr\xF8d\xF8ymel\xF8yask\xF8ylur\xF8ydyr\xF8ym\xE5s\xF8yv\xE6r\xF8yn\xE6r\xF8yhoylandeth\xF8ylandetdivtasvuodnal\xF8renskoglorenskognesoddtangenxn--tjme-hraxn--smla-hraxn--stjrdal-s1aunjargalillehammerunj\xE1rgaxn--hamary-fyadavvenjargaxn--bearalvhki-y4a123hjemmesidegjerdrumxn--brnnysund-m8acxn--tnsberg-q1axn--mlatvuopmi-s4axn--snsa-roaxn--skierv-utaxn--brum-voatysfjordkvafjordeidfjordkv\xE6fjordsongdalenmjondalenmj\xF8ndalenxn--gls-elackragerog\xE1\u014Bgaviikagangaviikas\xF8rreisasorreisas\xF8r-varangersor-varangerxn--risr-iraskiervaxn--frna-woaxn--trna-woakvinesdalleksvikleirvikr\xF8yrvikroyrviksvelvikvenneslaevje-og-hornnessandnessj\xF8enmarnardalvindafjordsandefjordenebakksnillfjordullensvangxn--trany-yuabr\xF8nn\xF8ysundnamsskoganaustevollxn--stjrdalshalsen-sqbnord-aurdalnord-frontr\xF8gstadtrogstadgrimstadflakstadgjerstadxn--sandy-yuaxn--leagaviika-52bnore-og-uvdalvegarsheixn--rlingen-mxaxn--ggaviika-8ya47hveg\xE5rsheikarlsoykvitsoymasfjordenhamaroyinderoyosteroydavvenj\xE1rgasauheradguovdageaidnuxn--vre-eiker-k8abronnoysiellakkr\xF8dsheradkrodsheradkvinnheradbr\xF8nn\xF8yxn--mtta-vrjjat-k7afxn--lrenskog-54akvits\xF8yv\xE1rgg\xE1tkarls\xF8yoster\xF8yinder\xF8yhamar\xF8ybronnoysundxn--aurskog-hland-jnbbahccavuotnab\xE1hccavuotnagiehtavuoatnastor-elvdalmidtre-gauldalxn--gildeskl-g0akarasjokevenassixn--bievt-0qaxn--yer-znalebesbynessebyxn--hbmer-xqamalselvm\xE5lselvxn--unjrga-rtam\xF8re-og-romsdalmore-og-romsdalhareidmeland\xF8rlandorlandstrand\xE5lg\xE5rdsolundalgardafjord\xE5fjorddielddanuorrikautokeinoxn--stre-toten-zcbskodjeaejriestangeliernebamblestokkefauskesn\xE5asesnaasekongsvingerlangevagberlevagxn--flor-jrahattfjelldalostre-toten\xF8stre-totenvestfoldxn--mely-ira\xE1laheadjualaheadjunordreisaxn--troms-zuaxn--lgrd-poacporsangerflatangerstavangerleikangerbremangersamnangergieldakarasjohkaxn--rdy-0nabfrostautsirasnoasatromsaxn--sr-aurdal-l8aflekkefjordj\xF8lsterjolsteraremarkhedmarkn\xE5\xE5mesjevuemienaamesjevuemiexn--vard-jrarollagmer\xE5kermerakerorskog\xF8rskogxn--bdddj-mrabd\xE1k\u014Boluoktaxn--osyro-wuaaknoluoktatrysilskjerv\xF8ymandaljondalbindalrindalmeldalsuldalorkdalsigdalalvdall\xE6rdalhurdalsirdalverdallerdallardaloppdal\xE5seralaseralhadselkrager\xF8divttasvuotnaoverhallasteinkjerxn--hnefoss-q1askedsmokorsettroms\xF8xn--dyry-iravestre-totenmuseumxn--sandnessjen-ogbrahkkeravjufylkesbiblb\xE1jddarbajddarxn--laheadju-7yarennes\xF8yxn--koluokta-7ya57hxn--hgebostad-g3aleirfjordstorfjordbalsfjordb\xE5tsfjordbatsfjordmuos\xE1tbiev\xE1tloab\xE1tk\xE1r\xE1\u0161johkan\xF8tter\xF8yxn--mjndalen-64anordkappl\xE1hppilahppialstahaugsiljanverranr\xF8ykenroykenhaldenlyngenbergenhortenh\xF8nefosshonefosstroandinbeiarnvarggatosoyroos\xF8yrotromsoidrettmuosatbievatruovatloabatvoagattynsetnessetxn--indery-fyask\xE1nitskanitraholtr\xE5holtxn--ystre-slidre-ujbandebusarpsborgbearduxn--karlsy-fyahordalandjorpelandj\xF8rpelanddeatnuringsakers\xF8r-odalsor-odalxn--slt-elabringerikeaudnedalnittedalnissedalhemsedalslattumsurnadalxn--blt-elabelverumstj\xF8rdalnaustdalhjartdalgj\xF8vikfyresdalhasviknarviklarvikgjovikmalvikgamviklenvikporsgrunnstjordalengerdaldrobakdr\xF8bakxn--msy-ula0hvestvagoyxn--vgan-qoaxn--ryken-vuaxn--lten-graxn--stfold-9xaxn--hpmir-xqaxn--lury-iram\xE1latvuopmimalatvuopmitysv\xE6rkirkenesbirkenesmoskenesb\xE1id\xE1rxn--fjord-lraxn--rdal-poabahcavuotnab\xE1hcavuotnaxn--frde-gralind\xE5sbearalvahkixn--hobl-irar\xE1hkker\xE1vjuxn--loabt-0qav\xE5g\xE5\xE1lt\xE1bod\xF8sundlundrader\xE5deetnetimeholeauregrueoddavagavegaranatanaarnasolasulaaltalekafusavangbergkvam\xE5mliamlibokntinnroangranosenoslobodor\xF8stroststat\xE5motamotivgupriv\xF8yeroyerliermossvossxn--nvuotna-hwalusterlunnermarkerh\xE1bmerhabmerhvalerfjalerxn--rholt-mratysvarbaidarfitjargaularh\xE1pmirhapmirmelhusfosnes\xF8ksnesoksnestysneshemnesevenesflesbergeidsbergtonsbergt\xF8nsberglindasxn--sndre-land-0cbnamsosxn--srum-gra\xF8ystre-slidreoystre-slidrevestre-slidretrondheimbalestrandxn--langevg-jxaaustrheimxn--skjk-soavagsoyaveroysandoykarmoyfinnoytranoyvestbytranbysykkylvenxn--hyanger-q1aspjelkavikandasuoloxn--fl-ziaxn--drbak-wuastathellexn--sr-varanger-ggbtelemarkxn--bhcavuotna-s4axn--porsgu-sta26f\u010D\xE1hcesuolocahcesuoloakrehamn\xE5krehamnsand\xF8ykarm\xF8yfinn\xF8ytran\xF8yv\xE5gs\xF8yaver\xF8ynamdalseidxn--lesund-huabadaddjaxn--vegrshei-c0axn--btsfjord-9zagildesk\xE5lporsanguxn--trgstad-r1an\xE1vuotnanavuotnahammerfestxn--sgne-graxn--brnny-wuacibestadharstadnarviikaeven\xE1\u0161\u0161ivestnesgjemnessandnesagdenesrennesoyxn--avery-yuaxn--tysvr-vrabearalv\xE1hkikongsbergspydebergrandabergxn--andy-iradavvesiidaxn--krdsherad-m8apors\xE1\u014Bgufredrikstadbjerkreimringeburennebuaurskog-holandnotteroyxn--vgsy-qoa0jxn--rmskog-byaskierv\xE1ivelandbyglandfrolandaurlandforsandxn--bjddar-ptamidsund\xE5lesundalesundfetsundfarsundovre-eiker\xF8vre-eikerakershusxn--moreke-juas\xF8rfold\xF8stfoldostfoldsorfoldh\xF8yangerhoyangerlevangerorkangertanangerxn--vestvgy-ixa6olillesandulsteinxn--rennesy-v1agranvinskjervoyxn--klbu-woalavagisxn--h-2faxn--ryrvik-byakafjordk\xE5fjordseljordfolkebiblxn--gjvik-wuajevnakerxn--kfjord-iuabudejjuxn--kranghke-b0axn--davvenjrga-y4axn--rland-uuaxn--ldingen-q1axn--mlselv-iuaxn--rady-iraxn--linds-prabrumunddalxn--ygarden-p1amo-i-ranaeidskogr\xF8mskogromskoghjelmelandxn--finny-yuaxn--sr-odal-q1axn--skjervy-v1aballangenkvanangenkv\xE6nangengratangenxn--hmmrfeasta-s4acvossevangensuohkanxn--rde-ulaxn--mli-tlaxn--ksnes-uuanordlandskanlandsk\xE5nlandsortlandfuoiskuxn--rros-graxn--hcesuolo-7ya35bxn--eveni-0qa01gagaivuotnag\xE1ivuotnaxn--seral-lradrammenmodalenmosjoenjan-mayentorskensteigengloppenxn--snes-poamatta-varjjatxn--sr-fron-q1aomasvuotnajessheimb\xE5d\xE5ddj\xE5xn--krager-gyaxn--kvfjord-nxaxn--asky-iraxn--snase-nraxn--bidr-5nacholt\xE5lenxn--vads-jraxn--jlster-byamosj\xF8enxn--rst-0nastavernxn--ostery-fyaxn--oppegrd-ixaxn--sknit-yqaxn--risa-5naoppeg\xE5rdskiptvetrendalenholtalenxn--mot-tlaxn--lhppi-xqaxn--holtlen-hxaxn--srreisa-q1akopervikxn--muost-0qaxn--bmlo-grahokksundkvalsundegersundxn--karmy-yuaullensakerxn--hylandet-54axn--kvitsy-fyaxn--bod-2nalangev\xE5gberlev\xE5gkristiansandxn--rsta-frahornindalstj\xF8rdalshalsenstjordalshalsensandnessjoenh\xE1mm\xE1rfeastaxn--lrdal-sras\xF8r-fronsor-fronnord-odalkristiansundm\xE1tta-v\xE1rjjatvestv\xE5g\xF8ynesoddennotoddenbuskerud\xF8ygardenoygardensalangenlavangenralingenr\xE6lingenlodingenl\xF8dingenlea\u014Bgaviikalaakesvuemieleangaviikauenorgexn--srfold-byaaskvollxn--rskog-uuaxn--nry-yla5gxn--vry-yla5ghammarfeastaxn--rhkkervju-01afxn--givuotna-8yakommunekrokstadelvanedre-eikerhagebostadh\xE6gebostadxn--berlevg-jxakviteseidxn--s-1faxn--l-1faxn--nmesjevuemie-tcbafuosskomo\xE5rekemoarekexn--lt-liacxn--jrpeland-54asvalbardoppegardholmestrandtvedestrandsogndalsokndalarendalsunndalfolldalxn--krjohka-hwab49jlyngdaletnedalnorddalsaltdalgausdalskedsmovaksdalgjesdalstordalxn--frya-hraaarbortedrangedalxn--smna-graaurskog-h\xF8landxn--vg-yiabtjeldsundhaugesundlindesnesxn--mre-og-romsdal-qqbxn--dnna-gradyntmpheremerseineshacknetenterprisecloudmineaccomaorim\u0101oriorgmilcriiwigennetschoolhealthkiwigovtgeekxn--mori-qsacloudnsparliamentcomedorgcompronetedugovmuseumwebsitekinservicebarsywebsitebuildereerobookheimdnseero-stagetechcrscsslorigingohomecdbedeeeiemesecabgngilnlalplchfisiincnnoroptatitmtltruauhulumkdkukskjplvtrgrfrkrhrusesismycynzcznetinteduassoososcloudstgbetaaezaeuhkusjswzhatenadiarycdn77hoptozaptois-a-knightmyftpno-ipjpnddnssdpdnsspdnsbarsysweetpepperis-a-bruinsfanis-very-sweetservegameis-a-soxfanhomelinuxcdn77-secureservebbsmisconfusedwebredirectblogsitefreedesktopcouchpotatofriestoolforgeaccesscamis-lostreadmyblogsmall-webfedorapeopleserveftpis-a-celticsfaniptimemywirepotagertwmailin-dslsellsyourhomeread-booksfreeddnscable-modemis-savednflfanufcfanmlbfanstuff-4-saleendoftheinternetin-vpnmy-firewallhomeftpis-localis-a-chefboldlygoingnowherewebhopselfipkicks-assroxatunkcamdvrfedoraprojectgotdnsdvrdnsdyndnspubtlspimientahomeunixdontexistfedorainfracloudwmflabsfspagesbmoattachmentsteckidsfamilydsdnsaliasdynaliasnow-dnscloudnsdoomdnsduckdnsblogdnshomednsroutingthecloudendofinternetdsmynasip-dynamicpoivronhttpbinmyfirewallis-very-evilmysecuritycamerais-a-linux-userwmcloudis-a-geektuxfamilyis-a-candidatedoesntexistis-very-badhobby-sitegame-hostaltervistais-foundis-a-patsfandnsdojohepforgepodzonedynservcollegefanis-very-goodfrom-meis-very-niceisa-geeknerdpolacmedsldingorgcomnomgobabonetedugintapleskaemhlxmyboxrockyprvcydeuxfleurssolidresvibekitprodomgspdnscodebergheyflowstatichostlinkyhostmymagicblacktopsorgmilcomnomgobneteduorgcomeduiorgmilcomngonetedugovcloudns1337ngrokacorggogfamcomwebgobnetedugokgopgkpgovgosbizpasaugumicsopozpapuwmwsrprusiskwpspkppspkmpspokeoiawsawifoumsdnskokwpmuppuppsppiwwiwoowuzswkzoschrzpisdnwzmiuwwitdpssewsseumigugimoirmpinbwinbwiihupporzgwgriwupowwskrwioswuozstarostwokonsulattmpccopruszkowmyspreadshopostrodakartuzyopolegminamediaustkazgorajgoraolawailawalomzawloclradombytomjaworznotargilubinkoninzagantorunkutnokepnonakloczestsopotsanokturekplockslasksklepzarowlukowmedaidgdaorgmilrelcomnomatmgsmartneteduelkgovwawsossexbiztgorysejnytychypomorzeboleslawiechomesklepsdscloudunicloudzakopanelegnicarawa-mazbydgoszczswidnikkrasnikwloclawekbielawamragowograjeworealestatebeskidykaszubymalopolskaprzeworskswiebodzinlecznadfirmaszkolawarmiagdyniamiastakazimierz-dolnymalborkswidnicadlugolekaostrolekapodlasieelblagtravelsimplesitezachpomormielecszczecinnieruchomosciwalbrzychlezajsklublinbedzinpoznanwielunmielnooleckostarachowicedkontopowiatwroclawrybniksuwalkileborkslupskgdanskostrowwlkptarnobrzegtourismwegrowkrakowglogowyou2pilanysamailwrocinfoagroautobeepshoppriviqhslapypiszlodzcfolksecommerce-shopmazurypulawyskoczowrzeszowpomorskiezgierzkaliszolkuszlowiczostrowiecsosnowiecmazowszewodzislawbialowiezazgorzeleckatowicepabianicejelenia-gorawolominkarpaczsieradznowarudaczeladzkonskowolaskierniewiceswinoujscieturystykabieszczadycieszynketrzynolsztynbialystokbabia-goraprochowicewarszawastalowa-wolapolkowicegorlicegliwiceponiatowalimanowalubartowaugustowkobierzyceopocznognieznoszczytnokolobrzegshoparenapodhalebielskoklodzkostargardcoshipatwithplayitownnamecoorgnetedugovacorgcomproestnetedugovbiznameislaprofinfoprodrechtngrokmedaaaacacpaenglawjurbarenterbarsykeeneticavocatacctcloudnsorgcomsecplonetedugov123paginaweborgcomnetintedugovnomepublidkinbarsygovx443cloudnsorgmilcomnetedugovcooporgmilcomschnetedugovnamecomcannetlibassoaemclantmcontstoreorgcomnomrecwwwbarsyfirminfoshopartsv6stackitmyddnswebspacelima-cityacincooxorgedugovbarsybrendlyhbvpsvpsspectrumlandinghostingacppmordoviamcprecbgorgmilcomspbnetintedumsknovgovbirrasmcdirmytismircloudvladimirnalchikadygeyamarinepyatigorskmyjinobashkiriaeurodirvladikavkazna4ugroznykustanaikalmykiacldmaildagestaniransmbuildcloudcanvaliaravalrwxwixdevelopmentappwritemigrationneedleverceldatabasestackitcodereplravendbsanityonporterlovableaccoorgmilnetgovcoopmedorgcompubschnetedugovservicemecomygovorggovtvmedorgcomnetedugovinfoedgfacbmlonihkutwpsryxzbdtmacfhppmyspreadshopbrandpartiorgcomfhvpress123minsidaitcouldbeworlanbibkommunalforbundfhskiopsyskomvuxkomforbnaturbruksgymnloginlineorgcomnetedugovenscaledeuusentsurgebotdaorgmilcomnetgovnowteleporthashbangbearlyplatformlovablebarsyshopwarebasehoplixbarsyonlinemsf5gitpagewawamscofigma-govgreybullcaffeinefigmacanvaceerosoltstscwputernippybarsysupportchatgptsquareomniweopensocialcpanelplaycodenotionnovecorewpsquaredpreviewjelecyonbyensrhtklivfastvpspieboxconvexmedusajsjouwwebheyflowplatformshdocsflowyloginlinemadethissourcecraftclouderaorgorgcomartedugouvunivmeorgcomnetedugovsurveysstatichfheiyumanusxs4allprojectmyfastubervibehostapp-ionosdeployagentmecoorgcomschnetedugovbizcncostoreorgmilcomneteduembaixadaconsuladokiraranohoprincipesaotomeheliohobarsystorebaseshopwaresellfyaisanityabkhaziavologdamordoviapenzalenugsochinavoiexnetspbmsknovnorth-kazakhstanashgabadkareliaarmeniageorgiavladimirnalchikivanovobukharaadygeyakhakassiakalugakrasnodarjambylaktyubinsktroitskbryanskobninskkurganazerbaijanpokrovskbashkiriatselinogradvladikavkazmurmansktulatuvamangyshlaktashkentchimkentgroznykaragandatermezarkhangelskkustanaikalmykiabalashoveast-kazakhstankaracoldagestantogliattibarsyredorgcomgobedumirenaccoorgjelasticdiscoursecleverappsschacmiincogoornetonlineshopcogoorgmilcomwebnicnetintedugovbiznametestcoorgmilcomnomnetedugovorangecloudpersoindorgcomfinnatnetgovensmincomtourismintlinfox0611orgmilcomnetedugovquickconnectvpnplusnettprequalifymeaddrmyaddrntdllwadlnctvavdrk12orgmilpolbeltelcomwebgennetedutskkepgovbbsbiznameinfocoorgmilcompronetedugovbiznameinfobetter-thanworse-thansakurafromdyndnson-the-webmymailerorgmilurlcomneteduidvgovmydnsgameclubebizmeneacsccogotvorhotelmilmobiinfovodteiflgplkmsmsbcckhincndnvncoztltmkckppzpdprvcvkvlvcrkrkscxuzchernovtsyrivneyaltaodesavolynrovnolutskltdinforgcomnetedugovbizvinnicazhitomirternopilpoltavakropyvnytskyizaporizhzhiasevastopolsebastopoluzhgoroduzhhorodkharkovkharkivvinnytsiakhmelnytskyizaporizhzhecrimeaodessazhytomyrnikolaevcherkassydonetskluganskluhanskkirovogradivano-frankivskchernivtsikrymkievkyivlvivsumyzakarpattiamykolaivcherkasychernigovkhersonchernihivdnipropetrovskdnepropetrovskkhmelnitskiyneacsccogoorusorgmilcomedugovmyspreadshopno-ipbarsybarsyonlinelayershiftnh-servretrosnubapicampaignservicelugaffinitylotteryweeklylotteryraffleentrygluglugsmeaccoindependent-inquestnimsitecopropymntltdorgplcschnetgovnhsbarsyindependent-commissionindependent-reviewpolicepublic-inquiryindependent-panelconnhospindependent-inquiryroyal-commissionoraclegovcloudappscck12libaws-govccphxcclibpvtparochchtrcck12libcceatonk12coglibtecgendstmusann-arborwashtenawcck12glghcck12sealibforksolympiabainbridge-islkeyporthoquiamyarrow-pointcentraliaport-townsendsequimport-ludlowrentonsilverdalebremertonredmondsheltonbellevueport-orchardport-angeleskingstonchehalisaberdeengig-harborseattlepoulsboidmdndsddemenegacalamaiavawapailalflnmdcncscohnhmihiviwiriinmntnmocoutvtctmtgunjokakwvnvprarorasmskstxwynykyazisadninsnngosrvis-byservernamepointtoenscaledland-4-salefreeddnsstuff-4-saleazure-apinoipdatabricksappscloudnsgolffanheliohostazurewebsitesgvorgmilcomgubneteducoorgcomnetd0egvorgmilcomnetedugovmydnsiacostoree12orgmilcomnomwebgobbibrectecnetintedugovraremprendefirminfoartseducok12orgcomnethidnsadidacaionioapsonlahanamhanoicamauhueorgcompronetintedugovbizbacninhtayninhhoabinhnamdinhtravinhhaiphongvinhlonghaiduongquangnamquangtrithuathienhuequangninhbacgianghaugiangquangbinhsoctrangbentrethanhphohochiminhdanangkontumhatinhkhanhhoathanhhoahealthgialailaocaiyenbaibackanngheanlonganphuyenphuthocanthodaklakdongnainameinfovinhphucdongthapkiengiangtiengiangquangngailaichaulangsonlamdongdaknonghagiangangiangcaobangbinhduongninhthuanbinhthuanbaclieuthaibinhninhbinhbinhdinhtuyenquanghungyenbaria-vungtauthainguyendienbienbinhphuocschbizputerorgcomnetedugovcloud66advisormypetsdyndnsxn--8dbq2axn--4dbgdty6cxn--5dbhl8dxn--hebda8bxn--80auxn--d1atxn--c1avgxn--o1acxn--o1achxn--90azhxn--55qx5dxn--uc0atvxn--od0algxn--wcvs22dxn--gmqw5axn--mxtq1mxn--12c1fe0brxn--h3cuzk1dixn--12co0c3b4evaxn--12cfi8ixb8lxn--o3cyx2axn--m3ch0j3axn--j1adpxn--90amcxn--90a1afxn--h1ahnxn--j1ael8bxn--h1alizxn--c1avgxn--j1aefxn--80aaa0cvacxn--41acaffeineexeopentunnelbotdashtelebitorgtmaccoagricorgmilnomwebnicngonetaltedugovlawnisschoolgrondaraccoorgmilcomschnetedugovbizinfoprg1-zeropstritonstackitlimazeropsaccoorgmilgov\u044F\u0441\u043F\u0431\u043E\u0440\u0433\u043A\u043E\u043C\u043C\u0441\u043A\u0431\u0438\u0437\u043C\u0438\u0440\u0441\u0430\u043C\u0430\u0440\u0430\u043A\u0440\u044B\u043C\u0441\u043E\u0447\u0438\u0430\u043A\u043E\u0434\u043F\u0440\u043E\u0440\u0433\u043E\u0431\u0440\u0443\u043F\u0440\u05E6\u05D4\u05DC\u05DE\u05DE\u05E9\u05DC\u05D9\u05E9\u05D5\u05D1\u05D0\u05E7\u05D3\u05DE\u05D9\u05D4\u0E2D\u0E07\u0E04\u0E4C\u0E01\u0E23\u0E18\u0E38\u0E23\u0E01\u0E34\u0E08\u0E23\u0E31\u0E10\u0E1A\u0E32\u0E25\u0E28\u0E36\u0E01\u0E29\u0E32\u0E17\u0E2B\u0E32\u0E23\u0E40\u0E19\u0E47\u0E15\u6559\u80B2\u7DB2\u7D61\u7D44\u7E54\u516C\u53F8\u653F\u5E9C\u500B\u4EBA\uB2F7\uB137\uD55C\uAD6D\u6FB3\u95E8\u65B0\u95FB\u6FB3\u9580\u8054\u901A\u5BB6\u96FB\u5609\u91CC\u62DB\u8058\u901A\u8CA9\uB2F7\uCEF4\uC0BC\uC131\u30B3\u30E0\u10D2\u10D4\u0431\u0433\u0440\u0444\u0435\u044Eadcdbdgdidmdsdtdaebedeeegeiejekemenepereseveyegabacalamanauavapaqasazacfbfafgfnfpfwftfbgcgagggegkgngmgsgpgvgtgugilmlnlalclglplsltlhmimjmkmmmomambmcmdmfmgmzmpmsmtmgbbblbsbecccacnclcmcvctcscmhkhghchbhthphshlinikifigiaibicivisikninhnmncnbngnsnpnvntnjoionomobocoaofodorosotoptstttytatbtetgtithtmtltrusuvuaucueuguhulumunufjdjbjtjsjlkmkhkfkdkcktkukskpkgpmpnpkpjpgqaqmqiqsvtvcvbvmvlvrwpwtwzwbwcwawgwkwmwtrsrprgrfrercrbrarnrmrlrkrirhrwsusrssspsgsesbsaslsmsissxmxaxcxuypysylymykygybycyuztzsznzmzkzdzczbzaz\u03B5\u03BB\u03B5\u03C5\u4E16\u754C\u53F0\u7063\u8D2D\u7269\u516C\u76CA\u70B9\u770B\u81FA\u7063\u7F51\u7EDC\u66F8\u7C4D\u5728\u7EBF\u7F51\u7AD9\u624B\u673A\u673A\u6784\u5927\u62FF\u6E38\u620F\u4FE1\u606F\u53F0\u6E7E\u8C37\u6B4C\u6148\u5584\u5546\u6807\u9999\u6E2F\u4E2D\u56FD\u9910\u5385\u7F51\u5740\u4E2D\u570B\u5546\u57CE\u98DF\u54C1\u5FAE\u535A\u653F\u52A1\u79FB\u52A8\u96C6\u56E2\u516C\u53F8\u516B\u5366\u5546\u5E97\u5065\u5EB7\u7F51\u5E97\u653F\u5E9C\u65F6\u5C1A\u4F5B\u5C71\u4E2D\u4FE1\u5A31\u4E50\u5E7F\u4E1C\u4F01\u4E1Ahomedepotengineering\u0627\u0645\u0627\u0631\u0627\u062Arepublicankuokgroupversicherungchannelcitadelxn--pgbs0dhxn--b4w605ferdstatebankwebsitexn--mgb9awbf\u4E9A\u9A6C\u900A\u6DE1\u9A6C\u9521alibabaxn--ngbc5azdxn--mgbbh1axn--45br5cyltoshibabuildworldcloudtradeguideplacespacedancemoviephoneprimesmilebiblestyleappleazurestoreskypegripexn--l1accdrivelottehorsehouseleasechasereisestadahondaomegaaetnaamicaninjanokiamediadeltavodkaedekaosakapizzaslingemailgmailtirolshelltmallfinallegaltotalhotelamfamforumrehabmusicciticricohcoachwatchboschearthfaithirishmiamiarchidubaiguccipraxi\u307F\u3093\u306A\u30B9\u30C8\u30A2\u30BB\u30FC\u30EBcanonsalononionnikonepsonkoelngreensevencrownikanoradioaudioweiboglobopromogalloyahoociscorodeovideomangobingotokyovolvolottokyotophotosmartsportquesttrusthyattjetztadultcymrubaidutushuxn--kprw13dubankclickblackmerckgroupsharpcheapnowtvxn--h2brj9c\u05E7\u05D5\u05DD\u0570\u0561\u0575\u043E\u0440\u0433\u0441\u0440\u0431\u043C\u043E\u043D\u043A\u043E\u043C\u0431\u0435\u043B\u043C\u043A\u0434\u049B\u0430\u0437\u0440\u0443\u0441\u0443\u043A\u0440\u0645\u0635\u0631\u0642\u0637\u0631\u0639\u0631\u0628\u0643\u0648\u0645dadcfdmedwedredphdthdbidpidkrdmsdltdiceonewmeglemoerwecfageacbanbambaaaammakianraspacpaaxawtfbcgaegongingaigvigorgdogdhlmilrilonlaolloluoljllcalgalnflafltelsrlfrllplkimibmcamcombommomifmabbjcbscbwebcabnabtabmlbpubabcbbcnecincpncllcstcwtcpwcnyckfhbzhovhmoiskiobisbitcifyituipinvinwinxincbnbcnmanfangdnmenrenkpnmtnyunrunfununobiojioriohbogmofooboooooacoecoceongoproartistottnttbbtcateatlatvetpetbetnethktmitfitintjothotgotdotbotprueduicujnjyouinknhktdkappsapgapmapdnptopgopllpjmpzipvipripesqtrvdtvitvdevmovgovhivnrwlawsewnewbmwwownowhowdvrftrmtrsfrbarcartvscrseusawsupsubssbsadsddsldssasbmsmlsxxxboxfoxgmxtjxsextaxbuyflydiysoyjoyskypaydaygayxyzanzbizwebersenerpokerlameractortatarsolar\u0EA5\u0EB2\u0EA7\u0E04\u0E2D\u0E21\u0E44\u0E17\u0E22tourslocusnexuslexusgiftsbeatsboatspartspressglassswiss\u0915\u0949\u092E\u0928\u0947\u091Ftiresgivescodeshomesgamestunesshoescardswalesloansvegastoolsdealsautosparis\u30D5\u30A1\u30C3\u30B7\u30E7\u30F3workssucksrocksxeroxforexfedexpartylillymoneystudyrugbytoraytoday\u4E2D\u6587\u7F51xn--unup4y\u5929\u4E3B\u6559\u98DE\u5229\u6D66\u65B0\u52A0\u5761enterprises\u6211\u7231\u4F60\u5609\u91CC\u5927\u9152\u5E97christmasxn--fct429kholdingsxn--8y0a063axn--mgbx4cd0ablifestyleabogadoallstatenetbank\u0643\u0627\u062B\u0648\u0644\u064A\u0643xn--s9brj9cxn--gk3at1ebestbuycharityxn--55qx5dmicrosoftpropertybasketballhomegoodscorsicajewelrygallerygrocerysurgerycountrybrusselsverisignferreroxn--czr694bhdfcbankcommbanksoftbank\u067E\u0627\u0643\u0633\u062A\u0627\u0646\u067E\u0627\u06A9\u0633\u062A\u0627\u0646nextdirect\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0647\u0627\u0644\u0639\u0644\u064A\u0627\u0646xn--h2brj9c8cxn--80adxhksshikshaxn--mgbai9azgqp6jcuisinellabarclayscatholicxn--kpry57dcompanyxn--xhq521bblackfridayxn--mgba3a3ejtsandvikxn--d1acj3bacademydownload\u0645\u0644\u064A\u0633\u064A\u0627xn--j1amhxn--w4r85el8fhu5dnraipirangaathletaxn--fhbeixn--mgbqly7cvafrzuerichxn--c2br7g\u0B87\u0BB2\u0B99\u0BCD\u0B95\u0BC8contractorsxn--io0a7igraphicsinsurancetemasekxn--xkc2al3hye2amotorcyclesphotographydirectoryplumbingxn--vhquvclothingtrainingcleaningwilliamhilllightingxn--mgba3a4f16ashoppingcateringeducationokinawapicturesventuresproductionsxn--9et52uwalmart\u0D2D\u0D3E\u0D30\u0D24\u0D02supportrealestatecapitalonexn--nqv7fs00emaauspostfloristdentistxn--qxamgodaddybradescobargainsmitsubishikerryhotelsxn--9dbq2axn--3pxu8kimmobilienxn--fjq720axn--mgbtx2bholidaymckinseymadridbusinessbuildersxn--4gbrim\u043C\u043E\u0441\u043A\u0432\u0430\u0627\u0644\u0633\u0639\u0648\u062F\u06CC\u0629coffeedegreelacaixapartnersalsaceofficeabbvievoyageorangegeorgeonlinechromemobilekindlegoogleoraclecircleschulesecureinsurexn--mgba7c0bbn0aestatexn--mgbc0a9azcgcruisehangoutxn--vuq861bxn--42c2d9arexrothfirestoneuniversityxn--nnx388alifeinsuranceextraspace\u043E\u043D\u043B\u0430\u0439\u043Dverm\xF6gensberatersoftwarexn--fiqs8sxn--mgbab2bdxn--w4rs40ltienda\u092D\u093E\u0930\u0924\u092E\u094Dafricatoyotaotsukasakuracameracreditcardnagoyaconsultingnetworktheatermonsterprogressivepioneerxn--55qw42gracingdatingvotingvikinglivinggivingxn--bck1b9a5dre4cbrotherweatherjoburg\u0641\u0644\u0633\u0637\u064A\u0646lplfinancialxn--clchc0ea0b2g2a9gcdfutbolschoolsocialglobaldentalwoodsidechanelairtelmatteltravelrealtorwebcamstream\u0C2D\u0C3E\u0C30\u0C24\u0C4Dunicomalstomxn--nodexn--6frz82gmuseumfurniturexn--rvc1e0am3exn--mix891faccenturexn--11b4c3dismailineustardiscountquebeccomsecclinicservicesxn--y9a3aqxn--c1avgswatchchurchsearch\u0627\u0644\u0627\u0631\u062F\u0646marketingcontacthealthmonashshoujisanofitaipeiamericanexpresssuzuki\u30A2\u30DE\u30BE\u30F3\u30AF\u30E9\u30A6\u30C9\u30DD\u30A4\u30F3\u30C8bharti\u30B0\u30FC\u30B0\u30EBxn--mgberp4a5d4armemorialxn--1qqw23alondonmormoninstitutevisionbostonnortoncouponmaisonamazonvirginberlindesigndurbanolayannissananquanhitachikaufengardenreisenbayerntechnologydatsunxn--90a3aclatinocasinostudiophysioxn--ngbe9e0apharmacytattootaobaoaramcoexpertreportabbottdirectselectimamatfairwindspictettargetmarketintuittravelersinsurancecreditdupontryukyusuppliesxn--tckwebnpparibasschmidtmerckmsdyodobashirestaurantbridgestonecricketxn--fpcrj9c3dbostikbroadwayattorneylefrakemerckxn--fiq228c5hscareersfarmerswinnersflowersxn--wgbh1cguitarsxn--54b7fta0ccxn--p1acfmakeupgalluplandroverxn--kcrx77d1x4agoldpointbauhausxn--mgbayh7gpahiphopplaystationxn--mgba3a4fraxn--eckvdtc9dhyundaixn--gckr3f0fistanbulticketsmarketsflightschintaireviewsxn--3e0b707ewindowsxn--fiqz9sfinancialxn--fzys8d69uvgm\u0627\u0628\u0648\u0638\u0628\u064Adiscoverreview\u09AC\u09BE\u0982\u09B2\u09BExn--5su34j936bgsgmoscowobserverapartments\u0434\u0435\u0442\u0438\u0627\u0631\u0627\u0645\u0643\u0648\u0441\u0430\u0439\u0442eurovisionxn--i1b6b1a6a2exn--xkc2dl3a5ee0h\u062A\u0648\u0646\u0633\u0645\u0648\u0642\u0639\u0628\u0627\u0631\u062A\u0680\u0627\u0631\u062A\u0634\u0628\u0643\u0629\u0639\u0645\u0627\u0646\u0628\u064A\u062A\u0643\u0639\u0631\u0627\u0642readkredbondlandbandfundfoodprodgoldfordtubecafesafelifeggeeieeefreefagepagegugezonewinememenamegamesaleablebikenikelikecarecbreherefiresaveloveliveblueartedatesitevotecaseluxebofamodaltdaasdatiaayogasinavanashiaasiajavabbvatevavivadatazaraarpacasavisasncfprofmaifsurfgolfdvagsongbingpingwangkpmggoogblogpohlfailcooldellcalldeallidlsarlfilmteamroomfarmimdbarabclubhdfcicbchsbcgmbhrichtechfishdishcashminiernikddiaudiwikimobitaxicitikiwidesiqponskinloanakdnwienopenporncerntownimmolimoolloinfonicofidolegosaxozeroaerovivoautovotomotofastbestresthostpostnextlgbtchatseatgiftmeetdietreitmintrentgentspotscotguruitausohumenucyoubanklinkpinkdclktalksilkbookseekworkrsvpaarpjeepshopcoophelpcamppccwshowbeerstarruhrflirweirhaircarsparsjprshausplusnewstipstoysjobskidsfanspicsdocsxboxamexsexynavycitysonyarmyallybabyplaydeliverybuzzgbizlamborghiniphilips\u0DBD\u0D82\u0D9A\u0DCF\u0CAD\u0CBE\u0CB0\u0CA4fitnessexpresslanxesspfizercenterwalterlawyersoccercareerkosherbrokerlockerdealerdoctorauthorxn--mgbqly7c0a67fbcverm\xF6gensberatungjaguarxn--pssy2uxn--hxt814eflickrrepairrogersairbusxn--mgbai9a5eva00beventsyachtsxn--t60b56a\u09AD\u09BE\u09F0\u09A4\u09AD\u09BE\u09B0\u09A4\u092D\u093E\u0930\u0924\u092D\u093E\u0930\u094B\u0924viajeshermeshughesxn--j1aef\u0938\u0902\u0917\u0920\u0928villas\u0B2D\u0B3E\u0B30\u0B24claimshotels\u0AAD\u0ABE\u0AB0\u0AA4zapposphotosjuegoscondostatamotorsgratistennis\u0A2D\u0A3E\u0A30\u0A24tkmaxxtjmaxxschaeffleryandexxn--80aswgrealtysafetybeautyluxuryxn--3ds443gsupplyfamilyxn--o3cw4hhockeysydneyxn--90aenissayalipayenergycomputeragencyxn--rovu88b\u96FB\u8A0A\u76C8\u79D1xn--gecrj9cstatefarmaccountantaquarelleolayangroup\u9999\u683C\u91CC\u62C9xn--p1ai\u7EC4\u7EC7\u673A\u6784xn--1ck2e1bxn--mgbt3dhdschwarz\u0645\u0648\u0631\u064A\u062A\u0627\u0646\u064A\u0627abudhabinowruzkomatsufujitsuhospitalxn--80asehdbxn--mgbtf8flxn--j6w193gxn--yfro4i67oprudentialxn--flw351ecruisescoursesrecipesxn--e1a4cferrarixn--ses554gxn--wgbl6awatchesstaplessinglesxn--mgbcpq6gpa1axn--otu796dpropertiescreditunionxn--mgbah1a3hjkrdstockholmhisamitsu\u0627\u0644\u0633\u0639\u0648\u062F\u064A\u0629stcgroupdomainsoriginscouponsbloombergclubmedfroganslimitedxn--80aqecdr1aexposedinternationalequipmentbarclaycardxn--q7ce6axn--mgbi4ecexpprotectionassociatesconstructionxn--cck2b3bxn--45q11candroidfoundation\u05D9\u05E9\u05E8\u05D0\u05DCxn--mgbca7dzdocliniqueboutiqueengineerxn--qxa6asystemsfirmdalefashionauctionxn--nqv7finfinitirentalsreliancetradingweddingfishinghostinggentingbookingcookingxn--3hcrj9cgraingerxn--czrs0tdemocratsamsungyokohamaxn--h2breg3evexn--nyqy26alundbeckmelbournevacationssolutionsfrontierxn--vermgensberatung-pwbmanagementxn--cg4bkixn--mgb2ddeslincolnhamburgsandvikcoromantblockbusterairforcebarefootxn--4dbrk0ceinvestmentsfeedbackcommunityxn--ngbrx\u0627\u0644\u0628\u062D\u0631\u064A\u0646diamondsamsterdamhealthcareredumbrellaxn--mxtq1mxn--2scrj9cagakhanxn--mgbpl2fh\u043A\u0430\u0442\u043E\u043B\u0438\u043Acaravan\u0B9A\u0BBF\u0B99\u0BCD\u0B95\u0BAA\u0BCD\u0BAA\u0BC2\u0BB0\u0BCDrichardlimortgageamericanfamilyxn--fzc2c9e2cscholarshipssaarlandxn--imr513nvlaanderensamsclubgoodyearkitchen\u0B87\u0BA8\u0BCD\u0BA4\u0BBF\u0BAF\u0BBEweatherchannelallfinanzxn--kput3i\u0627\u0644\u0633\u0639\u0648\u062F\u06CC\u06C3xn--90aisxn--efvy88h\u0627\u0644\u062C\u0632\u0627\u0626\u0631xn--mgbaam7a8hexchangejpmorganxn--tiq49xqyjfidelitysecurityxn--mk1bu44cwanggouxn--fiq64bxn--6qq986b3xlxn--mgbbh1a71exn--80ao21amarshallsxn--5tzm5gtravelerspanasoniclatrobeyoutubeaccountantsxn--rhqv96gxn--cckwcxetdanalyticsxn--ygbi2ammx\u0628\u0627\u0632\u0627\u0631\u0628\u06BE\u0627\u0631\u062A\u0633\u0648\u0631\u064A\u0629organicfresenius\u0633\u0648\u0631\u064A\u0627xn--9krt00axn--qcka1pmcxn--jlq480n2rgdeloittesciencefinancexn--jvr189mxn--30rr7yhomesensehotmailbaseballfootballleclercboehringerxn--q9jyb4cxn--mix082f\u0627\u0644\u064A\u0645\u0646\u0647\u0645\u0631\u0627\u0647politie\u0633\u0648\u062F\u0627\u0646\u0627\u064A\u0631\u0627\u0646\u0627\u06CC\u0631\u0627\u0646netflixyamaxunxn--lgbbat1ad8jcollegestoragecapetowncolognekerrypropertiesxn--mgbgu82axn--ogbpf8flxn--czru2dwhoswhociprianilasallexn--g2xx48cforsalebanamexaudiblexn--vermgensberater-ctbxn--zfr164bericssonvanguardxn--45brj9cindustriestheatremarriottxn--3bst00mcomparexn--mgberp4a5d4a87gcapitaldigital\u0627\u0644\u0645\u063A\u0631\u0628barcelonashangrilaxn--d1alfcalvinkleinwwwcitysapporokawasakinagoyasendaikobekitakyushuyokohamackjp";
    var rulesRoot = 668;
    var exceptionsRoot = 672;
    var charCodeAt = String.prototype.charCodeAt;
    var numberOfNodes = nodeFlags.length;
    var numberOfEdges = edgeLength.length;
    var edgeOffset = new Uint32Array(numberOfEdges);
    var edgeHash = new Uint32Array(numberOfEdges);
    var wildcardEdge = new Int32Array(numberOfNodes).fill(-1);
    for (let node = 0, offset = 0; node < numberOfNodes; node += 1) {
      for (let edge = edgeStart[node]; edge < edgeStart[node + 1]; edge += 1) {
        edgeOffset[edge] = offset;
        const end = offset + edgeLength[edge];
        let hash = 5381;
        for (let i = end - 1; i >= offset; i -= 1) {
          hash = hash * 33 ^ labelText.charCodeAt(i);
        }
        edgeHash[edge] = hash >>> 0;
        if (edgeLength[edge] === 1 && labelText.charCodeAt(offset) === 42) {
          wildcardEdge[node] = edge;
        }
        offset = end;
      }
    }
    var matchNode = -1;
    var matchStart = 0;
    var matchEnd = 0;
    function labelEquals(edge, hostname, start, length) {
      if (edgeLength[edge] !== length) {
        return false;
      }
      const offset = edgeOffset[edge];
      for (let i = 0; i < length; i += 1) {
        if (labelText.charCodeAt(offset + i) !== hostname.charCodeAt(start + i)) {
          return false;
        }
      }
      return true;
    }
    function findEdge(node, hash, hostname, start, length) {
      let lo = edgeStart[node];
      let hi = edgeStart[node + 1];
      while (lo < hi) {
        const mid = lo + hi >>> 1;
        const value = edgeHash[mid];
        if (value < hash) {
          lo = mid + 1;
        } else if (value > hash) {
          hi = mid;
        } else {
          for (let e = mid; e >= lo && edgeHash[e] === hash; e -= 1) {
            if (labelEquals(e, hostname, start, length))
              return e;
          }
          for (let e = mid + 1; e < hi && edgeHash[e] === hash; e += 1) {
            if (labelEquals(e, hostname, start, length))
              return e;
          }
          return -1;
        }
      }
      return -1;
    }
    function walk2(hostname, root, allowedMask) {
      let node = root;
      let end = hostname.length;
      let hash = 5381;
      matchNode = -1;
      for (let i = hostname.length - 1; i >= 0; i -= 1) {
        const code = charCodeAt.call(hostname, i);
        if (code === 46) {
          const start = i + 1;
          let edge2 = findEdge(node, hash >>> 0, hostname, start, end - start);
          if (edge2 === -1 && end !== start) {
            edge2 = wildcardEdge[node];
          }
          if (edge2 === -1) {
            return matchNode !== -1;
          }
          node = edgeChild[edge2];
          if ((nodeFlags[node] & allowedMask) !== 0) {
            matchNode = node;
            matchStart = start;
            matchEnd = end;
          }
          end = i;
          hash = 5381;
        } else {
          hash = hash * 33 ^ code;
        }
      }
      let edge = findEdge(node, hash >>> 0, hostname, 0, end);
      if (edge === -1 && end !== 0) {
        edge = wildcardEdge[node];
      }
      if (edge !== -1) {
        node = edgeChild[edge];
        if ((nodeFlags[node] & allowedMask) !== 0) {
          matchNode = node;
          matchStart = 0;
          matchEnd = end;
        }
      }
      return matchNode !== -1;
    }
    function suffixLookup(hostname, options, out) {
      if (fastPathLookup(hostname, options, out)) {
        return false;
      }
      const allowedMask = (options.allowPrivateDomains ? 2 : 0) | (options.allowIcannDomains ? 1 : 0);
      if (walk2(hostname, exceptionsRoot, allowedMask)) {
        out.isIcann = (nodeFlags[matchNode] & 1) !== 0;
        out.isPrivate = (nodeFlags[matchNode] & 2) !== 0;
        out.publicSuffix = hostname.slice(matchEnd + 1);
        return true;
      }
      if (walk2(hostname, rulesRoot, allowedMask)) {
        out.isIcann = (nodeFlags[matchNode] & 1) !== 0;
        out.isPrivate = (nodeFlags[matchNode] & 2) !== 0;
        out.publicSuffix = hostname.slice(matchStart);
        return false;
      }
      out.isIcann = false;
      out.isPrivate = false;
      const lastDot = hostname.lastIndexOf(".");
      out.publicSuffix = lastDot === -1 ? hostname : hostname.slice(lastDot + 1);
      return false;
    }
    var RESULT = getEmptyResult();
    function parse2(url, options) {
      return parseImpl(url, 5, suffixLookup, options, getEmptyResult());
    }
    function getHostname(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 0, suffixLookup, options, RESULT).hostname;
    }
    function getPublicSuffix(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 2, suffixLookup, options, RESULT).publicSuffix;
    }
    function getDomain2(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 3, suffixLookup, options, RESULT).domain;
    }
    function getFullDomain(url, options) {
      resetResult(RESULT);
      const result = parseImpl(url, 3, suffixLookup, options, RESULT);
      return result.domain === null ? null : result.hostname;
    }
    function getSubdomain(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 4, suffixLookup, options, RESULT).subdomain;
    }
    function getDomainWithoutSuffix(url, options) {
      resetResult(RESULT);
      return parseImpl(url, 5, suffixLookup, options, RESULT).domainWithoutSuffix;
    }
    exports.getDomain = getDomain2;
    exports.getDomainWithoutSuffix = getDomainWithoutSuffix;
    exports.getFullDomain = getFullDomain;
    exports.getHostname = getHostname;
    exports.getPublicSuffix = getPublicSuffix;
    exports.getSubdomain = getSubdomain;
    exports.parse = parse2;
  }
});

// node_modules/ipaddr.js/lib/ipaddr.js
var require_ipaddr = __commonJS({
  "node_modules/ipaddr.js/lib/ipaddr.js"(exports, module) {
    (function(root) {
      "use strict";
      const ipv4Part = "(0?\\d+|0x[a-f0-9]+)";
      const ipv4Regexes = {
        fourOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        threeOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}$`, "i"),
        twoOctet: new RegExp(`^${ipv4Part}\\.${ipv4Part}$`, "i"),
        longValue: new RegExp(`^${ipv4Part}$`, "i")
      };
      const octalRegex = new RegExp(`^0[0-7]+$`, "i");
      const hexRegex = new RegExp(`^0x[a-f0-9]+$`, "i");
      const zoneIndex = "%[0-9a-z]{1,}";
      const ipv6Part = "(?:[0-9a-f]+::?)+";
      const ipv6Regexes = {
        zoneIndex: new RegExp(zoneIndex, "i"),
        "native": new RegExp(`^(::)?(${ipv6Part})?([0-9a-f]+)?(::)?(${zoneIndex})?$`, "i"),
        deprecatedTransitional: new RegExp(`^(?:::)(${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?)$`, "i"),
        transitional: new RegExp(`^((?:${ipv6Part})|(?:::)(?:${ipv6Part})?)${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}\\.${ipv4Part}(${zoneIndex})?$`, "i")
      };
      function expandIPv6(string2, parts) {
        if (string2.indexOf("::") !== string2.lastIndexOf("::")) {
          return null;
        }
        let colonCount = 0;
        let lastColon = -1;
        let zoneId = (string2.match(ipv6Regexes.zoneIndex) || [])[0];
        let replacement, replacementCount;
        if (zoneId) {
          zoneId = zoneId.substring(1);
          string2 = string2.replace(/%.+$/, "");
        }
        while ((lastColon = string2.indexOf(":", lastColon + 1)) >= 0) {
          colonCount++;
        }
        if (string2.substr(0, 2) === "::") {
          colonCount--;
        }
        if (string2.substr(-2, 2) === "::") {
          colonCount--;
        }
        if (colonCount >= parts) {
          return null;
        }
        replacementCount = parts - colonCount;
        replacement = ":";
        while (replacementCount--) {
          replacement += "0:";
        }
        string2 = string2.replace("::", replacement);
        if (string2[0] === ":") {
          string2 = string2.slice(1);
        }
        if (string2[string2.length - 1] === ":") {
          string2 = string2.slice(0, -1);
        }
        parts = (function() {
          const ref = string2.split(":");
          const results = [];
          for (let i = 0; i < ref.length; i++) {
            results.push(ref[i].length > 4 ? NaN : parseInt(ref[i], 16));
          }
          return results;
        })();
        return {
          parts,
          zoneId
        };
      }
      function matchCIDR(first, second, partSize, cidrBits) {
        if (first.length !== second.length) {
          throw new Error("ipaddr: cannot match CIDR for objects with different lengths");
        }
        let part = 0;
        let shift;
        while (cidrBits > 0) {
          shift = partSize - cidrBits;
          if (shift < 0) {
            shift = 0;
          }
          if (first[part] >> shift !== second[part] >> shift) {
            return false;
          }
          cidrBits -= partSize;
          part += 1;
        }
        return true;
      }
      function parseIntAuto(string2) {
        if (hexRegex.test(string2)) {
          return parseInt(string2, 16);
        }
        if (string2[0] === "0" && !isNaN(parseInt(string2[1], 10))) {
          if (octalRegex.test(string2)) {
            return parseInt(string2, 8);
          }
          throw new Error(`ipaddr: cannot parse ${string2} as octal`);
        }
        return parseInt(string2, 10);
      }
      function padPart(part, length) {
        while (part.length < length) {
          part = `0${part}`;
        }
        return part;
      }
      const ipaddr5 = {};
      ipaddr5.IPv4 = (function() {
        function IPv4(octets) {
          if (octets.length !== 4) {
            throw new Error("ipaddr: ipv4 octet count should be 4");
          }
          let i, octet;
          for (i = 0; i < octets.length; i++) {
            octet = octets[i];
            if (!(0 <= octet && octet <= 255)) {
              throw new Error("ipaddr: ipv4 octet should fit in 8 bits");
            }
          }
          this.octets = octets;
        }
        IPv4.prototype.SpecialRanges = {
          unspecified: [[new IPv4([0, 0, 0, 0]), 8]],
          broadcast: [[new IPv4([255, 255, 255, 255]), 32]],
          // RFC3171
          multicast: [[new IPv4([224, 0, 0, 0]), 4]],
          // RFC3927
          linkLocal: [[new IPv4([169, 254, 0, 0]), 16]],
          // RFC5735
          loopback: [[new IPv4([127, 0, 0, 0]), 8]],
          // RFC6598
          carrierGradeNat: [[new IPv4([100, 64, 0, 0]), 10]],
          // RFC1918
          "private": [
            [new IPv4([10, 0, 0, 0]), 8],
            [new IPv4([172, 16, 0, 0]), 12],
            [new IPv4([192, 168, 0, 0]), 16]
          ],
          // Reserved and testing-only ranges; RFCs 5735, 5737, 2544, 1700
          reserved: [
            [new IPv4([192, 0, 0, 0]), 24],
            [new IPv4([192, 0, 2, 0]), 24],
            [new IPv4([192, 88, 99, 0]), 24],
            [new IPv4([198, 18, 0, 0]), 15],
            [new IPv4([198, 51, 100, 0]), 24],
            [new IPv4([203, 0, 113, 0]), 24],
            [new IPv4([240, 0, 0, 0]), 4]
          ],
          // RFC7534, RFC7535
          as112: [
            [new IPv4([192, 175, 48, 0]), 24],
            [new IPv4([192, 31, 196, 0]), 24]
          ],
          // RFC7450
          amt: [
            [new IPv4([192, 52, 193, 0]), 24]
          ]
        };
        IPv4.prototype.kind = function() {
          return "ipv4";
        };
        IPv4.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv4") {
            throw new Error("ipaddr: cannot match ipv4 address with non-ipv4 one");
          }
          return matchCIDR(this.octets, other.octets, 8, cidrRange);
        };
        IPv4.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 8,
            128: 7,
            192: 6,
            224: 5,
            240: 4,
            248: 3,
            252: 2,
            254: 1,
            255: 0
          };
          let i, octet, zeros;
          for (i = 3; i >= 0; i -= 1) {
            octet = this.octets[i];
            if (octet in zerotable) {
              zeros = zerotable[octet];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 8) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 32 - cidr;
        };
        IPv4.prototype.range = function() {
          return ipaddr5.subnetMatch(this, this.SpecialRanges);
        };
        IPv4.prototype.toByteArray = function() {
          return this.octets.slice(0);
        };
        IPv4.prototype.toIPv4MappedAddress = function() {
          return ipaddr5.IPv6.parse(`::ffff:${this.toString()}`);
        };
        IPv4.prototype.toNormalizedString = function() {
          return this.toString();
        };
        IPv4.prototype.toString = function() {
          return this.octets.join(".");
        };
        return IPv4;
      })();
      ipaddr5.IPv4.broadcastAddressFromCIDR = function(string2) {
        try {
          const cidr = this.parseCIDR(string2);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr5.IPv4.isIPv4 = function(string2) {
        return this.parser(string2) !== null;
      };
      ipaddr5.IPv4.isValid = function(string2) {
        try {
          new this(this.parser(string2));
          return true;
        } catch {
          return false;
        }
      };
      ipaddr5.IPv4.isValidCIDR = function(string2) {
        try {
          this.parseCIDR(string2);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr5.IPv4.isValidFourPartDecimal = function(string2) {
        if (ipaddr5.IPv4.isValid(string2) && string2.match(/^(0|[1-9]\d*)(\.(0|[1-9]\d*)){3}$/)) {
          return true;
        } else {
          return false;
        }
      };
      ipaddr5.IPv4.isValidCIDRFourPartDecimal = function(string2) {
        const match = string2.match(/^(.+)\/(\d+)$/);
        if (!ipaddr5.IPv4.isValidCIDR(string2) || !match) {
          return false;
        }
        return ipaddr5.IPv4.isValidFourPartDecimal(match[1]);
      };
      ipaddr5.IPv4.networkAddressFromCIDR = function(string2) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string2);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 4) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv4 CIDR format", { cause: e });
        }
      };
      ipaddr5.IPv4.parse = function(string2) {
        const parts = this.parser(string2);
        if (parts === null) {
          throw new Error("ipaddr: string is not formatted like an IPv4 Address");
        }
        return new this(parts);
      };
      ipaddr5.IPv4.parseCIDR = function(string2) {
        let match;
        if (match = string2.match(/^(.+)\/(\d+)$/)) {
          const maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 32) {
            const parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv4 CIDR range");
      };
      ipaddr5.IPv4.parser = function(string2) {
        let match, part, value;
        if (match = string2.match(ipv4Regexes.fourOctet)) {
          return (function() {
            const ref = match.slice(1, 6);
            const results = [];
            for (let i = 0; i < ref.length; i++) {
              part = ref[i];
              results.push(parseIntAuto(part));
            }
            return results;
          })();
        } else if (match = string2.match(ipv4Regexes.longValue)) {
          value = parseIntAuto(match[1]);
          if (value > 4294967295 || value < 0) {
            throw new Error("ipaddr: address outside defined range");
          }
          return (function() {
            const results = [];
            let shift;
            for (shift = 0; shift <= 24; shift += 8) {
              results.push(value >> shift & 255);
            }
            return results;
          })().reverse();
        } else if (match = string2.match(ipv4Regexes.twoOctet)) {
          return (function() {
            const ref = match.slice(1, 4);
            const results = [];
            value = parseIntAuto(ref[1]);
            if (value > 16777215 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(value >> 16 & 255);
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else if (match = string2.match(ipv4Regexes.threeOctet)) {
          return (function() {
            const ref = match.slice(1, 5);
            const results = [];
            value = parseIntAuto(ref[2]);
            if (value > 65535 || value < 0) {
              throw new Error("ipaddr: address outside defined range");
            }
            results.push(parseIntAuto(ref[0]));
            results.push(parseIntAuto(ref[1]));
            results.push(value >> 8 & 255);
            results.push(value & 255);
            return results;
          })();
        } else {
          return null;
        }
      };
      ipaddr5.IPv4.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 32) {
          throw new Error("ipaddr: invalid IPv4 prefix length");
        }
        const octets = [0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 4) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr5.IPv6 = (function() {
        function IPv6(parts, zoneId) {
          let i, part;
          if (parts.length === 16) {
            this.parts = [];
            for (i = 0; i <= 14; i += 2) {
              this.parts.push(parts[i] << 8 | parts[i + 1]);
            }
          } else if (parts.length === 8) {
            this.parts = parts;
          } else {
            throw new Error("ipaddr: ipv6 part count should be 8 or 16");
          }
          for (i = 0; i < this.parts.length; i++) {
            part = this.parts[i];
            if (!(0 <= part && part <= 65535)) {
              throw new Error("ipaddr: ipv6 part should fit in 16 bits");
            }
          }
          if (zoneId) {
            this.zoneId = zoneId;
          }
        }
        IPv6.prototype.SpecialRanges = {
          // RFC4291, here and after
          unspecified: [new IPv6([0, 0, 0, 0, 0, 0, 0, 0]), 128],
          linkLocal: [new IPv6([65152, 0, 0, 0, 0, 0, 0, 0]), 10],
          multicast: [new IPv6([65280, 0, 0, 0, 0, 0, 0, 0]), 8],
          loopback: [new IPv6([0, 0, 0, 0, 0, 0, 0, 1]), 128],
          uniqueLocal: [new IPv6([64512, 0, 0, 0, 0, 0, 0, 0]), 7],
          ipv4Mapped: [new IPv6([0, 0, 0, 0, 0, 65535, 0, 0]), 96],
          // RFC3879
          deprecatedSiteLocal: [new IPv6([65216, 0, 0, 0, 0, 0, 0, 0]), 10],
          // RFC6666
          discard: [new IPv6([256, 0, 0, 0, 0, 0, 0, 0]), 64],
          // RFC6145
          rfc6145: [new IPv6([0, 0, 0, 0, 65535, 0, 0, 0]), 96],
          rfc6052: [
            // RFC6052
            [new IPv6([100, 65435, 0, 0, 0, 0, 0, 0]), 96],
            // RFC8215
            [new IPv6([100, 65435, 1, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC3056
          "6to4": [new IPv6([8194, 0, 0, 0, 0, 0, 0, 0]), 16],
          // RFC6052, RFC6146
          teredo: [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 32],
          // RFC5180
          benchmarking: [new IPv6([8193, 2, 0, 0, 0, 0, 0, 0]), 48],
          // RFC7450
          amt: [new IPv6([8193, 3, 0, 0, 0, 0, 0, 0]), 32],
          as112v6: [
            // RFC7535
            [new IPv6([8193, 4, 274, 0, 0, 0, 0, 0]), 48],
            // RFC7534
            [new IPv6([9760, 79, 32768, 0, 0, 0, 0, 0]), 48]
          ],
          // RFC4843
          deprecatedOrchid: [new IPv6([8193, 16, 0, 0, 0, 0, 0, 0]), 28],
          // RFC7343
          orchid2: [new IPv6([8193, 32, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9374
          droneRemoteIdProtocolEntityTags: [new IPv6([8193, 48, 0, 0, 0, 0, 0, 0]), 28],
          // RFC9602
          segmentRouting: [new IPv6([24320, 0, 0, 0, 0, 0, 0, 0]), 16],
          reserved: [
            // RFC3849
            [new IPv6([8193, 0, 0, 0, 0, 0, 0, 0]), 23],
            // RFC2928
            [new IPv6([8193, 3512, 0, 0, 0, 0, 0, 0]), 32],
            // RFC9637
            [new IPv6([16383, 0, 0, 0, 0, 0, 0, 0]), 20]
          ]
        };
        IPv6.prototype.isIPv4MappedAddress = function() {
          return this.range() === "ipv4Mapped";
        };
        IPv6.prototype.kind = function() {
          return "ipv6";
        };
        IPv6.prototype.match = function(other, cidrRange) {
          let ref;
          if (cidrRange === void 0) {
            ref = other;
            other = ref[0];
            cidrRange = ref[1];
          }
          if (other.kind() !== "ipv6") {
            throw new Error("ipaddr: cannot match ipv6 address with non-ipv6 one");
          }
          return matchCIDR(this.parts, other.parts, 16, cidrRange);
        };
        IPv6.prototype.prefixLengthFromSubnetMask = function() {
          let cidr = 0;
          let stop = false;
          const zerotable = {
            0: 16,
            32768: 15,
            49152: 14,
            57344: 13,
            61440: 12,
            63488: 11,
            64512: 10,
            65024: 9,
            65280: 8,
            65408: 7,
            65472: 6,
            65504: 5,
            65520: 4,
            65528: 3,
            65532: 2,
            65534: 1,
            65535: 0
          };
          let part, zeros;
          for (let i = 7; i >= 0; i -= 1) {
            part = this.parts[i];
            if (part in zerotable) {
              zeros = zerotable[part];
              if (stop && zeros !== 0) {
                return null;
              }
              if (zeros !== 16) {
                stop = true;
              }
              cidr += zeros;
            } else {
              return null;
            }
          }
          return 128 - cidr;
        };
        IPv6.prototype.range = function() {
          return ipaddr5.subnetMatch(this, this.SpecialRanges);
        };
        IPv6.prototype.toByteArray = function() {
          let part;
          const bytes = [];
          const ref = this.parts;
          for (let i = 0; i < ref.length; i++) {
            part = ref[i];
            bytes.push(part >> 8);
            bytes.push(part & 255);
          }
          return bytes;
        };
        IPv6.prototype.toFixedLengthString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(padPart(this.parts[i].toString(16), 4));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toIPv4Address = function() {
          if (!this.isIPv4MappedAddress()) {
            throw new Error("ipaddr: trying to convert a generic ipv6 address to ipv4");
          }
          const ref = this.parts.slice(-2);
          const high = ref[0];
          const low = ref[1];
          return new ipaddr5.IPv4([high >> 8, high & 255, low >> 8, low & 255]);
        };
        IPv6.prototype.toNormalizedString = function() {
          const addr = (function() {
            const results = [];
            for (let i = 0; i < this.parts.length; i++) {
              results.push(this.parts[i].toString(16));
            }
            return results;
          }).call(this).join(":");
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          return addr + suffix;
        };
        IPv6.prototype.toRFC5952String = function() {
          const regex = /((^|:)(0(:|$)){2,})/g;
          let suffix = "";
          if (this.zoneId) {
            suffix = `%${this.zoneId}`;
          }
          const normalized = this.toNormalizedString();
          const string2 = normalized.slice(0, normalized.length - suffix.length);
          let bestMatchIndex = 0;
          let bestMatchLength = -1;
          let bestMatchGroups = -1;
          let match;
          while (match = regex.exec(string2)) {
            const groups = (match[0].match(/0/g) || []).length;
            if (groups > bestMatchGroups) {
              bestMatchGroups = groups;
              bestMatchIndex = match.index;
              bestMatchLength = match[0].length;
            }
          }
          if (bestMatchLength < 0) {
            return string2 + suffix;
          }
          return `${string2.substring(0, bestMatchIndex)}::${string2.substring(bestMatchIndex + bestMatchLength)}${suffix}`;
        };
        IPv6.prototype.toString = function() {
          return this.toRFC5952String();
        };
        return IPv6;
      })();
      ipaddr5.IPv6.broadcastAddressFromCIDR = function(string2) {
        try {
          const cidr = this.parseCIDR(string2);
          const ipInterfaceOctets = cidr[0].toByteArray();
          const subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          const octets = [];
          let i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) | parseInt(subnetMaskOctets[i], 10) ^ 255);
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr5.IPv6.isIPv6 = function(string2) {
        return this.parser(string2) !== null;
      };
      ipaddr5.IPv6.isValid = function(string2) {
        if (typeof string2 === "string" && string2.indexOf(":") === -1) {
          return false;
        }
        try {
          const addr = this.parser(string2);
          new this(addr.parts, addr.zoneId);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr5.IPv6.isValidCIDR = function(string2) {
        if (typeof string2 === "string" && string2.indexOf(":") === -1) {
          return false;
        }
        try {
          this.parseCIDR(string2);
          return true;
        } catch {
          return false;
        }
      };
      ipaddr5.IPv6.networkAddressFromCIDR = function(string2) {
        let cidr, i, ipInterfaceOctets, octets, subnetMaskOctets;
        try {
          cidr = this.parseCIDR(string2);
          ipInterfaceOctets = cidr[0].toByteArray();
          subnetMaskOctets = this.subnetMaskFromPrefixLength(cidr[1]).toByteArray();
          octets = [];
          i = 0;
          while (i < 16) {
            octets.push(parseInt(ipInterfaceOctets[i], 10) & parseInt(subnetMaskOctets[i], 10));
            i++;
          }
          return new this(octets);
        } catch (e) {
          throw new Error("ipaddr: the address does not have IPv6 CIDR format", { cause: e });
        }
      };
      ipaddr5.IPv6.parse = function(string2) {
        const addr = this.parser(string2);
        if (addr === null) {
          throw new Error("ipaddr: string is not formatted like an IPv6 Address");
        }
        return new this(addr.parts, addr.zoneId);
      };
      ipaddr5.IPv6.parseCIDR = function(string2) {
        let maskLength, match, parsed;
        if (match = string2.match(/^(.+)\/(\d+)$/)) {
          maskLength = parseInt(match[2]);
          if (maskLength >= 0 && maskLength <= 128) {
            parsed = [this.parse(match[1]), maskLength];
            Object.defineProperty(parsed, "toString", {
              value: function() {
                return this.join("/");
              }
            });
            return parsed;
          }
        }
        throw new Error("ipaddr: string is not formatted like an IPv6 CIDR range");
      };
      ipaddr5.IPv6.parser = function(string2) {
        let addr, i, match, octet, octets, zoneId;
        if (match = string2.match(ipv6Regexes.deprecatedTransitional)) {
          return this.parser(`::ffff:${match[1]}`);
        }
        if (ipv6Regexes.native.test(string2)) {
          return expandIPv6(string2, 8);
        }
        if (match = string2.match(ipv6Regexes.transitional)) {
          zoneId = match[6] || "";
          addr = match[1];
          if (!match[1].endsWith("::")) {
            addr = addr.slice(0, -1);
          }
          addr = expandIPv6(addr + zoneId, 6);
          if (addr && addr.parts) {
            octets = [
              parseInt(match[2]),
              parseInt(match[3]),
              parseInt(match[4]),
              parseInt(match[5])
            ];
            for (i = 0; i < octets.length; i++) {
              octet = octets[i];
              if (!(0 <= octet && octet <= 255)) {
                return null;
              }
            }
            addr.parts.push(octets[0] << 8 | octets[1]);
            addr.parts.push(octets[2] << 8 | octets[3]);
            return {
              parts: addr.parts,
              zoneId: addr.zoneId
            };
          }
        }
        return null;
      };
      ipaddr5.IPv6.subnetMaskFromPrefixLength = function(prefix) {
        prefix = parseInt(prefix);
        if (Number.isNaN(prefix) || prefix < 0 || prefix > 128) {
          throw new Error("ipaddr: invalid IPv6 prefix length");
        }
        const octets = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
        let j = 0;
        const filledOctetCount = Math.floor(prefix / 8);
        while (j < filledOctetCount) {
          octets[j] = 255;
          j++;
        }
        if (filledOctetCount < 16) {
          octets[filledOctetCount] = Math.pow(2, prefix % 8) - 1 << 8 - prefix % 8;
        }
        return new this(octets);
      };
      ipaddr5.fromByteArray = function(bytes) {
        const length = bytes.length;
        if (length === 4) {
          return new ipaddr5.IPv4(bytes);
        } else if (length === 16) {
          return new ipaddr5.IPv6(bytes);
        } else {
          throw new Error("ipaddr: the binary input is neither an IPv6 nor IPv4 address");
        }
      };
      ipaddr5.isValid = function(string2) {
        return ipaddr5.IPv6.isValid(string2) || ipaddr5.IPv4.isValid(string2);
      };
      ipaddr5.isValidCIDR = function(string2) {
        return ipaddr5.IPv6.isValidCIDR(string2) || ipaddr5.IPv4.isValidCIDR(string2);
      };
      ipaddr5.parse = function(string2) {
        if (ipaddr5.IPv6.isValid(string2)) {
          return ipaddr5.IPv6.parse(string2);
        } else if (ipaddr5.IPv4.isValid(string2)) {
          return ipaddr5.IPv4.parse(string2);
        } else {
          throw new Error("ipaddr: the address has neither IPv6 nor IPv4 format");
        }
      };
      ipaddr5.parseCIDR = function(string2) {
        try {
          return ipaddr5.IPv6.parseCIDR(string2);
        } catch {
          try {
            return ipaddr5.IPv4.parseCIDR(string2);
          } catch (e) {
            throw new Error("ipaddr: the address has neither IPv6 nor IPv4 CIDR format", { cause: e });
          }
        }
      };
      ipaddr5.process = function(string2) {
        const addr = this.parse(string2);
        if (addr.kind() === "ipv6" && addr.isIPv4MappedAddress()) {
          return addr.toIPv4Address();
        } else {
          return addr;
        }
      };
      ipaddr5.subnetMatch = function(address, rangeList, defaultName) {
        let i, rangeName, rangeSubnets, subnet;
        if (defaultName === void 0 || defaultName === null) {
          defaultName = "unicast";
        }
        for (rangeName in rangeList) {
          if (Object.prototype.hasOwnProperty.call(rangeList, rangeName)) {
            rangeSubnets = rangeList[rangeName];
            if (rangeSubnets[0] && !(rangeSubnets[0] instanceof Array)) {
              rangeSubnets = [rangeSubnets];
            }
            for (i = 0; i < rangeSubnets.length; i++) {
              subnet = rangeSubnets[i];
              if (address.kind() === subnet[0].kind() && address.match.apply(address, subnet)) {
                return rangeName;
              }
            }
          }
        }
        return defaultName;
      };
      if (typeof module !== "undefined" && module.exports) {
        module.exports = ipaddr5;
      } else {
        root.ipaddr = ipaddr5;
      }
    })(exports);
  }
});

// action/args.ts
import { resolve } from "node:path";
import { parseArgs } from "node:util";

// action/options.ts
var FAIL_ON_VALUES = ["regression", "warning", "error", "never"];
var GRADES = ["A", "B", "C", "D", "E", "F"];
var DEFAULT_BASELINE = ".github/email-auth-baseline.json";
var UsageError = class extends Error {
  name = "UsageError";
};
function parseList(text) {
  const items = text.split(/[\n,]/).map((item) => item.trim()).filter((item) => item !== "");
  return [...new Set(items)];
}
var DOMAIN_PREFIX = /^([^\s:,]+\.[^\s:,]+)\s*:(.*)$/;
var IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
function parsePerDomain(text) {
  const result = /* @__PURE__ */ new Map();
  for (const rawLine of text.split(/[\n;]/)) {
    const line = rawLine.trim();
    if (line === "") continue;
    const match = DOMAIN_PREFIX.exec(line);
    const prefixed = match && !IPV4.test(match[1]);
    const key = prefixed ? match[1].toLowerCase().replace(/\.$/, "") : "*";
    const items = parseList(prefixed ? match[2] : line);
    result.set(key, [.../* @__PURE__ */ new Set([...result.get(key) ?? [], ...items])]);
  }
  return result;
}
function itemsFor(perDomain, domain) {
  const key = domain.trim().toLowerCase().replace(/\.$/, "");
  return [.../* @__PURE__ */ new Set([...perDomain.get("*") ?? [], ...perDomain.get(key) ?? []])];
}
function parseFailOn(value) {
  const text = value.trim().toLowerCase();
  if (text === "") return "regression";
  const found = FAIL_ON_VALUES.find((candidate) => candidate === text);
  if (!found) throw new UsageError(`fail-on must be one of ${FAIL_ON_VALUES.join(", ")}; got "${value}".`);
  return found;
}
function parseGrade(value) {
  const text = value.trim().toUpperCase();
  if (text === "") return void 0;
  const found = GRADES.find((grade) => grade === text);
  if (!found) throw new UsageError(`min-grade must be one of ${GRADES.join(", ")}; got "${value}".`);
  return found;
}
function parseCount(value, name2, fallback) {
  const text = value.trim();
  if (text === "") return fallback;
  if (!/^\d+$/.test(text)) throw new UsageError(`${name2} must be a whole number; got "${value}".`);
  return Number(text);
}
function parseDohUrls(value) {
  const urls = parseList(value);
  for (const url of urls) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      parsed = void 0;
    }
    if (!parsed || parsed.protocol !== "https:" && parsed.protocol !== "http:") {
      throw new UsageError(
        `doh-url must be an http(s) URL such as https://cloudflare-dns.com/dns-query; got "${url}".`
      );
    }
  }
  return urls;
}
function meetsGrade(actual, minimum) {
  return GRADES.indexOf(actual) <= GRADES.indexOf(minimum);
}
function worstGrade(grades) {
  let worst;
  for (const grade of grades) if (worst === void 0 || !meetsGrade(grade, worst)) worst = grade;
  return worst;
}

// action/args.ts
var USAGE = `Usage: mailposture check <domain\u2026> [options]

Checks the email authentication (SPF, DMARC, DKIM, MX, PTR) of each domain over DNS-over-HTTPS.

Options:
  --selector S        DKIM selector to check (repeatable; "example.com: s1, s2" for one domain)
  --ip IP             sending IP whose reverse DNS to check (repeatable; "example.com: 192.0.2.1" for one domain)
  --json              print the run as JSON instead of a table
  --baseline FILE     compare with this baseline (the file the GitHub Action uses)
  --update-baseline   write the current state to the baseline (${DEFAULT_BASELINE} unless --baseline)
  --min-grade G       fail when a domain's grade is worse than G (${GRADES.join(", ")})
  --fail-on WHEN      ${FAIL_ON_VALUES.join(" | ")} (default regression)
  --doh-url URL       DNS-over-HTTPS endpoint (repeatable for failover; default Cloudflare)
  --dns-timeout-ms N  time allowed for one DoH exchange (default 3000)
  --dns-retries N     retries after a transient DNS failure (default 2)
  -h, --help          show this help

Exit codes: 0 fine \xB7 1 regression, grade below --min-grade, or a finding --fail-on counts \xB7 2 usage error \xB7
3 DNS could not answer (some check has no result; never with --fail-on never)`;
function parseCliArgs(argv, cwd) {
  let parsed;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError(error.message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: "help" };
  const [command, ...domains] = positionals;
  if (command === void 0) throw new UsageError('No command: use "mailposture check <domain\u2026>".');
  if (command !== "check") throw new UsageError(`Unknown command "${command}": use "mailposture check <domain\u2026>".`);
  if (domains.length === 0) throw new UsageError('No domain given: "mailposture check example.com".');
  const baseline = values.baseline ?? (values["update-baseline"] ? DEFAULT_BASELINE : void 0);
  return {
    kind: "check",
    json: values.json ?? false,
    options: {
      domains,
      selectors: parsePerDomain((values.selector ?? []).join("\n")),
      sendingIps: parsePerDomain((values.ip ?? []).join("\n")),
      baselinePath: baseline === void 0 ? void 0 : resolve(cwd, baseline),
      ...baseline === void 0 ? {} : { baselineLabel: baseline },
      updateBaseline: values["update-baseline"] ?? false,
      minGrade: parseGrade(values["min-grade"] ?? ""),
      failOn: parseFailOn(values["fail-on"] ?? ""),
      dohUrls: parseDohUrls((values["doh-url"] ?? []).join("\n")),
      dnsTimeoutMs: parseCount(values["dns-timeout-ms"] ?? "", "--dns-timeout-ms", 3e3),
      dnsRetries: parseCount(values["dns-retries"] ?? "", "--dns-retries", 2)
    }
  };
}
function parse(argv) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      selector: { type: "string", multiple: true },
      ip: { type: "string", multiple: true },
      json: { type: "boolean" },
      baseline: { type: "string" },
      "update-baseline": { type: "boolean" },
      "min-grade": { type: "string" },
      "fail-on": { type: "string" },
      "doh-url": { type: "string", multiple: true },
      "dns-timeout-ms": { type: "string" },
      "dns-retries": { type: "string" },
      help: { type: "boolean", short: "h" }
    }
  });
}

// core/dns/name.ts
var IPV4_LITERAL = /^\d{1,3}(\.\d{1,3}){3}$/;
var HOST_LABEL = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;
var NON_ASCII_OR_CONTROL = /[^\x21-\x7e]/;
var fail = (input, code, message) => ({
  ok: false,
  error: { code, message, input }
});
function toAsciiHost(input) {
  try {
    const host = new URL(`http://${input}/`).hostname;
    return NON_ASCII_OR_CONTROL.test(host) ? void 0 : host;
  } catch {
    return void 0;
  }
}
function parseDomain(input) {
  const unicode = input.trim();
  let name2 = unicode.endsWith(".") ? unicode.slice(0, -1) : unicode;
  if (name2 === "") return fail(input, "empty", "The domain name is empty.");
  if (name2.length > 1024) return fail(input, "too-long", "The domain name is longer than 253 characters.");
  if (name2.startsWith("[") || name2.includes(":") || IPV4_LITERAL.test(name2)) {
    return fail(input, "ip-literal", `"${name2}" is an IP address; give a domain name.`);
  }
  if (NON_ASCII_OR_CONTROL.test(name2)) {
    if (/[\x00-\x20\x7f%/\\?#@]/.test(name2)) {
      return fail(input, "invalid-character", "The domain name contains a space, control or URL character.");
    }
    const ascii = toAsciiHost(name2);
    if (ascii === void 0) return fail(input, "idna", `"${name2}" is not a valid internationalized domain name.`);
    if (IPV4_LITERAL.test(ascii)) {
      return fail(input, "ip-literal", `"${name2}" is the IP address ${ascii}; give a domain name.`);
    }
    name2 = ascii;
  }
  name2 = name2.toLowerCase();
  if (name2.length > 253) return fail(input, "too-long", "The domain name is longer than 253 characters.");
  const labels = name2.split(".");
  for (const label of labels) {
    if (label === "") return fail(input, "label-empty", `"${name2}" has an empty label (two dots in a row).`);
    if (label.length > 63) return fail(input, "label-too-long", `The label "${label}" is longer than 63 characters.`);
    if (!HOST_LABEL.test(label)) {
      return fail(input, "invalid-character", `The label "${label}" may hold only letters, digits and inner hyphens.`);
    }
  }
  if (labels.length < 2) return fail(input, "single-label", `"${name2}" is a single label; give a full domain name.`);
  return { ok: true, name: name2, unicode };
}
function utf8Length(text) {
  let octets = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) continue;
    if (code < 2048) octets += 1;
    else if (code >= 55296 && code <= 56319 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 56320 && next <= 57343) i++;
      octets += 2;
    } else octets += 2;
  }
  return octets;
}
function checkQueryName(name2) {
  const bare = name2.endsWith(".") ? name2.slice(0, -1) : name2;
  if (bare === "") return "The name is empty.";
  const octets = utf8Length(bare);
  if (octets > 253) return `The name is ${octets} octets long; DNS allows 253.`;
  for (const label of bare.split(".")) {
    if (label === "") return `The name "${bare}" has an empty label.`;
    const length = utf8Length(label);
    if (length > 63) return `A label of "${bare}" is ${length} octets long; DNS allows 63.`;
  }
  return void 0;
}
function canonicalName(name2) {
  const lower = name2.toLowerCase();
  return lower.endsWith(".") ? lower.slice(0, -1) : lower;
}

// node_modules/@leichtgewicht/ip-codec/index.mjs
var v4Regex = /^(\d{1,3}\.){3,3}\d{1,3}$/;
var v4Size = 4;
var v6Regex = /^(::)?(((\d{1,3}\.){3}(\d{1,3}){1})?([0-9a-f]){0,4}:{0,2}){1,8}(::)?$/i;
var v6Size = 16;
var v4 = {
  name: "v4",
  size: v4Size,
  isFormat: (ip) => v4Regex.test(ip),
  encode(ip, buff, offset) {
    offset = ~~offset;
    buff = buff || new Uint8Array(offset + v4Size);
    const max = ip.length;
    let n = 0;
    for (let i = 0; i < max; ) {
      const c = ip.charCodeAt(i++);
      if (c === 46) {
        buff[offset++] = n;
        n = 0;
      } else {
        n = n * 10 + (c - 48);
      }
    }
    buff[offset] = n;
    return buff;
  },
  decode(buff, offset) {
    offset = ~~offset;
    return `${buff[offset++]}.${buff[offset++]}.${buff[offset++]}.${buff[offset]}`;
  }
};
var v6 = {
  name: "v6",
  size: v6Size,
  isFormat: (ip) => ip.length > 0 && v6Regex.test(ip),
  encode(ip, buff, offset) {
    offset = ~~offset;
    let end = offset + v6Size;
    let fill = -1;
    let hexN = 0;
    let decN = 0;
    let prevColon = true;
    let useDec = false;
    buff = buff || new Uint8Array(offset + v6Size);
    for (let i = 0; i < ip.length; i++) {
      let c = ip.charCodeAt(i);
      if (c === 58) {
        if (prevColon) {
          if (fill !== -1) {
            if (offset < end) buff[offset] = 0;
            if (offset < end - 1) buff[offset + 1] = 0;
            offset += 2;
          } else if (offset < end) {
            fill = offset;
          }
        } else {
          if (useDec === true) {
            if (offset < end) buff[offset] = decN;
            offset++;
          } else {
            if (offset < end) buff[offset] = hexN >> 8;
            if (offset < end - 1) buff[offset + 1] = hexN & 255;
            offset += 2;
          }
          hexN = 0;
          decN = 0;
        }
        prevColon = true;
        useDec = false;
      } else if (c === 46) {
        if (offset < end) buff[offset] = decN;
        offset++;
        decN = 0;
        hexN = 0;
        prevColon = false;
        useDec = true;
      } else {
        prevColon = false;
        if (c >= 97) {
          c -= 87;
        } else if (c >= 65) {
          c -= 55;
        } else {
          c -= 48;
          decN = decN * 10 + c;
        }
        hexN = (hexN << 4) + c;
      }
    }
    if (prevColon === false) {
      if (useDec === true) {
        if (offset < end) buff[offset] = decN;
        offset++;
      } else {
        if (offset < end) buff[offset] = hexN >> 8;
        if (offset < end - 1) buff[offset + 1] = hexN & 255;
        offset += 2;
      }
    } else if (fill === 0) {
      if (offset < end) buff[offset] = 0;
      if (offset < end - 1) buff[offset + 1] = 0;
      offset += 2;
    } else if (fill !== -1) {
      offset += 2;
      for (let i = Math.min(offset - 1, end - 1); i >= fill + 2; i--) {
        buff[i] = buff[i - 2];
      }
      buff[fill] = 0;
      buff[fill + 1] = 0;
      fill = offset;
    }
    if (fill !== offset && fill !== -1) {
      if (offset > end - 2) {
        offset = end - 2;
      }
      while (end > fill) {
        buff[--end] = offset < end && offset > fill ? buff[--offset] : 0;
      }
    } else {
      while (offset < end) {
        buff[offset++] = 0;
      }
    }
    return buff;
  },
  decode(buff, offset) {
    offset = ~~offset;
    let result = "";
    for (let i = 0; i < v6Size; i += 2) {
      if (i !== 0) {
        result += ":";
      }
      result += (buff[offset + i] << 8 | buff[offset + i + 1]).toString(16);
    }
    return result.replace(/(^|:)0(:0)*:0(:|$)/, "$1::$3").replace(/:{3,4}/, "::");
  }
};
function sizeOf(ip) {
  if (v4.isFormat(ip)) return v4.size;
  if (v6.isFormat(ip)) return v6.size;
  throw Error(`Invalid ip address: ${ip}`);
}
function familyOf(string2) {
  return sizeOf(string2) === v4.size ? 1 : 2;
}
function encode(ip, buff, offset) {
  offset = ~~offset;
  const size = sizeOf(ip);
  if (typeof buff === "function") {
    buff = buff(offset + size);
  }
  if (size === v4.size) {
    return v4.encode(ip, buff, offset);
  }
  return v6.encode(ip, buff, offset);
}
function decode(buff, offset, length) {
  offset = ~~offset;
  length = length || buff.length - offset;
  if (length === v4.size) {
    return v4.decode(buff, offset, length);
  }
  if (length === v6.size) {
    return v6.decode(buff, offset, length);
  }
  throw Error(`Invalid buffer size needs to be ${v4.size} for v4 or ${v6.size} for v6.`);
}

// node_modules/@leichtgewicht/dns-packet/types.mjs
function toString(type) {
  switch (type) {
    case 1:
      return "A";
    case 10:
      return "NULL";
    case 28:
      return "AAAA";
    case 18:
      return "AFSDB";
    case 42:
      return "APL";
    case 257:
      return "CAA";
    case 60:
      return "CDNSKEY";
    case 59:
      return "CDS";
    case 37:
      return "CERT";
    case 5:
      return "CNAME";
    case 49:
      return "DHCID";
    case 32769:
      return "DLV";
    case 39:
      return "DNAME";
    case 48:
      return "DNSKEY";
    case 43:
      return "DS";
    case 55:
      return "HIP";
    case 13:
      return "HINFO";
    case 45:
      return "IPSECKEY";
    case 25:
      return "KEY";
    case 36:
      return "KX";
    case 29:
      return "LOC";
    case 15:
      return "MX";
    case 35:
      return "NAPTR";
    case 2:
      return "NS";
    case 47:
      return "NSEC";
    case 50:
      return "NSEC3";
    case 51:
      return "NSEC3PARAM";
    case 12:
      return "PTR";
    case 46:
      return "RRSIG";
    case 17:
      return "RP";
    case 24:
      return "SIG";
    case 6:
      return "SOA";
    case 99:
      return "SPF";
    case 33:
      return "SRV";
    case 44:
      return "SSHFP";
    case 32768:
      return "TA";
    case 249:
      return "TKEY";
    case 52:
      return "TLSA";
    case 250:
      return "TSIG";
    case 16:
      return "TXT";
    case 252:
      return "AXFR";
    case 251:
      return "IXFR";
    case 41:
      return "OPT";
    case 255:
      return "ANY";
  }
  return "UNKNOWN_" + type;
}
function toType(name2) {
  switch (name2.toUpperCase()) {
    case "A":
      return 1;
    case "NULL":
      return 10;
    case "AAAA":
      return 28;
    case "AFSDB":
      return 18;
    case "APL":
      return 42;
    case "CAA":
      return 257;
    case "CDNSKEY":
      return 60;
    case "CDS":
      return 59;
    case "CERT":
      return 37;
    case "CNAME":
      return 5;
    case "DHCID":
      return 49;
    case "DLV":
      return 32769;
    case "DNAME":
      return 39;
    case "DNSKEY":
      return 48;
    case "DS":
      return 43;
    case "HIP":
      return 55;
    case "HINFO":
      return 13;
    case "IPSECKEY":
      return 45;
    case "KEY":
      return 25;
    case "KX":
      return 36;
    case "LOC":
      return 29;
    case "MX":
      return 15;
    case "NAPTR":
      return 35;
    case "NS":
      return 2;
    case "NSEC":
      return 47;
    case "NSEC3":
      return 50;
    case "NSEC3PARAM":
      return 51;
    case "PTR":
      return 12;
    case "RRSIG":
      return 46;
    case "RP":
      return 17;
    case "SIG":
      return 24;
    case "SOA":
      return 6;
    case "SPF":
      return 99;
    case "SRV":
      return 33;
    case "SSHFP":
      return 44;
    case "TA":
      return 32768;
    case "TKEY":
      return 249;
    case "TLSA":
      return 52;
    case "TSIG":
      return 250;
    case "TXT":
      return 16;
    case "AXFR":
      return 252;
    case "IXFR":
      return 251;
    case "OPT":
      return 41;
    case "ANY":
      return 255;
    case "*":
      return 255;
  }
  if (name2.toUpperCase().startsWith("UNKNOWN_")) return parseInt(name2.slice(8));
  return 0;
}

// node_modules/@leichtgewicht/dns-packet/rcodes.mjs
function toString2(rcode) {
  switch (rcode) {
    case 0:
      return "NOERROR";
    case 1:
      return "FORMERR";
    case 2:
      return "SERVFAIL";
    case 3:
      return "NXDOMAIN";
    case 4:
      return "NOTIMP";
    case 5:
      return "REFUSED";
    case 6:
      return "YXDOMAIN";
    case 7:
      return "YXRRSET";
    case 8:
      return "NXRRSET";
    case 9:
      return "NOTAUTH";
    case 10:
      return "NOTZONE";
    case 11:
      return "RCODE_11";
    case 12:
      return "RCODE_12";
    case 13:
      return "RCODE_13";
    case 14:
      return "RCODE_14";
    case 15:
      return "RCODE_15";
  }
  return "RCODE_" + rcode;
}

// node_modules/@leichtgewicht/dns-packet/opcodes.mjs
function toString3(opcode) {
  switch (opcode) {
    case 0:
      return "QUERY";
    case 1:
      return "IQUERY";
    case 2:
      return "STATUS";
    case 3:
      return "OPCODE_3";
    case 4:
      return "NOTIFY";
    case 5:
      return "UPDATE";
    case 6:
      return "OPCODE_6";
    case 7:
      return "OPCODE_7";
    case 8:
      return "OPCODE_8";
    case 9:
      return "OPCODE_9";
    case 10:
      return "OPCODE_10";
    case 11:
      return "OPCODE_11";
    case 12:
      return "OPCODE_12";
    case 13:
      return "OPCODE_13";
    case 14:
      return "OPCODE_14";
    case 15:
      return "OPCODE_15";
  }
  return "OPCODE_" + opcode;
}

// node_modules/@leichtgewicht/dns-packet/classes.mjs
function toString4(klass) {
  switch (klass) {
    case 1:
      return "IN";
    case 2:
      return "CS";
    case 3:
      return "CH";
    case 4:
      return "HS";
    case 255:
      return "ANY";
  }
  return "UNKNOWN_" + klass;
}
function toClass(name2) {
  switch (name2.toUpperCase()) {
    case "IN":
      return 1;
    case "CS":
      return 2;
    case "CH":
      return 3;
    case "HS":
      return 4;
    case "ANY":
      return 255;
  }
  return 0;
}

// node_modules/@leichtgewicht/dns-packet/optioncodes.mjs
function toString5(type) {
  switch (type) {
    // list at
    // https://www.iana.org/assignments/dns-parameters/dns-parameters.xhtml#dns-parameters-11
    case 1:
      return "LLQ";
    case 2:
      return "UL";
    case 3:
      return "NSID";
    case 5:
      return "DAU";
    case 6:
      return "DHU";
    case 7:
      return "N3U";
    case 8:
      return "CLIENT_SUBNET";
    case 9:
      return "EXPIRE";
    case 10:
      return "COOKIE";
    case 11:
      return "TCP_KEEPALIVE";
    case 12:
      return "PADDING";
    case 13:
      return "CHAIN";
    case 14:
      return "KEY_TAG";
    case 26946:
      return "DEVICEID";
  }
  if (type < 0) {
    return null;
  }
  return `OPTION_${type}`;
}
function toCode(name2) {
  if (typeof name2 === "number") {
    return name2;
  }
  if (!name2) {
    return -1;
  }
  switch (name2.toUpperCase()) {
    case "OPTION_0":
      return 0;
    case "LLQ":
      return 1;
    case "UL":
      return 2;
    case "NSID":
      return 3;
    case "OPTION_4":
      return 4;
    case "DAU":
      return 5;
    case "DHU":
      return 6;
    case "N3U":
      return 7;
    case "CLIENT_SUBNET":
      return 8;
    case "EXPIRE":
      return 9;
    case "COOKIE":
      return 10;
    case "TCP_KEEPALIVE":
      return 11;
    case "PADDING":
      return 12;
    case "CHAIN":
      return 13;
    case "KEY_TAG":
      return 14;
    case "DEVICEID":
      return 26946;
    case "OPTION_65535":
      return 65535;
  }
  const m = name2.match(/_(\d+)$/);
  if (m) {
    return parseInt(m[1], 10);
  }
  return -1;
}

// node_modules/utf8-codec/index.mjs
var SURROGATE_A = 55296;
var SURROGATE_B = 56320;
function encodingLength(str) {
  let len = 0;
  const strLen = str.length;
  for (let i = 0; i < strLen; i += 1) {
    const code = str.charCodeAt(i);
    if (code <= 127) {
      len += 1;
    } else if (code <= 2047) {
      len += 2;
    } else if ((code & 63488) !== SURROGATE_A) {
      len += 3;
    } else {
      const next = i + 1;
      if (next === strLen || code >= SURROGATE_B) {
        len += 3;
      } else {
        const nextCode = str.charCodeAt(next);
        if ((nextCode & 64512) !== SURROGATE_B) {
          len += 3;
        } else {
          i = next;
          len += 4;
        }
      }
    }
  }
  return len;
}
function encode2(str, buf, offset) {
  const strLen = str.length;
  if (offset === void 0 || offset === null) {
    offset = 0;
  }
  if (buf === void 0) {
    buf = new Uint8Array(encodingLength(str) + offset);
  }
  let off = offset;
  for (let i = 0; i < strLen; i += 1) {
    let code = str.charCodeAt(i);
    if (code <= 127) {
      buf[off++] = code;
    } else if (code <= 2047) {
      buf[off++] = 192 | (code & 1984) >> 6;
      buf[off++] = 128 | code & 63;
    } else if ((code & 63488) !== SURROGATE_A) {
      buf[off++] = 224 | (code & 61440) >> 12;
      buf[off++] = 128 | (code & 4032) >> 6;
      buf[off++] = 128 | code & 63;
    } else {
      const next = i + 1;
      if (next === strLen || code >= SURROGATE_B) {
        buf[off++] = 239;
        buf[off++] = 191;
        buf[off++] = 189;
      } else {
        const nextCode = str.charCodeAt(next);
        if ((nextCode & 64512) !== SURROGATE_B) {
          buf[off++] = 239;
          buf[off++] = 191;
          buf[off++] = 189;
        } else {
          i = next;
          code = 65536 | (code & 1023) << 10 | nextCode & 1023;
          buf[off++] = 240 | (code & 1835008) >> 18;
          buf[off++] = 128 | (code & 258048) >> 12;
          buf[off++] = 128 | (code & 4032) >> 6;
          buf[off++] = 128 | code & 63;
        }
      }
    }
  }
  encode2.bytes = off - offset;
  return buf;
}
encode2.bytes = 0;
function decode2(buf, start, end) {
  let result = "";
  if (start === void 0 || start === null) {
    start = 0;
  }
  if (end === void 0 || end === null) {
    end = buf.length;
  }
  for (let offset = start; offset < end; ) {
    const code = buf[offset++];
    let num;
    if (code <= 128) {
      num = code;
    } else if (code > 191 && code < 224) {
      num = (code & 31) << 6 | buf[offset++] & 63;
    } else if (code > 239 && code < 365) {
      num = ((code & 7) << 18 | (buf[offset++] & 63) << 12 | (buf[offset++] & 63) << 6 | buf[offset++] & 63) - 65536;
      const numA = SURROGATE_A | num >> 10 & 1023;
      result += String.fromCharCode(numA);
      num = SURROGATE_B | num & 1023;
    } else {
      num = (code & 15) << 12 | (buf[offset++] & 63) << 6 | buf[offset++] & 63;
    }
    result += String.fromCharCode(num);
  }
  decode2.bytes = end - start;
  return result;
}
decode2.bytes = 0;

// node_modules/@leichtgewicht/dns-packet/buffer_utils.mjs
var isU8Arr = (input) => input instanceof Uint8Array;
function bytelength(input) {
  return typeof input === "string" ? encodingLength(input) : input.byteLength;
}
function from(input) {
  if (input instanceof Uint8Array) {
    return input;
  }
  if (Array.isArray(input)) {
    return new Uint8Array(input);
  }
  return encode2(input);
}
function write(arr, str, start) {
  if (typeof str !== "string") {
    throw new Error("unknown input type");
  }
  encode2(str, arr, start);
  return encode2.bytes;
}
var P_24 = Math.pow(2, 24);
var P_16 = Math.pow(2, 16);
var P_8 = Math.pow(2, 8);
var readUInt32BE = (buf, offset) => buf[offset] * P_24 + buf[offset + 1] * P_16 + buf[offset + 2] * P_8 + buf[offset + 3];
var readUInt16BE = (buf, offset) => buf[offset] << 8 | buf[offset + 1];
var writeUInt32BE = (buf, value, offset) => {
  value = +value;
  buf[offset + 3] = value;
  value = value >>> 8;
  buf[offset + 2] = value;
  value = value >>> 8;
  buf[offset + 1] = value;
  value = value >>> 8;
  buf[offset] = value;
  return offset + 4;
};
var writeUInt16BE = (buf, value, offset) => {
  buf[offset] = value >> 8;
  buf[offset + 1] = value & 255;
  return offset + 2;
};
function copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (targetStart < 0) {
    sourceStart -= targetStart;
    targetStart = 0;
  }
  if (sourceStart < 0) {
    sourceStart = 0;
  }
  if (sourceEnd < 0) {
    return new Uint8Array(0);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) {
    return 0;
  }
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}
function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) {
    nb = sourceLen;
  }
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  target.set(source, targetStart);
  return nb;
}

// node_modules/@leichtgewicht/dns-packet/index.mjs
var QUERY_FLAG = 0;
var RESPONSE_FLAG = 1 << 15;
var FLUSH_MASK = 1 << 15;
var NOT_FLUSH_MASK = ~FLUSH_MASK;
var QU_MASK = 1 << 15;
var NOT_QU_MASK = ~QU_MASK;
function codec({ bytes = 0, encode: encode4, decode: decode5, encodingLength: encodingLength3 }) {
  encode4.bytes = bytes;
  decode5.bytes = bytes;
  return {
    encode: encode4,
    decode: decode5,
    encodingLength: encodingLength3 || (() => bytes)
  };
}
var name = codec({
  encode(str, buf, offset) {
    if (!buf) buf = new Uint8Array(name.encodingLength(str));
    if (!offset) offset = 0;
    const oldOffset = offset;
    const n = str.replace(/^\.|\.$/gm, "");
    if (n.length) {
      const list = n.split(".");
      for (let i = 0; i < list.length; i++) {
        const len = write(buf, list[i], offset + 1);
        buf[offset] = len;
        offset += len + 1;
      }
    }
    buf[offset++] = 0;
    name.encode.bytes = offset - oldOffset;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const list = [];
    let oldOffset = offset;
    let totalLength = 0;
    let consumedBytes = 0;
    let jumped = false;
    while (true) {
      if (offset >= buf.length) {
        throw new Error("Cannot decode name (buffer overflow)");
      }
      const len = buf[offset++];
      consumedBytes += jumped ? 0 : 1;
      if (len === 0) {
        break;
      } else if ((len & 192) === 0) {
        if (offset + len > buf.length) {
          throw new Error("Cannot decode name (buffer overflow)");
        }
        totalLength += len + 1;
        if (totalLength > 254) {
          throw new Error("Cannot decode name (name too long)");
        }
        list.push(decode2(buf, offset, offset + len));
        offset += len;
        consumedBytes += jumped ? 0 : len;
      } else if ((len & 192) === 192) {
        if (offset + 1 > buf.length) {
          throw new Error("Cannot decode name (buffer overflow)");
        }
        const jumpOffset = readUInt16BE(buf, offset - 1) - 49152;
        if (jumpOffset >= oldOffset) {
          throw new Error("Cannot decode name (bad pointer)");
        }
        offset = jumpOffset;
        oldOffset = jumpOffset;
        consumedBytes += jumped ? 0 : 1;
        jumped = true;
      } else {
        throw new Error("Cannot decode name (bad label)");
      }
    }
    name.decode.bytes = consumedBytes;
    return list.length === 0 ? "." : list.join(".");
  },
  encodingLength(n) {
    if (n === "." || n === "..") return 1;
    return bytelength(n.replace(/^\.|\.$/gm, "")) + 2;
  }
});
var string = codec({
  encode(s, buf, offset) {
    if (!buf) buf = new Uint8Array(string.encodingLength(s));
    if (!offset) offset = 0;
    const len = write(buf, s, offset + 1);
    buf[offset] = len;
    string.encode.bytes = len + 1;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const len = buf[offset];
    const s = decode2(buf, offset + 1, offset + 1 + len);
    string.decode.bytes = len + 1;
    return s;
  },
  encodingLength(s) {
    return bytelength(s) + 1;
  }
});
var header = codec({
  bytes: 12,
  encode(h, buf, offset) {
    if (!buf) buf = new Uint8Array(header.encodingLength(h));
    if (!offset) offset = 0;
    const flags = (h.flags || 0) & 32767;
    const type = h.type === "response" ? RESPONSE_FLAG : QUERY_FLAG;
    writeUInt16BE(buf, h.id || 0, offset);
    writeUInt16BE(buf, flags | type, offset + 2);
    writeUInt16BE(buf, h.questions.length, offset + 4);
    writeUInt16BE(buf, h.answers.length, offset + 6);
    writeUInt16BE(buf, h.authorities.length, offset + 8);
    writeUInt16BE(buf, h.additionals.length, offset + 10);
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    if (buf.length < 12) throw new Error("Header must be 12 bytes");
    const flags = readUInt16BE(buf, offset + 2);
    return {
      id: readUInt16BE(buf, offset),
      type: flags & RESPONSE_FLAG ? "response" : "query",
      flags: flags & 32767,
      flag_qr: (flags >> 15 & 1) === 1,
      opcode: toString3(flags >> 11 & 15),
      flag_aa: (flags >> 10 & 1) === 1,
      flag_tc: (flags >> 9 & 1) === 1,
      flag_rd: (flags >> 8 & 1) === 1,
      flag_ra: (flags >> 7 & 1) === 1,
      flag_z: (flags >> 6 & 1) === 1,
      flag_ad: (flags >> 5 & 1) === 1,
      flag_cd: (flags >> 4 & 1) === 1,
      rcode: toString2(flags & 15),
      questions: new Array(readUInt16BE(buf, offset + 4)),
      answers: new Array(readUInt16BE(buf, offset + 6)),
      authorities: new Array(readUInt16BE(buf, offset + 8)),
      additionals: new Array(readUInt16BE(buf, offset + 10))
    };
  },
  encodingLength() {
    return 12;
  }
});
var runknown = codec({
  encode(data, buf, offset) {
    if (!buf) buf = new Uint8Array(runknown.encodingLength(data));
    if (!offset) offset = 0;
    const dLen = data.length;
    writeUInt16BE(buf, dLen, offset);
    copy(data, buf, offset + 2, 0, dLen);
    runknown.encode.bytes = dLen + 2;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const len = readUInt16BE(buf, offset);
    const data = buf.slice(offset + 2, offset + 2 + len);
    runknown.decode.bytes = len + 2;
    return data;
  },
  encodingLength(data) {
    return data.length + 2;
  }
});
var rns = codec({
  encode(data, buf, offset) {
    if (!buf) buf = new Uint8Array(rns.encodingLength(data));
    if (!offset) offset = 0;
    name.encode(data, buf, offset + 2);
    writeUInt16BE(buf, name.encode.bytes, offset);
    rns.encode.bytes = name.encode.bytes + 2;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const len = readUInt16BE(buf, offset);
    const dd = name.decode(buf, offset + 2);
    rns.decode.bytes = len + 2;
    return dd;
  },
  encodingLength(data) {
    return name.encodingLength(data) + 2;
  }
});
var rsoa = codec({
  encode(data, buf, offset) {
    if (!buf) buf = new Uint8Array(rsoa.encodingLength(data));
    if (!offset) offset = 0;
    const oldOffset = offset;
    offset += 2;
    name.encode(data.mname, buf, offset);
    offset += name.encode.bytes;
    name.encode(data.rname, buf, offset);
    offset += name.encode.bytes;
    writeUInt32BE(buf, data.serial || 0, offset);
    offset += 4;
    writeUInt32BE(buf, data.refresh || 0, offset);
    offset += 4;
    writeUInt32BE(buf, data.retry || 0, offset);
    offset += 4;
    writeUInt32BE(buf, data.expire || 0, offset);
    offset += 4;
    writeUInt32BE(buf, data.minimum || 0, offset);
    offset += 4;
    writeUInt16BE(buf, offset - oldOffset - 2, oldOffset);
    rsoa.encode.bytes = offset - oldOffset;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const data = {};
    offset += 2;
    data.mname = name.decode(buf, offset);
    offset += name.decode.bytes;
    data.rname = name.decode(buf, offset);
    offset += name.decode.bytes;
    data.serial = readUInt32BE(buf, offset);
    offset += 4;
    data.refresh = readUInt32BE(buf, offset);
    offset += 4;
    data.retry = readUInt32BE(buf, offset);
    offset += 4;
    data.expire = readUInt32BE(buf, offset);
    offset += 4;
    data.minimum = readUInt32BE(buf, offset);
    offset += 4;
    rsoa.decode.bytes = offset - oldOffset;
    return data;
  },
  encodingLength(data) {
    return 22 + name.encodingLength(data.mname) + name.encodingLength(data.rname);
  }
});
var rtxt = codec({
  encode(data, buf, offset) {
    if (!Array.isArray(data)) data = [data];
    for (let i = 0; i < data.length; i++) {
      if (typeof data[i] === "string") {
        data[i] = from(data[i]);
      }
      if (!isU8Arr(data[i])) {
        throw new Error("Must be a Buffer");
      }
    }
    if (!buf) buf = new Uint8Array(rtxt.encodingLength(data));
    if (!offset) offset = 0;
    const oldOffset = offset;
    offset += 2;
    data.forEach(function(d) {
      buf[offset++] = d.length;
      copy(d, buf, offset, 0, d.length);
      offset += d.length;
    });
    writeUInt16BE(buf, offset - oldOffset - 2, oldOffset);
    rtxt.encode.bytes = offset - oldOffset;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    let remaining = readUInt16BE(buf, offset);
    offset += 2;
    const data = [];
    while (remaining > 0) {
      const len = buf[offset++];
      --remaining;
      if (remaining < len) {
        throw new Error("Buffer overflow");
      }
      data.push(buf.slice(offset, offset + len));
      offset += len;
      remaining -= len;
    }
    rtxt.decode.bytes = offset - oldOffset;
    return data;
  },
  encodingLength(data) {
    if (!Array.isArray(data)) data = [data];
    let length = 2;
    data.forEach(function(buf) {
      if (typeof buf === "string") {
        length += bytelength(buf) + 1;
      } else {
        length += buf.length + 1;
      }
    });
    return length;
  }
});
var rnull = codec({
  encode(data, buf, offset) {
    if (!buf) buf = new Uint8Array(rnull.encodingLength(data));
    if (!offset) offset = 0;
    if (typeof data === "string") data = from(data);
    if (!data) data = new Uint8Array(0);
    const oldOffset = offset;
    offset += 2;
    const len = data.length;
    copy(data, buf, offset, 0, len);
    offset += len;
    writeUInt16BE(buf, offset - oldOffset - 2, oldOffset);
    rnull.encode.bytes = offset - oldOffset;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const len = readUInt16BE(buf, offset);
    offset += 2;
    const data = buf.slice(offset, offset + len);
    offset += len;
    rnull.decode.bytes = offset - oldOffset;
    return data;
  },
  encodingLength(data) {
    if (!data) return 2;
    return (isU8Arr(data) ? data.length : bytelength(data)) + 2;
  }
});
var rhinfo = codec({
  encode(data, buf, offset) {
    if (!buf) buf = new Uint8Array(rhinfo.encodingLength(data));
    if (!offset) offset = 0;
    const oldOffset = offset;
    offset += 2;
    string.encode(data.cpu, buf, offset);
    offset += string.encode.bytes;
    string.encode(data.os, buf, offset);
    offset += string.encode.bytes;
    writeUInt16BE(buf, offset - oldOffset - 2, oldOffset);
    rhinfo.encode.bytes = offset - oldOffset;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const data = {};
    offset += 2;
    data.cpu = string.decode(buf, offset);
    offset += string.decode.bytes;
    data.os = string.decode(buf, offset);
    offset += string.decode.bytes;
    rhinfo.decode.bytes = offset - oldOffset;
    return data;
  },
  encodingLength(data) {
    return string.encodingLength(data.cpu) + string.encodingLength(data.os) + 2;
  }
});
var rptr = codec({
  encode(data, buf, offset) {
    if (!buf) buf = new Uint8Array(rptr.encodingLength(data));
    if (!offset) offset = 0;
    name.encode(data, buf, offset + 2);
    writeUInt16BE(buf, name.encode.bytes, offset);
    rptr.encode.bytes = name.encode.bytes + 2;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const data = name.decode(buf, offset + 2);
    rptr.decode.bytes = name.decode.bytes + 2;
    return data;
  },
  encodingLength(data) {
    return name.encodingLength(data) + 2;
  }
});
var rsrv = codec({
  encode(data, buf, offset) {
    if (!buf) buf = new Uint8Array(rsrv.encodingLength(data));
    if (!offset) offset = 0;
    writeUInt16BE(buf, data.priority || 0, offset + 2);
    writeUInt16BE(buf, data.weight || 0, offset + 4);
    writeUInt16BE(buf, data.port || 0, offset + 6);
    name.encode(data.target, buf, offset + 8);
    const len = name.encode.bytes + 6;
    writeUInt16BE(buf, len, offset);
    rsrv.encode.bytes = len + 2;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const len = readUInt16BE(buf, offset);
    const data = {};
    data.priority = readUInt16BE(buf, offset + 2);
    data.weight = readUInt16BE(buf, offset + 4);
    data.port = readUInt16BE(buf, offset + 6);
    data.target = name.decode(buf, offset + 8);
    rsrv.decode.bytes = len + 2;
    return data;
  },
  encodingLength(data) {
    return 8 + name.encodingLength(data.target);
  }
});
var rcaa = codec({
  encode(data, buf, offset) {
    const len = rcaa.encodingLength(data);
    if (!buf) buf = new Uint8Array(rcaa.encodingLength(data));
    if (!offset) offset = 0;
    if (data.issuerCritical) {
      data.flags = rcaa.ISSUER_CRITICAL;
    }
    writeUInt16BE(buf, len - 2, offset);
    offset += 2;
    buf[offset] = data.flags || 0;
    offset += 1;
    string.encode(data.tag, buf, offset);
    offset += string.encode.bytes;
    write(buf, data.value, offset);
    offset += bytelength(data.value);
    rcaa.encode.bytes = len;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const len = readUInt16BE(buf, offset);
    offset += 2;
    const oldOffset = offset;
    const data = {};
    data.flags = buf[offset];
    offset += 1;
    data.tag = string.decode(buf, offset);
    offset += string.decode.bytes;
    data.value = decode2(buf, offset, oldOffset + len);
    data.issuerCritical = !!(data.flags & rcaa.ISSUER_CRITICAL);
    rcaa.decode.bytes = len + 2;
    return data;
  },
  encodingLength(data) {
    return string.encodingLength(data.tag) + string.encodingLength(data.value) + 2;
  }
});
rcaa.ISSUER_CRITICAL = 1 << 7;
var rmx = codec({
  encode(data, buf, offset) {
    if (!buf) buf = new Uint8Array(rmx.encodingLength(data));
    if (!offset) offset = 0;
    const oldOffset = offset;
    offset += 2;
    writeUInt16BE(buf, data.preference || 0, offset);
    offset += 2;
    name.encode(data.exchange, buf, offset);
    offset += name.encode.bytes;
    writeUInt16BE(buf, offset - oldOffset - 2, oldOffset);
    rmx.encode.bytes = offset - oldOffset;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const data = {};
    offset += 2;
    data.preference = readUInt16BE(buf, offset);
    offset += 2;
    data.exchange = name.decode(buf, offset);
    offset += name.decode.bytes;
    rmx.decode.bytes = offset - oldOffset;
    return data;
  },
  encodingLength(data) {
    return 4 + name.encodingLength(data.exchange);
  }
});
var ra = codec({
  encode(host, buf, offset) {
    if (!buf) buf = new Uint8Array(ra.encodingLength(host));
    if (!offset) offset = 0;
    writeUInt16BE(buf, 4, offset);
    offset += 2;
    v4.encode(host, buf, offset);
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    offset += 2;
    const host = v4.decode(buf, offset);
    return host;
  },
  bytes: 6
});
var raaaa = codec({
  encode(host, buf, offset) {
    if (!buf) buf = new Uint8Array(raaaa.encodingLength(host));
    if (!offset) offset = 0;
    writeUInt16BE(buf, 16, offset);
    offset += 2;
    v6.encode(host, buf, offset);
    raaaa.encode.bytes = 18;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    offset += 2;
    const host = v6.decode(buf, offset);
    raaaa.decode.bytes = 18;
    return host;
  },
  bytes: 18
});
var alloc = (size) => new Uint8Array(size);
var roption = codec({
  encode(option, buf, offset) {
    if (!buf) buf = new Uint8Array(roption.encodingLength(option));
    if (!offset) offset = 0;
    const oldOffset = offset;
    const code = toCode(option.code);
    writeUInt16BE(buf, code, offset);
    offset += 2;
    if (option.data) {
      writeUInt16BE(buf, option.data.length, offset);
      offset += 2;
      copy(option.data, buf, offset);
      offset += option.data.length;
    } else {
      switch (code) {
        // case 3: NSID.  No encode makes sense.
        // case 5,6,7: Not implementable
        case 8:
          {
            const spl = option.sourcePrefixLength || 0;
            const fam = option.family || familyOf(option.ip, alloc);
            const ipBuf = encode(option.ip, alloc);
            const ipLen = Math.ceil(spl / 8);
            writeUInt16BE(buf, ipLen + 4, offset);
            offset += 2;
            writeUInt16BE(buf, fam, offset);
            offset += 2;
            buf[offset++] = spl;
            buf[offset++] = option.scopePrefixLength || 0;
            copy(ipBuf, buf, offset, 0, ipLen);
            offset += ipLen;
          }
          break;
        // case 9: EXPIRE (experimental)
        // case 10: COOKIE.  No encode makes sense.
        case 11:
          if (option.timeout) {
            writeUInt16BE(buf, 2, offset);
            offset += 2;
            writeUInt16BE(buf, option.timeout, offset);
            offset += 2;
          } else {
            writeUInt16BE(buf, 0, offset);
            offset += 2;
          }
          break;
        case 12:
          {
            const len = option.length || 0;
            writeUInt16BE(buf, len, offset);
            offset += 2;
            buf.fill(0, offset, offset + len);
            offset += len;
          }
          break;
        // case 13:  CHAIN.  Experimental.
        case 14:
          {
            const tagsLen = option.tags.length * 2;
            writeUInt16BE(buf, tagsLen, offset);
            offset += 2;
            for (const tag of option.tags) {
              writeUInt16BE(buf, tag, offset);
              offset += 2;
            }
          }
          break;
        default:
          throw new Error(`Unknown roption code: ${option.code}`);
      }
    }
    roption.encode.bytes = offset - oldOffset;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const option = {};
    option.code = readUInt16BE(buf, offset);
    option.type = toString5(option.code);
    offset += 2;
    const len = readUInt16BE(buf, offset);
    offset += 2;
    option.data = buf.slice(offset, offset + len);
    switch (option.code) {
      // case 3: NSID.  No decode makes sense.
      case 8:
        option.family = readUInt16BE(buf, offset);
        offset += 2;
        option.sourcePrefixLength = buf[offset++];
        option.scopePrefixLength = buf[offset++];
        {
          const padded = new Uint8Array(option.family === 1 ? 4 : 16);
          copy(buf, padded, 0, offset, offset + len - 4);
          option.ip = decode(padded);
        }
        break;
      // case 12: Padding.  No decode makes sense.
      case 11:
        if (len > 0) {
          option.timeout = readUInt16BE(buf, offset);
          offset += 2;
        }
        break;
      case 14:
        option.tags = [];
        for (let i = 0; i < len; i += 2) {
          option.tags.push(readUInt16BE(buf, offset));
          offset += 2;
        }
    }
    roption.decode.bytes = len + 4;
    return option;
  },
  encodingLength(option) {
    if (option.data) {
      return option.data.length + 4;
    }
    const code = toCode(option.code);
    switch (code) {
      case 8: {
        const spl = option.sourcePrefixLength || 0;
        return Math.ceil(spl / 8) + 8;
      }
      case 11:
        return typeof option.timeout === "number" ? 6 : 4;
      case 12:
        return option.length + 4;
      case 14:
        return 4 + option.tags.length * 2;
    }
    throw new Error(`Unknown roption code: ${option.code}`);
  }
});
var ropt = codec({
  encode(options, buf, offset) {
    if (!buf) buf = new Uint8Array(ropt.encodingLength(options));
    if (!offset) offset = 0;
    const oldOffset = offset;
    const rdlen = encodingLengthList(options, roption);
    writeUInt16BE(buf, rdlen, offset);
    offset = encodeList(options, roption, buf, offset + 2);
    ropt.encode.bytes = offset - oldOffset;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const options = [];
    let rdlen = readUInt16BE(buf, offset);
    offset += 2;
    let o = 0;
    while (rdlen > 0) {
      options[o++] = roption.decode(buf, offset);
      offset += roption.decode.bytes;
      rdlen -= roption.decode.bytes;
    }
    ropt.decode.bytes = offset - oldOffset;
    return options;
  },
  encodingLength(options) {
    return 2 + encodingLengthList(options || [], roption);
  }
});
var rdnskey = codec({
  encode(key, buf, offset) {
    if (!buf) buf = new Uint8Array(rdnskey.encodingLength(key));
    if (!offset) offset = 0;
    const oldOffset = offset;
    const keydata = key.key;
    if (!isU8Arr(keydata)) {
      throw new Error("Key must be a Buffer");
    }
    offset += 2;
    writeUInt16BE(buf, key.flags, offset);
    offset += 2;
    buf[offset] = rdnskey.PROTOCOL_DNSSEC;
    offset += 1;
    buf[offset] = key.algorithm;
    offset += 1;
    copy(keydata, buf, offset, 0, keydata.length);
    offset += keydata.length;
    rdnskey.encode.bytes = offset - oldOffset;
    writeUInt16BE(buf, rdnskey.encode.bytes - 2, oldOffset);
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const key = {};
    const length = readUInt16BE(buf, offset);
    offset += 2;
    key.flags = readUInt16BE(buf, offset);
    offset += 2;
    if (buf[offset] !== rdnskey.PROTOCOL_DNSSEC) {
      throw new Error("Protocol must be 3");
    }
    offset += 1;
    key.algorithm = buf[offset];
    offset += 1;
    key.key = buf.slice(offset, oldOffset + length + 2);
    offset += key.key.length;
    rdnskey.decode.bytes = offset - oldOffset;
    return key;
  },
  encodingLength(key) {
    return 6 + bytelength(key.key);
  }
});
rdnskey.PROTOCOL_DNSSEC = 3;
rdnskey.ZONE_KEY = 128;
rdnskey.SECURE_ENTRYPOINT = 32768;
var rrrsig = codec({
  encode(sig, buf, offset) {
    if (!buf) buf = new Uint8Array(rrrsig.encodingLength(sig));
    if (!offset) offset = 0;
    const oldOffset = offset;
    const signature = sig.signature;
    if (!isU8Arr(signature)) {
      throw new Error("Signature must be a Buffer");
    }
    offset += 2;
    writeUInt16BE(buf, toType(sig.typeCovered), offset);
    offset += 2;
    buf[offset] = sig.algorithm;
    offset += 1;
    buf[offset] = sig.labels;
    offset += 1;
    writeUInt32BE(buf, sig.originalTTL, offset);
    offset += 4;
    writeUInt32BE(buf, sig.expiration, offset);
    offset += 4;
    writeUInt32BE(buf, sig.inception, offset);
    offset += 4;
    writeUInt16BE(buf, sig.keyTag, offset);
    offset += 2;
    name.encode(sig.signersName, buf, offset);
    offset += name.encode.bytes;
    copy(signature, buf, offset, 0, signature.length);
    offset += signature.length;
    rrrsig.encode.bytes = offset - oldOffset;
    writeUInt16BE(buf, rrrsig.encode.bytes - 2, oldOffset);
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const sig = {};
    const length = readUInt16BE(buf, offset);
    offset += 2;
    sig.typeCovered = toString(readUInt16BE(buf, offset));
    offset += 2;
    sig.algorithm = buf[offset];
    offset += 1;
    sig.labels = buf[offset];
    offset += 1;
    sig.originalTTL = readUInt32BE(buf, offset);
    offset += 4;
    sig.expiration = readUInt32BE(buf, offset);
    offset += 4;
    sig.inception = readUInt32BE(buf, offset);
    offset += 4;
    sig.keyTag = readUInt16BE(buf, offset);
    offset += 2;
    sig.signersName = name.decode(buf, offset);
    offset += name.decode.bytes;
    sig.signature = buf.slice(offset, oldOffset + length + 2);
    offset += sig.signature.length;
    rrrsig.decode.bytes = offset - oldOffset;
    return sig;
  },
  encodingLength(sig) {
    return 20 + name.encodingLength(sig.signersName) + bytelength(sig.signature);
  }
});
var rrp = codec({
  encode(data, buf, offset) {
    if (!buf) buf = new Uint8Array(rrp.encodingLength(data));
    if (!offset) offset = 0;
    const oldOffset = offset;
    offset += 2;
    name.encode(data.mbox || ".", buf, offset);
    offset += name.encode.bytes;
    name.encode(data.txt || ".", buf, offset);
    offset += name.encode.bytes;
    rrp.encode.bytes = offset - oldOffset;
    writeUInt16BE(buf, rrp.encode.bytes - 2, oldOffset);
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const data = {};
    offset += 2;
    data.mbox = name.decode(buf, offset) || ".";
    offset += name.decode.bytes;
    data.txt = name.decode(buf, offset) || ".";
    offset += name.decode.bytes;
    rrp.decode.bytes = offset - oldOffset;
    return data;
  },
  encodingLength(data) {
    return 2 + name.encodingLength(data.mbox || ".") + name.encodingLength(data.txt || ".");
  }
});
var typebitmap = codec({
  encode(typelist, buf, offset) {
    if (!buf) buf = new Uint8Array(typebitmap.encodingLength(typelist));
    if (!offset) offset = 0;
    const oldOffset = offset;
    const typesByWindow = [];
    for (let i = 0; i < typelist.length; i++) {
      const typeid = toType(typelist[i]);
      if (typesByWindow[typeid >> 8] === void 0) {
        typesByWindow[typeid >> 8] = [];
      }
      typesByWindow[typeid >> 8][typeid >> 3 & 31] |= 1 << 7 - (typeid & 7);
    }
    for (let i = 0; i < typesByWindow.length; i++) {
      if (typesByWindow[i] !== void 0) {
        const windowBuf = from(typesByWindow[i]);
        buf[offset] = i;
        offset += 1;
        buf[offset] = windowBuf.length;
        offset += 1;
        copy(windowBuf, buf, offset, 0, windowBuf.length);
        offset += windowBuf.length;
      }
    }
    typebitmap.encode.bytes = offset - oldOffset;
    return buf;
  },
  decode(buf, offset, length) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const typelist = [];
    while (offset - oldOffset < length) {
      const window = buf[offset];
      offset += 1;
      const windowLength = buf[offset];
      offset += 1;
      for (let i = 0; i < windowLength; i++) {
        const b = buf[offset + i];
        for (let j = 0; j < 8; j++) {
          if (b & 1 << 7 - j) {
            const typeid = toString(window << 8 | i << 3 | j);
            typelist.push(typeid);
          }
        }
      }
      offset += windowLength;
    }
    typebitmap.decode.bytes = offset - oldOffset;
    return typelist;
  },
  encodingLength(typelist) {
    const extents = [];
    for (let i = 0; i < typelist.length; i++) {
      const typeid = toType(typelist[i]);
      extents[typeid >> 8] = Math.max(extents[typeid >> 8] || 0, typeid & 255);
    }
    let len = 0;
    for (let i = 0; i < extents.length; i++) {
      if (extents[i] !== void 0) {
        len += 2 + Math.ceil((extents[i] + 1) / 8);
      }
    }
    return len;
  }
});
var rnsec = codec({
  encode(record, buf, offset) {
    if (!buf) buf = new Uint8Array(rnsec.encodingLength(record));
    if (!offset) offset = 0;
    const oldOffset = offset;
    offset += 2;
    name.encode(record.nextDomain, buf, offset);
    offset += name.encode.bytes;
    typebitmap.encode(record.rrtypes, buf, offset);
    offset += typebitmap.encode.bytes;
    rnsec.encode.bytes = offset - oldOffset;
    writeUInt16BE(buf, rnsec.encode.bytes - 2, oldOffset);
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const record = {};
    const length = readUInt16BE(buf, offset);
    offset += 2;
    record.nextDomain = name.decode(buf, offset);
    offset += name.decode.bytes;
    record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
    offset += typebitmap.decode.bytes;
    rnsec.decode.bytes = offset - oldOffset;
    return record;
  },
  encodingLength(record) {
    return 2 + name.encodingLength(record.nextDomain) + typebitmap.encodingLength(record.rrtypes);
  }
});
var rnsec3 = codec({
  encode(record, buf, offset) {
    if (!buf) buf = new Uint8Array(rnsec3.encodingLength(record));
    if (!offset) offset = 0;
    const oldOffset = offset;
    const salt = record.salt;
    if (!isU8Arr(salt)) {
      throw new Error("salt must be a Buffer");
    }
    const nextDomain = record.nextDomain;
    if (!isU8Arr(nextDomain)) {
      throw new Error("nextDomain must be a Buffer");
    }
    offset += 2;
    buf[offset] = record.algorithm;
    offset += 1;
    buf[offset] = record.flags;
    offset += 1;
    writeUInt16BE(buf, record.iterations, offset);
    offset += 2;
    buf[offset] = salt.length;
    offset += 1;
    copy(salt, buf, offset, 0, salt.length);
    offset += salt.length;
    buf[offset] = nextDomain.length;
    offset += 1;
    copy(nextDomain, buf, offset, 0, nextDomain.length);
    offset += nextDomain.length;
    typebitmap.encode(record.rrtypes, buf, offset);
    offset += typebitmap.encode.bytes;
    rnsec3.encode.bytes = offset - oldOffset;
    writeUInt16BE(buf, rnsec3.encode.bytes - 2, oldOffset);
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const record = {};
    const length = readUInt16BE(buf, offset);
    offset += 2;
    record.algorithm = buf[offset];
    offset += 1;
    record.flags = buf[offset];
    offset += 1;
    record.iterations = readUInt16BE(buf, offset);
    offset += 2;
    const saltLength = buf[offset];
    offset += 1;
    record.salt = buf.slice(offset, offset + saltLength);
    offset += saltLength;
    const hashLength = buf[offset];
    offset += 1;
    record.nextDomain = buf.slice(offset, offset + hashLength);
    offset += hashLength;
    record.rrtypes = typebitmap.decode(buf, offset, length - (offset - oldOffset));
    offset += typebitmap.decode.bytes;
    rnsec3.decode.bytes = offset - oldOffset;
    return record;
  },
  encodingLength(record) {
    return 8 + record.salt.length + record.nextDomain.length + typebitmap.encodingLength(record.rrtypes);
  }
});
var rds = codec({
  encode(digest, buf, offset) {
    if (!buf) buf = new Uint8Array(rds.encodingLength(digest));
    if (!offset) offset = 0;
    const oldOffset = offset;
    const digestdata = digest.digest;
    if (!isU8Arr(digestdata)) {
      throw new Error("Digest must be a Buffer");
    }
    offset += 2;
    writeUInt16BE(buf, digest.keyTag, offset);
    offset += 2;
    buf[offset] = digest.algorithm;
    offset += 1;
    buf[offset] = digest.digestType;
    offset += 1;
    copy(digestdata, buf, offset, 0, digestdata.length);
    offset += digestdata.length;
    rds.encode.bytes = offset - oldOffset;
    writeUInt16BE(buf, rds.encode.bytes - 2, oldOffset);
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const digest = {};
    const length = readUInt16BE(buf, offset);
    offset += 2;
    digest.keyTag = readUInt16BE(buf, offset);
    offset += 2;
    digest.algorithm = buf[offset];
    offset += 1;
    digest.digestType = buf[offset];
    offset += 1;
    digest.digest = buf.slice(offset, oldOffset + length + 2);
    offset += digest.digest.length;
    rds.decode.bytes = offset - oldOffset;
    return digest;
  },
  encodingLength(digest) {
    return 6 + bytelength(digest.digest);
  }
});
function renc(type) {
  switch (type.toUpperCase()) {
    case "A":
      return ra;
    case "PTR":
      return rptr;
    case "CNAME":
      return rptr;
    case "DNAME":
      return rptr;
    case "TXT":
      return rtxt;
    case "NULL":
      return rnull;
    case "AAAA":
      return raaaa;
    case "SRV":
      return rsrv;
    case "HINFO":
      return rhinfo;
    case "CAA":
      return rcaa;
    case "NS":
      return rns;
    case "SOA":
      return rsoa;
    case "MX":
      return rmx;
    case "OPT":
      return ropt;
    case "DNSKEY":
      return rdnskey;
    case "RRSIG":
      return rrrsig;
    case "RP":
      return rrp;
    case "NSEC":
      return rnsec;
    case "NSEC3":
      return rnsec3;
    case "DS":
      return rds;
  }
  return runknown;
}
var answer = codec({
  encode(a, buf, offset) {
    if (!buf) buf = new Uint8Array(answer.encodingLength(a));
    if (!offset) offset = 0;
    const oldOffset = offset;
    name.encode(a.name, buf, offset);
    offset += name.encode.bytes;
    writeUInt16BE(buf, toType(a.type), offset);
    if (a.type.toUpperCase() === "OPT") {
      if (a.name !== ".") {
        throw new Error("OPT name must be root.");
      }
      writeUInt16BE(buf, a.udpPayloadSize || 4096, offset + 2);
      buf[offset + 4] = a.extendedRcode || 0;
      buf[offset + 5] = a.ednsVersion || 0;
      writeUInt16BE(buf, a.flags || 0, offset + 6);
      offset += 8;
      ropt.encode(a.options || [], buf, offset);
      offset += ropt.encode.bytes;
    } else {
      let klass = toClass(a.class === void 0 ? "IN" : a.class);
      if (a.flush) klass |= FLUSH_MASK;
      writeUInt16BE(buf, klass, offset + 2);
      writeUInt32BE(buf, a.ttl || 0, offset + 4);
      offset += 8;
      const enc = renc(a.type);
      enc.encode(a.data, buf, offset);
      offset += enc.encode.bytes;
    }
    answer.encode.bytes = offset - oldOffset;
    return buf;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const a = {};
    const oldOffset = offset;
    a.name = name.decode(buf, offset);
    offset += name.decode.bytes;
    a.type = toString(readUInt16BE(buf, offset));
    if (a.type === "OPT") {
      a.udpPayloadSize = readUInt16BE(buf, offset + 2);
      a.extendedRcode = buf[offset + 4];
      a.ednsVersion = buf[offset + 5];
      a.flags = readUInt16BE(buf, offset + 6);
      a.flag_do = (a.flags >> 15 & 1) === 1;
      a.options = ropt.decode(buf, offset + 8);
      offset += 8 + ropt.decode.bytes;
    } else {
      const klass = readUInt16BE(buf, offset + 2);
      a.ttl = readUInt32BE(buf, offset + 4);
      a.class = toString4(klass & NOT_FLUSH_MASK);
      a.flush = !!(klass & FLUSH_MASK);
      const enc = renc(a.type);
      a.data = enc.decode(buf, offset + 8);
      offset += 8 + enc.decode.bytes;
    }
    answer.decode.bytes = offset - oldOffset;
    return a;
  },
  encodingLength(a) {
    const data = a.data !== null && a.data !== void 0 ? a.data : a.options;
    return name.encodingLength(a.name) + 8 + renc(a.type).encodingLength(data);
  }
});
var question = codec({
  encode(q, buf, offset) {
    if (!buf) buf = new Uint8Array(question.encodingLength(q));
    if (!offset) offset = 0;
    const oldOffset = offset;
    name.encode(q.name, buf, offset);
    offset += name.encode.bytes;
    writeUInt16BE(buf, toType(q.type), offset);
    offset += 2;
    writeUInt16BE(buf, toClass(q.class === void 0 ? "IN" : q.class), offset);
    offset += 2;
    question.encode.bytes = offset - oldOffset;
    return q;
  },
  decode(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const q = {};
    q.name = name.decode(buf, offset);
    offset += name.decode.bytes;
    q.type = toString(readUInt16BE(buf, offset));
    offset += 2;
    q.class = toString4(readUInt16BE(buf, offset));
    offset += 2;
    const qu = !!(q.class & QU_MASK);
    if (qu) q.class &= NOT_QU_MASK;
    question.decode.bytes = offset - oldOffset;
    return q;
  },
  encodingLength(q) {
    return name.encodingLength(q.name) + 4;
  }
});
var AUTHORITATIVE_ANSWER = 1 << 10;
var TRUNCATED_RESPONSE = 1 << 9;
var RECURSION_DESIRED = 1 << 8;
var RECURSION_AVAILABLE = 1 << 7;
var AUTHENTIC_DATA = 1 << 5;
var CHECKING_DISABLED = 1 << 4;
var DNSSEC_OK = 1 << 15;
var packet = {
  encode: function(result, buf, offset) {
    const allocing = !buf;
    if (allocing) buf = new Uint8Array(encodingLength2(result));
    if (!offset) offset = 0;
    const oldOffset = offset;
    if (!result.questions) result.questions = [];
    if (!result.answers) result.answers = [];
    if (!result.authorities) result.authorities = [];
    if (!result.additionals) result.additionals = [];
    header.encode(result, buf, offset);
    offset += header.encode.bytes;
    offset = encodeList(result.questions, question, buf, offset);
    offset = encodeList(result.answers, answer, buf, offset);
    offset = encodeList(result.authorities, answer, buf, offset);
    offset = encodeList(result.additionals, answer, buf, offset);
    packet.encode.bytes = offset - oldOffset;
    if (allocing && encode3.bytes !== buf.length) {
      return buf.slice(0, encode3.bytes);
    }
    return buf;
  },
  decode: function(buf, offset) {
    if (!offset) offset = 0;
    const oldOffset = offset;
    const result = header.decode(buf, offset);
    offset += header.decode.bytes;
    offset = decodeList(result.questions, question, buf, offset);
    offset = decodeList(result.answers, answer, buf, offset);
    offset = decodeList(result.authorities, answer, buf, offset);
    offset = decodeList(result.additionals, answer, buf, offset);
    packet.decode.bytes = offset - oldOffset;
    return result;
  },
  encodingLength: function(result) {
    return header.encodingLength(result) + encodingLengthList(result.questions || [], question) + encodingLengthList(result.answers || [], answer) + encodingLengthList(result.authorities || [], answer) + encodingLengthList(result.additionals || [], answer);
  }
};
packet.encode.bytes = 0;
packet.decode.bytes = 0;
function sanitizeSingle(input, type) {
  if (input.questions) {
    throw new Error("Only one .question object expected instead of a .questions array!");
  }
  const sanitized = Object.assign({
    type
  }, input);
  if (sanitized.question) {
    sanitized.questions = [sanitized.question];
    delete sanitized.question;
  }
  return sanitized;
}
var query = {
  encode: function(result, buf, offset) {
    buf = packet.encode(sanitizeSingle(result, "query"), buf, offset);
    query.encode.bytes = packet.encode.bytes;
    return buf;
  },
  decode: function(buf, offset) {
    const res = packet.decode(buf, offset);
    query.decode.bytes = packet.decode.bytes;
    if (res.questions) {
      res.question = res.questions[0];
      delete res.questions;
    }
    return res;
  },
  encodingLength: function(result) {
    return packet.encodingLength(sanitizeSingle(result, "query"));
  }
};
query.encode.bytes = 0;
query.decode.bytes = 0;
var response = {
  encode: function(result, buf, offset) {
    buf = packet.encode(sanitizeSingle(result, "response"), buf, offset);
    response.encode.bytes = packet.encode.bytes;
    return buf;
  },
  decode: function(buf, offset) {
    const res = packet.decode(buf, offset);
    response.decode.bytes = packet.decode.bytes;
    if (res.questions) {
      res.question = res.questions[0];
      delete res.questions;
    }
    return res;
  },
  encodingLength: function(result) {
    return packet.encodingLength(sanitizeSingle(result, "response"));
  }
};
response.encode.bytes = 0;
response.decode.bytes = 0;
var encode3 = packet.encode;
var decode3 = packet.decode;
var encodingLength2 = packet.encodingLength;
function streamEncode(result) {
  const buf = encode3(result);
  const combine = new Uint8Array(2 + buf.byteLength);
  writeUInt16BE(combine, buf.byteLength);
  copy(buf, combine, 2, 0, buf.length);
  streamEncode.bytes = combine.byteLength;
  return combine;
}
streamEncode.bytes = 0;
function streamDecode(sbuf) {
  const len = readUInt16BE(sbuf, 0);
  if (sbuf.byteLength < len + 2) {
    return null;
  }
  const result = decode3(sbuf.slice(2));
  streamDecode.bytes = decode3.bytes;
  return result;
}
streamDecode.bytes = 0;
function encodingLengthList(list, enc) {
  let len = 0;
  for (let i = 0; i < list.length; i++) len += enc.encodingLength(list[i]);
  return len;
}
function encodeList(list, enc, buf, offset) {
  for (let i = 0; i < list.length; i++) {
    enc.encode(list[i], buf, offset);
    offset += enc.encode.bytes;
  }
  return offset;
}
function decodeList(list, enc, buf, offset) {
  for (let i = 0; i < list.length; i++) {
    list[i] = enc.decode(buf, offset);
    offset += enc.decode.bytes;
  }
  return offset;
}

// core/dns/wire.ts
var MAX_CNAME_CHAIN = 12;
var decoder = new TextDecoder("utf-8");
function encodeQuery(name2, type) {
  return encode3({
    type: "query",
    id: 0,
    // RFC 6840 §5.7: setting AD in a query asks the resolver to report whether it validated the answer.
    flags: RECURSION_DESIRED | AUTHENTIC_DATA,
    questions: [{ type, name: name2, class: "IN" }],
    additionals: [{ type: "OPT", name: ".", udpPayloadSize: 1232, flags: 0, options: [] }]
  });
}
function toBase64Url(bytes) {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}
var bad = (reason, message) => ({
  ok: false,
  error: { code: "bad-response", reason, transient: false, message }
});
function txtData(data) {
  const parts = Array.isArray(data) ? data : [data];
  const strings = parts.map((part) => typeof part === "string" ? part : decoder.decode(part));
  return { strings, text: strings.join("") };
}
function convertRecord(answer2) {
  const base = { name: canonicalName(answer2.name), ttl: answer2.ttl ?? 0 };
  switch (answer2.type) {
    case "A":
    case "AAAA":
      return { name: base.name, type: answer2.type, ttl: base.ttl, data: answer2.data };
    case "CNAME":
    case "NS":
    case "PTR":
      return { name: base.name, type: answer2.type, ttl: base.ttl, data: canonicalName(answer2.data) };
    case "MX":
      return {
        name: base.name,
        type: "MX",
        ttl: base.ttl,
        data: { preference: answer2.data.preference ?? 0, exchange: canonicalName(answer2.data.exchange) }
      };
    case "TXT":
      return { name: base.name, type: "TXT", ttl: base.ttl, data: txtData(answer2.data) };
    case "SOA": {
      const soa = answer2.data;
      const data = {
        mname: canonicalName(soa.mname),
        rname: canonicalName(soa.rname),
        serial: soa.serial ?? 0,
        refresh: soa.refresh ?? 0,
        retry: soa.retry ?? 0,
        expire: soa.expire ?? 0,
        minimum: soa.minimum ?? 0
      };
      return { name: base.name, type: "SOA", ttl: base.ttl, data };
    }
    default:
      return void 0;
  }
}
function decodeResponse(bytes, name2, type) {
  let decoded;
  try {
    decoded = decode3(bytes);
  } catch (error) {
    return bad("undecodable", `The DoH body is not a DNS message (${error.message}).`);
  }
  if (decoded.type !== "response") return bad("undecodable", "The DoH body is a DNS query, not a response.");
  if (decoded.id !== 0) return bad("id-mismatch", `The response ID ${decoded.id} does not match the query ID 0.`);
  const question2 = decoded.questions?.[0];
  if (decoded.questions?.length !== 1 || !question2 || canonicalName(question2.name) !== canonicalName(name2) || question2.type !== type) {
    return bad("question-mismatch", `The response answers another question than ${type} ${name2}.`);
  }
  const flags = decoded.flags ?? 0;
  if (flags & TRUNCATED_RESPONSE) return bad("truncated", "The response has the TC (truncated) flag set.");
  const answers = [];
  for (const answer2 of decoded.answers ?? []) {
    const record = convertRecord(answer2);
    if (record) answers.push(record);
  }
  let negativeTtl = 0;
  for (const authority of decoded.authorities ?? []) {
    if (authority.type === "SOA") {
      negativeTtl = Math.min(authority.ttl ?? 0, authority.data.minimum ?? 0);
    }
  }
  return {
    ok: true,
    rcode: String(decoded.rcode ?? "NOERROR"),
    authenticated: (flags & AUTHENTIC_DATA) !== 0,
    recursionAvailable: (flags & RECURSION_AVAILABLE) !== 0,
    answers,
    negativeTtl
  };
}
function followChain(response2, name2, type, previous = []) {
  const cnames = [...previous];
  let current = canonicalName(name2);
  const seen = /* @__PURE__ */ new Set([current, ...previous]);
  let ttl = Number.POSITIVE_INFINITY;
  for (; ; ) {
    const records = response2.answers.filter((r) => r.name === current && r.type === type);
    if (records.length > 0) {
      for (const record of records) ttl = Math.min(ttl, record.ttl);
      return {
        done: true,
        result: {
          status: "answer",
          name: canonicalName(name2),
          type,
          records,
          authenticated: response2.authenticated,
          cnames,
          ttl
        }
      };
    }
    if (type === "CNAME") break;
    const alias = response2.answers.find((r) => r.name === current && r.type === "CNAME");
    if (!alias) break;
    ttl = Math.min(ttl, alias.ttl);
    const target = alias.data;
    if (seen.has(target) || cnames.length >= MAX_CNAME_CHAIN) {
      return {
        done: true,
        result: {
          status: "error",
          name: canonicalName(name2),
          type,
          error: {
            code: "cname-chain",
            transient: false,
            message: seen.has(target) ? `The CNAME chain from ${name2} loops at ${target}.` : `The CNAME chain from ${name2} is longer than ${MAX_CNAME_CHAIN}.`
          }
        }
      };
    }
    seen.add(target);
    cnames.push(target);
    current = target;
  }
  const finiteTtl = Number.isFinite(ttl) ? ttl : response2.negativeTtl;
  const negativeTtl = Math.min(finiteTtl, response2.negativeTtl || finiteTtl);
  if (cnames.length > previous.length && !response2.recursionAvailable && response2.rcode === "NOERROR") {
    return { done: false, target: current, cnames, ttl: finiteTtl, authenticated: response2.authenticated };
  }
  const status = response2.rcode === "NXDOMAIN" ? "nxdomain" : "nodata";
  const result = {
    status,
    name: canonicalName(name2),
    type,
    authenticated: response2.authenticated,
    cnames,
    ttl: negativeTtl
  };
  return { done: true, result };
}
function rcodeError(rcode) {
  switch (rcode) {
    case "SERVFAIL":
      return { code: "servfail", transient: true, message: "The resolver answered SERVFAIL." };
    case "REFUSED":
      return { code: "refused", transient: false, message: "The resolver answered REFUSED." };
    default:
      return { code: "rcode", transient: false, message: `The resolver answered ${rcode}.` };
  }
}

// core/dns/doh.ts
var DEFAULT_DOH_ENDPOINT = "https://cloudflare-dns.com/dns-query";
var MAX_BODY = 65535;
var failure = (name2, type, error) => ({
  status: "error",
  name: canonicalName(name2),
  type,
  error
});
var sleep = (ms) => new Promise((resolve2) => setTimeout(resolve2, ms));
function expiry(ms, signal) {
  let handle;
  let onAbort;
  const promise = new Promise((resolve2) => {
    handle = setTimeout(() => resolve2("timeout"), ms);
    if (signal) {
      onAbort = () => resolve2("aborted");
      if (signal.aborted) onAbort();
      else signal.addEventListener("abort", onAbort, { once: true });
    }
  });
  return {
    promise,
    cancel() {
      if (handle !== void 0) clearTimeout(handle);
      if (signal && onAbort) signal.removeEventListener("abort", onAbort);
    }
  };
}
function createDohResolver(options = {}) {
  const endpoints = options.endpoints?.length ? [...options.endpoints] : [DEFAULT_DOH_ENDPOINT];
  const doFetch = options.fetch ?? ((url, init) => fetch(url, init));
  const method = options.method ?? "GET";
  const timeoutMs = options.timeoutMs ?? 3e3;
  const retries = options.retries ?? 2;
  const backoffMs = options.backoffMs ?? 100;
  let preferred = 0;
  async function exchange(endpoint, name2, type, signal) {
    const query2 = encodeQuery(name2, type);
    const controller = new AbortController();
    const timer = expiry(timeoutMs, signal);
    const headers = { accept: "application/dns-message" };
    let url = endpoint;
    let body;
    if (method === "GET") {
      url += `${endpoint.includes("?") ? "&" : "?"}dns=${toBase64Url(query2)}`;
    } else {
      headers["content-type"] = "application/dns-message";
      body = query2;
    }
    const attempt = (async () => {
      let response2;
      try {
        response2 = await doFetch(url, { method, headers, body, signal: controller.signal });
      } catch (error) {
        return { code: "network", transient: true, message: `The DoH request to ${endpoint} failed: ${String(error)}` };
      }
      if (response2.status !== 200) {
        return {
          code: "bad-response",
          reason: "http-status",
          transient: response2.status >= 500 || response2.status === 429,
          message: `The DoH server ${endpoint} answered HTTP ${response2.status}.`
        };
      }
      const contentType = (response2.headers.get("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
      if (contentType !== "application/dns-message") {
        return {
          code: "bad-response",
          reason: "content-type",
          transient: false,
          message: `The DoH server ${endpoint} answered with content type "${contentType}", not application/dns-message.`
        };
      }
      const declared = Number(response2.headers.get("content-length") ?? "0");
      if (declared > MAX_BODY) {
        return { code: "bad-response", reason: "too-large", transient: false, message: "The DoH body is too large." };
      }
      let bytes;
      try {
        bytes = new Uint8Array(await response2.arrayBuffer());
      } catch (error) {
        return { code: "network", transient: true, message: `Reading the DoH body failed: ${String(error)}` };
      }
      if (bytes.length > MAX_BODY) {
        return { code: "bad-response", reason: "too-large", transient: false, message: "The DoH body is too large." };
      }
      const decoded = decodeResponse(bytes, name2, type);
      return decoded.ok ? decoded : decoded.error;
    })();
    const outcome = await Promise.race([attempt, timer.promise]);
    timer.cancel();
    if (outcome === "timeout" || outcome === "aborted") {
      controller.abort();
      return outcome === "timeout" ? { code: "timeout", transient: true, message: `No answer from ${endpoint} within ${timeoutMs} ms.` } : { code: "deadline", transient: false, message: "The lookup was stopped by the check deadline." };
    }
    return outcome;
  }
  async function ask(name2, type, signal) {
    let last = { code: "network", transient: true, message: "No DoH endpoint was tried." };
    for (let round = 0; round <= retries; round++) {
      if (round > 0) await sleep(backoffMs * 2 ** (round - 1));
      if (signal?.aborted)
        return { code: "deadline", transient: false, message: "The check deadline passed." };
      for (let i = 0; i < endpoints.length; i++) {
        const index = (preferred + i) % endpoints.length;
        const outcome = await exchange(endpoints[index], name2, type, signal);
        if (!("code" in outcome)) {
          if (outcome.rcode === "SERVFAIL" || outcome.rcode === "REFUSED") {
            last = rcodeError(outcome.rcode);
            continue;
          }
          preferred = index;
          return outcome;
        }
        last = outcome;
        if (outcome.code === "deadline") return outcome;
      }
      if (!last.transient) break;
    }
    return last;
  }
  async function resolve2(name2, type, options2 = {}) {
    const invalid = checkQueryName(name2);
    if (invalid) return failure(name2, type, { code: "invalid-name", transient: false, message: invalid });
    let current = canonicalName(name2);
    let cnames = [];
    for (let hop = 0; hop <= MAX_CNAME_CHAIN; hop++) {
      const outcome = await ask(current, type, options2.signal);
      if ("code" in outcome) return failure(name2, type, outcome);
      if (outcome.rcode !== "NOERROR" && outcome.rcode !== "NXDOMAIN") {
        return failure(name2, type, rcodeError(outcome.rcode));
      }
      const chain = followChain(outcome, current, type, cnames);
      if (chain.done) {
        chain.result.name = canonicalName(name2);
        return chain.result;
      }
      cnames = chain.cnames;
      current = chain.target;
    }
    return failure(name2, type, {
      code: "cname-chain",
      transient: false,
      message: `The CNAME chain from ${name2} is longer than ${MAX_CNAME_CHAIN}.`
    });
  }
  return { resolve: resolve2 };
}

// core/mx/map-bounded.ts
async function mapBounded(items, limit, task) {
  if (items.length <= limit) return Promise.all(items.map(task));
  const results = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]);
    }
  };
  const workers = Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker);
  await Promise.all(workers);
  return results;
}

// core/report/finding.ts
function createFinding(catalogue, id, message, extra = {}) {
  const definition = catalogue[id];
  if (!definition) throw new Error(`Unknown finding id ${id}: declare it in its catalogue first.`);
  const finding = {
    id,
    severity: extra.severity ?? definition.severity,
    message,
    fix: extra.fix ?? definition.fix,
    rfc: definition.rfc
  };
  if (extra.at !== void 0) finding.at = extra.at;
  return finding;
}
function sectionStatus(findings, dnsFailed = false) {
  if (dnsFailed) return "error";
  if (findings.some((finding) => finding.severity === "error")) return "fail";
  if (findings.some((finding) => finding.severity === "warning")) return "warn";
  return "pass";
}

// core/dkim/common-selectors.ts
var COMMON_DKIM_SELECTORS = [
  // Google Workspace
  "google",
  // Microsoft 365 / Exchange Online
  "selector1",
  "selector2",
  // Mailchimp / Mandrill
  "k1",
  "k2",
  "k3",
  "mandrill",
  // Twilio SendGrid
  "s1",
  "s2",
  "smtpapi",
  // Mailgun
  "mg",
  "mailo",
  // Zoho Mail
  "zoho",
  "zmail",
  // Fastmail
  "fm1",
  "fm2",
  "fm3",
  // Proton Mail
  "protonmail",
  "protonmail2",
  "protonmail3",
  // iCloud+ custom domains
  "sig1",
  // Brevo (Sendinblue)
  "brevo1",
  "brevo2",
  // Mailjet
  "mailjet",
  // Klaviyo
  "kl",
  "kl2",
  // Constant Contact
  "ctct1",
  "ctct2",
  // Zendesk
  "zendesk1",
  "zendesk2",
  // Yahoo
  "s2048",
  // Mail software defaults (cPanel, OpenDKIM, rspamd, Postfix guides) and Brevo's older name
  "default",
  "dkim",
  "mail"
];
var DKIM_PROBE_CONCURRENCY = 40;

// core/dkim/findings.ts
var dkimFindings = {
  "dkim.no-selector-found": {
    severity: "warning",
    title: "No DKIM key found",
    fix: "Publish a DKIM key (2048-bit RSA or Ed25519) at <selector>._domainkey.<domain> and sign outgoing mail with it; if you already do, name the selector so it can be checked.",
    rfc: "RFC 6376 \xA73.6.2.1"
  },
  "dkim.selector-not-found": {
    severity: "error",
    title: "Named selector has no key record",
    fix: "Publish the key record at <selector>._domainkey.<domain>, or correct the selector name (or the CNAME your provider gave you).",
    rfc: "RFC 6376 \xA73.6.2.2"
  },
  "dkim.invalid-selector": {
    severity: "error",
    title: "Selector is not a valid DNS name",
    fix: 'Use a selector made of DNS labels (letters, digits, hyphens), e.g. "s2026".',
    rfc: "RFC 6376 \xA73.1"
  },
  "dkim.weak-key": {
    severity: "warning",
    title: "RSA key shorter than 2048 bits",
    fix: "Generate a 2048-bit RSA key (or add an Ed25519 key), publish it under a new selector and switch signing to it.",
    rfc: "RFC 8301 \xA73.2"
  },
  "dkim.insecure-key": {
    severity: "error",
    title: "RSA key shorter than 1024 bits",
    fix: "Verifiers must reject signatures made with keys under 1024 bits: publish a 2048-bit RSA key under a new selector and sign with it.",
    rfc: "RFC 8301 \xA73.2"
  },
  "dkim.revoked": {
    severity: "warning",
    title: "Key revoked (empty p=)",
    fix: "Nothing to do if this selector was retired on purpose; otherwise publish the key again, since every signature made with it now fails.",
    rfc: "RFC 6376 \xA73.6.1"
  },
  "dkim.testing": {
    severity: "warning",
    title: "Key in test mode (t=y)",
    fix: "Remove the y flag from t= once signing works, so verifiers treat failures as failures.",
    rfc: "RFC 6376 \xA73.6.1"
  },
  "dkim.invalid-key": {
    severity: "error",
    title: "Key record unusable",
    fix: "Publish the record your signer generated, unchanged: v=DKIM1 first, k=rsa or k=ed25519, and p= holding the base64 public key.",
    rfc: "RFC 6376 \xA73.6.1"
  },
  "dkim.sha1-only": {
    severity: "error",
    title: "Key restricted to SHA-1 (h=sha1)",
    fix: "Remove h= (or set h=sha256) and sign with rsa-sha256: verifiers must not accept rsa-sha1 signatures.",
    rfc: "RFC 8301 \xA73.1"
  },
  "dkim.not-for-email": {
    severity: "warning",
    title: "Key not usable for email (s=)",
    fix: "Set s=email (or remove s=) if this key signs email.",
    rfc: "RFC 6376 \xA73.6.1"
  },
  "dkim.multiple-records": {
    severity: "warning",
    title: "Several TXT records at one selector",
    fix: "Keep exactly one key record per selector; verifiers may pick any of them.",
    rfc: "RFC 6376 \xA73.6.2.2"
  },
  "dkim.dns-error": {
    severity: "error",
    title: "DKIM lookup failed",
    fix: "Make the DNS servers of the domain answer TXT queries under _domainkey, then check again.",
    rfc: "RFC 6376 \xA76.1.2"
  }
};

// core/memo.ts
var MEMO_SIZE = 32;
var BoundedMap = class {
  constructor(generation) {
    this.generation = generation;
  }
  generation;
  young = /* @__PURE__ */ new Map();
  old = /* @__PURE__ */ new Map();
  /** The value kept for `key` (now young again), or `undefined`. */
  get(key) {
    const young = this.young.get(key);
    if (young !== void 0) return young;
    const old = this.old.get(key);
    if (old === void 0) return void 0;
    this.old.delete(key);
    this.set(key, old);
    return old;
  }
  set(key, value) {
    if (this.young.size >= this.generation) {
      this.old = this.young;
      this.young = /* @__PURE__ */ new Map();
    }
    this.young.set(key, value);
  }
};
function boundedMemo(size, compute) {
  const kept = new BoundedMap(size);
  return (key) => {
    const known = kept.get(key);
    if (known !== void 0) return known;
    const value = compute(key);
    kept.set(key, value);
    return value;
  };
}

// core/dkim/der.ts
function readTlv(der, offset, limit) {
  if (offset + 2 > limit) return void 0;
  const tag = der[offset];
  const first = der[offset + 1];
  let start = offset + 2;
  let length = first;
  if (first >= 128) {
    const count = first & 127;
    if (count === 0 || count > 4 || start + count > limit) return void 0;
    if (der[start] === 0) return void 0;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + der[start + i];
    if (length < 128) return void 0;
    start += count;
  }
  const end = start + length;
  return end <= limit ? { tag, start, end } : void 0;
}
function positiveIntegerBits(der, integer) {
  if (integer.tag !== 2 || integer.end === integer.start) return void 0;
  let start = integer.start;
  if (der[start] >= 128) return void 0;
  if (der[start] === 0) {
    if (start + 1 === integer.end || der[start + 1] < 128) return void 0;
    start++;
  }
  return (integer.end - start) * 8 - Math.clz32(der[start]) + 24;
}
function rsaPublicKeyBits(der, offset, limit) {
  const sequence = readTlv(der, offset, limit);
  if (sequence?.tag !== 48 || sequence.end !== limit) return void 0;
  const modulus = readTlv(der, sequence.start, sequence.end);
  if (!modulus) return void 0;
  const exponent = readTlv(der, modulus.end, sequence.end);
  if (!exponent || exponent.end !== sequence.end || positiveIntegerBits(der, exponent) === void 0) return void 0;
  return positiveIntegerBits(der, modulus);
}
var RSA_ENCRYPTION = [42, 134, 72, 134, 247, 13, 1, 1, 1];
function isRsaEncryption(der, algorithm) {
  if (algorithm.tag !== 48) return false;
  const oid = readTlv(der, algorithm.start, algorithm.end);
  if (oid?.tag !== 6 || oid.end - oid.start !== RSA_ENCRYPTION.length) return false;
  for (let i = 0; i < RSA_ENCRYPTION.length; i++) if (der[oid.start + i] !== RSA_ENCRYPTION[i]) return false;
  if (oid.end === algorithm.end) return true;
  const parameters = readTlv(der, oid.end, algorithm.end);
  return parameters?.tag === 5 && parameters.start === parameters.end && parameters.end === algorithm.end;
}
function readRsaKeySize(der) {
  const outer = readTlv(der, 0, der.length);
  if (outer?.tag !== 48 || outer.end !== der.length) return void 0;
  const first = readTlv(der, outer.start, outer.end);
  if (first?.tag === 2) {
    const bits2 = rsaPublicKeyBits(der, 0, der.length);
    return bits2 === void 0 ? void 0 : { format: "pkcs1", bits: bits2 };
  }
  if (!first || !isRsaEncryption(der, first)) return void 0;
  const key = readTlv(der, first.end, outer.end);
  if (key?.tag !== 3 || key.end !== outer.end || key.end === key.start || der[key.start] !== 0) return void 0;
  const bits = rsaPublicKeyBits(der, key.start + 1, key.end);
  return bits === void 0 ? void 0 : { format: "spki", bits };
}

// core/dkim/inspect.ts
function decodeBase64(text) {
  try {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return void 0;
  }
}
var DKIM_KEY_MEMO_SIZE = MEMO_SIZE;
var inspected = boundedMemo(DKIM_KEY_MEMO_SIZE, (key) => {
  const space = key.indexOf(" ");
  return Promise.resolve(readDkimKey(key.slice(0, space), key.slice(space + 1)));
});
function inspectDkimKey(record) {
  if (record.revoked) return Promise.resolve({ status: "revoked" });
  return inspected(`${record.keyType} ${record.publicKey}`);
}
function readDkimKey(keyType, publicKey) {
  const bytes = decodeBase64(publicKey);
  if (!bytes) return { status: "invalid", reason: "p= is not valid base64." };
  if (keyType === "ed25519") {
    if (bytes.length !== 32) {
      return { status: "invalid", reason: `an Ed25519 key is 32 bytes; p= holds ${bytes.length}.` };
    }
    return { status: "valid", keyType: "ed25519", bits: 256, format: "raw" };
  }
  const rsa = readRsaKeySize(bytes);
  if (!rsa) {
    return { status: "invalid", reason: "p= is not an RSA public key (SubjectPublicKeyInfo or RSAPublicKey)." };
  }
  return { status: "valid", keyType: "rsa", bits: rsa.bits, format: rsa.format };
}

// core/dkim/tag-list.ts
var TAG_SPEC = /^[ \t\r\n]*([A-Za-z][A-Za-z0-9_]*)[ \t\r\n]*=[ \t\r\n]*(.*)$/s;
var TAG_VALUE = /^(?:[\x21-\x3a\x3c-\x7e]+(?:[ \t\r\n]+[\x21-\x3a\x3c-\x7e]+)*)?$/;
function parseTagList(text) {
  const parts = text.split(";");
  if (parts.length > 1 && parts[parts.length - 1] === "") parts.pop();
  const tags = [];
  const seen = /* @__PURE__ */ new Set();
  for (const part of parts) {
    const match = TAG_SPEC.exec(part);
    if (!match) {
      const shown = part.trim() === "" ? 'an empty tag (e.g. ";;", or text after the last ";")' : `"${part.trim()}"`;
      return { ok: false, code: "syntax", message: `The tag-list has ${shown}, which is not name=value.` };
    }
    const name2 = match[1];
    const value = trimTrailingFws(match[2]);
    if (!TAG_VALUE.test(value)) {
      return { ok: false, code: "syntax", message: `The value of ${name2}= has a character a tag value may not hold.` };
    }
    if (seen.has(name2)) return { ok: false, code: "duplicate-tag", message: `The tag ${name2}= occurs more than once.` };
    seen.add(name2);
    tags.push([name2, value]);
  }
  return { ok: true, tags };
}
function trimTrailingFws(text) {
  let end = text.length;
  while (end > 0 && " 	\r\n".includes(text[end - 1])) end--;
  return text.slice(0, end);
}

// core/dkim/parse.ts
var KNOWN_TAGS = /* @__PURE__ */ new Set(["v", "k", "p", "h", "s", "t", "n"]);
var KNOWN_HASHES = /* @__PURE__ */ new Set(["sha1", "sha256"]);
var WHITESPACE = /[ \t\r\n]+/g;
var BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
var fail2 = (code, message) => ({
  ok: false,
  error: { code, message }
});
var colonList = (value) => value.split(":").map((item) => item.trim()).filter((item) => item !== "");
function parseDkimKey(text) {
  const list = parseTagList(text);
  if (!list.ok) return fail2(list.code, list.message);
  const tags = new Map(list.tags);
  const version = tags.get("v");
  if (version !== void 0) {
    if (list.tags[0]?.[0] !== "v") return fail2("version-not-first", "v=DKIM1 must be the first tag of the record.");
    if (version !== "DKIM1") return fail2("bad-version", `v=${version} is not v=DKIM1 (the value is case-sensitive).`);
  }
  const rawKey = tags.get("p");
  if (rawKey === void 0) return fail2("missing-key", "The record has no p= tag, which is required.");
  const publicKey = rawKey.replace(WHITESPACE, "");
  if (!BASE64.test(publicKey)) return fail2("bad-base64", "p= is not base64.");
  const keyType = (tags.get("k") ?? "rsa").toLowerCase();
  if (keyType !== "rsa" && keyType !== "ed25519")
    return fail2("unknown-key-type", `k=${keyType} is not a key type (use rsa or ed25519).`);
  const record = {
    keyType,
    publicKey,
    serviceTypes: colonList(tags.get("s") ?? "*").map((item) => item.toLowerCase()),
    flags: [],
    revoked: publicKey === "",
    testing: false,
    strict: false,
    unknownTags: list.tags.map(([name2]) => name2).filter((name2) => !KNOWN_TAGS.has(name2))
  };
  if (version !== void 0) record.version = version;
  const hashes = tags.get("h");
  if (hashes !== void 0) {
    record.hashAlgorithms = colonList(hashes).map((item) => item.toLowerCase());
    if (!record.hashAlgorithms.some((hash) => KNOWN_HASHES.has(hash))) {
      return fail2("no-usable-hash", `h=${hashes} names no hash algorithm a verifier knows (sha256).`);
    }
  }
  const flags = tags.get("t");
  if (flags !== void 0) {
    record.flags = colonList(flags);
    record.testing = record.flags.includes("y");
    record.strict = record.flags.includes("s");
  }
  const notes = tags.get("n");
  if (notes !== void 0) record.notes = notes;
  return { ok: true, record };
}
function isSha1Only(record) {
  return record.hashAlgorithms !== void 0 && !record.hashAlgorithms.includes("sha256");
}
function servesEmail(record) {
  return record.serviceTypes.some((service) => service === "*" || service === "email");
}

// core/dkim/check.ts
var SELECTOR_LABEL = /^[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?$/;
var isValidSelector = (selector) => selector.split(".").every((label) => SELECTOR_LABEL.test(label));
var looksLikeKeyRecord = (text) => /(^|;)\s*(v\s*=\s*DKIM1|p\s*=)/.test(text);
function checkSelector(selector, domain, source, resolver) {
  const name2 = `${selector}._domainkey.${domain}`;
  return resolver.resolve(name2, "TXT").then(
    (answer2) => source === "discovered" && answer2.status !== "answer" && answer2.status !== "error" ? void 0 : judgeSelector(selector, name2, source, answer2)
  );
}
async function judgeSelector(selector, name2, source, answer2) {
  const result = { selector, name: name2, source, found: false, records: [] };
  const findings = [];
  const add = (id, message, severity) => findings.push(createFinding(dkimFindings, id, message, severity ? { at: name2, severity } : { at: name2 }));
  if (answer2.status === "error") {
    result.dnsError = answer2.error.code;
    result.problem = answer2.error.message;
    add("dkim.dns-error", `The TXT lookup of ${name2} failed (${answer2.error.code}): ${answer2.error.message}`);
    return { result, findings, dnsFailed: true };
  }
  const target = answer2.cnames.at(-1);
  if (target !== void 0) result.cnameTarget = target;
  const texts = answer2.status === "answer" ? answer2.records.map((record) => record.data.text) : [];
  const keyTexts = source === "named" ? texts : texts.filter(looksLikeKeyRecord);
  if (keyTexts.length === 0) {
    if (source === "named") {
      const where = target ? ` (its CNAME points to ${target}, which has no TXT record)` : "";
      add("dkim.selector-not-found", `No key record is published at ${name2}${where}.`);
    }
    return { result, findings, dnsFailed: false };
  }
  result.found = true;
  result.records = keyTexts;
  if (keyTexts.length > 1) {
    add("dkim.multiple-records", `${name2} has ${keyTexts.length} TXT records; verifiers may use any one of them.`);
  }
  for (const text of keyTexts) {
    const parsed = parseDkimKey(text);
    if (!parsed.ok) {
      result.problem ??= parsed.error.message;
      add("dkim.invalid-key", `The key record at ${name2} cannot be used: ${parsed.error.message}`);
      continue;
    }
    const { record } = parsed;
    result.keyType ??= record.keyType;
    result.testing ??= record.testing;
    result.revoked ??= record.revoked;
    if (record.hashAlgorithms) result.hashAlgorithms ??= record.hashAlgorithms;
    result.serviceTypes ??= record.serviceTypes;
    if (record.testing) {
      add("dkim.testing", `The key at ${name2} has t=y: verifiers may treat failed signatures as unsigned mail.`);
    }
    if (isSha1Only(record)) {
      add("dkim.sha1-only", `The key at ${name2} allows only h=${record.hashAlgorithms?.join(":")}, no sha256.`);
    }
    if (!servesEmail(record)) {
      add("dkim.not-for-email", `The key at ${name2} has s=${record.serviceTypes.join(":")}, which excludes email.`);
    }
    const key = await inspectDkimKey(record);
    switch (key.status) {
      case "revoked":
        add("dkim.revoked", `The key at ${name2} is revoked (empty p=): signatures with selector ${selector} fail.`);
        break;
      case "invalid":
        result.problem ??= key.reason;
        add("dkim.invalid-key", `The key at ${name2} cannot be used: ${key.reason}`);
        break;
      case "valid":
        result.keyBits ??= key.bits;
        result.keyFormat ??= key.format;
        if (key.keyType === "rsa" && key.bits < 1024) {
          add("dkim.insecure-key", `The RSA key at ${name2} has ${key.bits} bits; verifiers reject keys under 1024.`);
        } else if (key.keyType === "rsa" && key.bits < 2048) {
          add("dkim.weak-key", `The RSA key at ${name2} has ${key.bits} bits; 2048 is the recommended minimum.`);
        }
        break;
    }
  }
  return { result, findings, dnsFailed: false };
}
function describeKey(result) {
  if (result.revoked) return `${result.selector}: revoked`;
  if (result.keyBits === void 0) return `${result.selector}: unusable`;
  return `${result.selector}: ${result.keyType === "ed25519" ? "Ed25519" : `RSA ${result.keyBits}`}`;
}
async function checkDkim(domain, options) {
  const { resolver } = options;
  const apex = canonicalName(domain);
  const findings = [];
  const named = [];
  for (const raw of options.selectors ?? []) {
    const selector = canonicalName(raw.trim());
    if (!isValidSelector(selector)) {
      findings.push(
        createFinding(dkimFindings, "dkim.invalid-selector", `"${raw}" is not a valid selector name.`, { at: raw })
      );
    } else if (!named.includes(selector)) named.push(selector);
  }
  const namedOutcomes = mapBounded(
    named,
    DKIM_PROBE_CONCURRENCY,
    (selector) => checkSelector(selector, apex, "named", resolver)
  );
  const hintResult = await resolver.resolve(`_domainkey.${apex}`, "TXT");
  const hint = hintResult.status === "nxdomain" ? "nxdomain" : hintResult.status === "error" ? "error" : "exists";
  const discover = options.discover !== false && hint !== "nxdomain";
  const probes = discover ? COMMON_DKIM_SELECTORS.filter((selector) => !named.includes(selector)) : [];
  const [namedResults, probeResults] = await Promise.all([
    namedOutcomes,
    mapBounded(probes, DKIM_PROBE_CONCURRENCY, (selector) => checkSelector(selector, apex, "discovered", resolver))
  ]);
  const outcomes = [];
  for (const outcome of [...namedResults, ...probeResults]) if (outcome) outcomes.push(outcome);
  const selectors = outcomes.filter((outcome) => outcome.result.source === "named" || outcome.result.found || outcome.dnsFailed).map((outcome) => outcome.result);
  const found = selectors.filter((result) => result.found);
  const failed = outcomes.filter((outcome) => outcome.dnsFailed);
  const namedFailed = failed.some((outcome) => outcome.result.source === "named");
  const usable = found.some((result) => result.keyBits !== void 0 && !result.revoked);
  for (const outcome of outcomes) {
    for (const finding of outcome.findings) {
      const downgrade = finding.id === "dkim.dns-error" && outcome.result.source === "discovered" && found.length > 0;
      findings.push(downgrade ? { ...finding, severity: "warning" } : finding);
    }
  }
  if (hint === "error" && hintResult.status === "error" && failed.length === 0) {
    findings.push(
      createFinding(
        dkimFindings,
        "dkim.dns-error",
        `The lookup of _domainkey.${apex} failed (${hintResult.error.code}): ${hintResult.error.message}`,
        { at: `_domainkey.${apex}`, severity: found.length > 0 ? "warning" : "error" }
      )
    );
  }
  const unknown = namedFailed || found.length === 0 && (failed.length > 0 || hint === "error");
  if (found.length === 0 && !unknown) {
    const searched = hint === "nxdomain" ? `_domainkey.${apex} does not exist, so no selector is published` : `none of the ${named.length > 0 ? `${named.length} named and ` : ""}${probes.length} common selectors has a key`;
    findings.push(
      createFinding(
        dkimFindings,
        "dkim.no-selector-found",
        `No DKIM key found for ${apex}: ${searched}.`,
        options.expectKeys === false ? { at: apex, severity: "info" } : { at: apex }
      )
    );
  }
  const status = sectionStatus(findings, unknown);
  const summary2 = unknown ? `DKIM could not be checked for ${apex}: DNS lookups failed.` : found.length === 0 ? `No DKIM key found for ${apex}.` : `${found.length} DKIM key record${found.length === 1 ? "" : "s"} found${usable ? "" : ", none usable"} (${found.map(describeKey).join(", ")}).`;
  return {
    status,
    summary: summary2,
    findings,
    records: found.flatMap((result) => result.records),
    selectors,
    discovery: { used: discover, hint, probed: probes.length }
  };
}

// core/dmarc/report-uri.ts
var SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):(.+)$/;
var SIZE_SUFFIX = /!(\d+[kmgt]?)$/i;
var HOST_LABEL2 = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/;
var NOT_URI_CHARS = /[\x00-\x20\x7f-\uffff"<>\\^`{|}]/;
function isHostName(host) {
  if (host.length > 253) return false;
  const labels = host.split(".");
  return labels.length >= 2 && labels.every((label) => label.length <= 63 && HOST_LABEL2.test(label));
}
function decode4(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return void 0;
  }
}
function parseReportUri(text) {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, message: "An empty report URI." };
  let uri = trimmed;
  let sizeLimit;
  const size = SIZE_SUFFIX.exec(uri);
  if (size) {
    sizeLimit = size[1];
    uri = uri.slice(0, size.index);
  }
  const match = SCHEME.exec(uri);
  if (!match) return { ok: false, message: `"${trimmed}" is not a URI: it needs a scheme such as mailto:.` };
  if (NOT_URI_CHARS.test(uri)) return { ok: false, message: `"${trimmed}" holds characters a URI cannot contain.` };
  const scheme = match[1].toLowerCase();
  const rest = match[2];
  const result = { uri, scheme };
  if (sizeLimit !== void 0) result.sizeLimit = sizeLimit;
  if (scheme === "mailto") {
    const address = decode4(rest.split("?")[0] ?? "");
    const at = address?.lastIndexOf("@") ?? -1;
    const local = address?.slice(0, at) ?? "";
    const domain = address?.slice(at + 1).toLowerCase() ?? "";
    if (!address || at < 1 || local.includes("@") || local.startsWith("/") || !isHostName(domain)) {
      return {
        ok: false,
        message: `"${trimmed}" is not a valid mailto: URI: it needs an address such as mailto:dmarc@example.com.`
      };
    }
    result.address = address;
    result.host = domain;
    return { ok: true, uri: result };
  }
  if (rest.startsWith("//")) {
    let host = "";
    try {
      host = new URL(uri).hostname.toLowerCase();
    } catch {
      return { ok: false, message: `"${trimmed}" is not a valid URI.` };
    }
    if (!isHostName(host)) return { ok: false, message: `"${trimmed}" has no usable host name.` };
    result.host = host;
  }
  return { ok: true, uri: result };
}

// core/dmarc/parse.ts
var VERSION = /^[vV][ \t]*=[ \t]*DMARC1$/;
var VERSION_VALUE = /=[ \t]*(.*)$/;
var TAG = /^([A-Za-z][A-Za-z0-9]*)[ \t]*=[ \t]*(.*)$/;
var VALUE_CHARS = /^[\t\x20-\x3a\x3c-\x7e]+$/;
var POLICIES = ["none", "quarantine", "reject"];
var FO_OPTION = /^[01ds]$/i;
var KNOWN_TAGS2 = /* @__PURE__ */ new Set(["v", "p", "sp", "np", "adkim", "aspf", "fo", "psd", "t", "rua", "ruf"]);
var HISTORIC_TAGS = /* @__PURE__ */ new Set(["pct", "rf", "ri"]);
function looksLikeDmarc(text) {
  return /^\s*v\s*=\s*dmarc/i.test(text);
}
function isDmarcRecord(text) {
  const first = text.split(";", 1)[0] ?? "";
  return VERSION.test(trimTrailingWsp(first));
}
function trimTrailingWsp(text) {
  let end = text.length;
  while (end > 0 && (text[end - 1] === " " || text[end - 1] === "	")) end--;
  return text.slice(0, end);
}
var policyOf = (value) => {
  const lower = value.toLowerCase();
  return POLICIES.find((policy) => policy === lower);
};
function parseDmarc(text) {
  const issues = [];
  const parts = text.split(";");
  const first = trimTrailingWsp(parts[0] ?? "");
  if (!VERSION.test(first)) {
    const value = VERSION_VALUE.exec(first)?.[1];
    const message = /^v[ \t]*=/i.test(first) ? `The record starts with v=${value ?? ""} rather than exactly "v=DMARC1" (the value is case-sensitive and is followed by ";").` : 'The record does not start with "v=DMARC1".';
    return { ok: false, error: { code: "not-dmarc", message }, issues };
  }
  const tags = [["v", "DMARC1"]];
  const seen = /* @__PURE__ */ new Set(["v"]);
  for (let index = 1; index < parts.length; index++) {
    const part = parts[index].trim();
    if (part === "") {
      if (index < parts.length - 1) {
        issues.push({ code: "empty-tag", message: 'Two ";" separators with no tag between them.' });
      }
      continue;
    }
    const match = TAG.exec(part);
    if (!match) {
      return {
        ok: false,
        error: { code: "malformed", message: `"${part}" is not a tag=value pair.`, tag: part },
        issues
      };
    }
    const name2 = match[1].toLowerCase();
    const value = match[2].trim();
    if (seen.has(name2)) {
      return {
        ok: false,
        error: { code: "duplicate-tag", message: `The tag ${name2} appears more than once.`, tag: name2 },
        issues
      };
    }
    seen.add(name2);
    tags.push([name2, value]);
  }
  const record = {
    raw: text,
    policy: "none",
    adkim: "r",
    aspf: "r",
    fo: ["0"],
    psd: "u",
    testing: false,
    rua: [],
    ruf: [],
    historic: {},
    unknown: {},
    tags
  };
  const invalid = (tag, value, expected) => issues.push({
    code: "invalid-value",
    tag,
    value,
    message: value === "" ? `The tag ${tag} has no value; expected ${expected}. Receivers ignore it.` : `${tag}=${value} is not valid; expected ${expected}. Receivers ignore it.`
  });
  let ruaValid = false;
  for (const [name2, value] of tags.slice(1)) {
    if (!KNOWN_TAGS2.has(name2)) {
      if (HISTORIC_TAGS.has(name2)) {
        record.historic[name2] = value;
        issues.push({
          code: "historic-tag",
          tag: name2,
          value,
          message: `${name2}=${value} is an RFC 7489 tag that RFC 9989 removed; RFC 9989 receivers ignore it.`
        });
      } else {
        record.unknown[name2] = value;
        issues.push({
          code: "unknown-tag",
          tag: name2,
          value,
          message: `The tag ${name2} is not defined by RFC 9989; receivers ignore it.`
        });
      }
      continue;
    }
    if (value === "" || !VALUE_CHARS.test(value)) {
      invalid(name2, value, "a value of printable characters");
      continue;
    }
    switch (name2) {
      case "p":
      case "sp":
      case "np": {
        const policy = policyOf(value);
        if (policy) record[name2] = policy;
        else invalid(name2, value, "none, quarantine or reject");
        break;
      }
      case "adkim":
      case "aspf": {
        const mode = value.toLowerCase();
        if (mode === "r" || mode === "s") record[name2] = mode;
        else invalid(name2, value, "r (relaxed) or s (strict)");
        break;
      }
      case "psd": {
        const flag = value.toLowerCase();
        if (flag === "y" || flag === "n" || flag === "u") record.psd = flag;
        else invalid(name2, value, "y, n or u");
        break;
      }
      case "t": {
        const flag = value.toLowerCase();
        if (flag === "y" || flag === "n") record.testing = flag === "y";
        else invalid(name2, value, "y or n");
        break;
      }
      case "fo": {
        const options = value.split(":").map((option) => option.trim());
        if (options.every((option) => FO_OPTION.test(option))) record.fo = options.map((o) => o.toLowerCase());
        else invalid(name2, value, "a colon-separated list of 0, 1, d and s");
        break;
      }
      case "rua":
      case "ruf": {
        const uris = [];
        for (const item of value.split(",")) {
          const parsed = parseReportUri(item);
          if (!parsed.ok) {
            issues.push({
              code: "invalid-value",
              tag: name2,
              value: item.trim(),
              message: `In ${name2}: ${parsed.message}`
            });
            continue;
          }
          uris.push(parsed.uri);
          if (parsed.uri.sizeLimit !== void 0) {
            issues.push({
              code: "size-limit",
              tag: name2,
              value: item.trim(),
              message: `In ${name2}, the size limit "!${parsed.uri.sizeLimit}" of ${parsed.uri.uri} is RFC 7489 syntax that RFC 9989 receivers ignore.`
            });
          }
          if (parsed.uri.scheme !== "mailto") {
            issues.push({
              code: "uri-scheme",
              tag: name2,
              value: parsed.uri.uri,
              message: `In ${name2}, ${parsed.uri.uri} uses the ${parsed.uri.scheme}: scheme; receivers must support only mailto:, so many will not report there.`
            });
          }
        }
        record[name2] = uris;
        if (name2 === "rua") ruaValid = uris.length > 0;
        break;
      }
    }
  }
  if (record.p === void 0) {
    if (!ruaValid) {
      return {
        ok: false,
        error: {
          code: "no-policy",
          message: "The record has no valid p tag and no valid rua URI, so receivers apply no DMARC processing: add p=none, quarantine or reject."
        },
        issues
      };
    }
    issues.push({
      code: "missing-policy",
      tag: "p",
      message: "The record has no valid p tag; RFC 9989 receivers treat it as p=none (because rua is valid), RFC 7489 receivers may reject it."
    });
  }
  record.policy = record.p ?? "none";
  return { ok: true, record, issues };
}

// core/dmarc/authorize.ts
var isWithin = (name2, ancestor) => name2 === ancestor || name2.endsWith(`.${ancestor}`);
function authorizationName(policyDomain, host) {
  return `${policyDomain}._report._dmarc.${host}`;
}
function destination(uri, kind, authorization, authorizationName2) {
  const out = { uri: uri.uri, scheme: uri.scheme, kind, authorization };
  if (uri.address !== void 0) out.address = uri.address;
  if (uri.host !== void 0) out.host = uri.host;
  if (uri.sizeLimit !== void 0) out.sizeLimit = uri.sizeLimit;
  if (authorizationName2 !== void 0) out.authorizationName = authorizationName2;
  return out;
}
async function verify(kind, uri, policyDomain, organizationalDomain, lookup) {
  if (uri.host === void 0) return destination(uri, kind, "not-checkable");
  if (isWithin(uri.host, organizationalDomain)) return destination(uri, kind, "internal");
  const name2 = authorizationName(policyDomain, uri.host);
  if (checkQueryName(name2) !== void 0) return destination(uri, kind, "not-checkable", name2);
  const result = await lookup(name2);
  if (result.status === "error") {
    const failed = destination(uri, kind, "dns-error", name2);
    failed.dnsError = { code: result.error.code, message: result.error.message };
    return failed;
  }
  const texts = result.status === "answer" ? result.records.map((record) => record.data.text) : [];
  const authorized = texts.filter(isDmarcRecord).length === 1;
  return destination(uri, kind, authorized ? "authorized" : "unauthorized", name2);
}
async function verifyReportDestinations(record, {
  policyDomain,
  organizationalDomain,
  lookup
}) {
  const [rua, ruf] = await Promise.all([
    Promise.all(record.rua.map((uri) => verify("rua", uri, policyDomain, organizationalDomain, lookup))),
    Promise.all(record.ruf.map((uri) => verify("ruf", uri, policyDomain, organizationalDomain, lookup)))
  ]);
  return { rua, ruf };
}

// core/dmarc/discover.ts
var import_tldts = __toESM(require_cjs(), 1);

// core/dmarc/txt-lookup.ts
function createTxtLookup(resolver) {
  const memo = /* @__PURE__ */ new Map();
  return (name2) => {
    const key = canonicalName(name2);
    let pending = memo.get(key);
    if (!pending) {
      pending = resolver.resolve(key, "TXT");
      memo.set(key, pending);
    }
    return pending;
  };
}

// core/dmarc/discover.ts
var MAX_TREE_WALK_QUERIES = 8;
function treeWalkTargets(domain) {
  const labels = canonicalName(domain).split(".");
  const targets = [labels.join(".")];
  let count = labels.length >= MAX_TREE_WALK_QUERIES ? MAX_TREE_WALK_QUERIES - 1 : labels.length - 1;
  for (; count >= 1; count--) targets.push(labels.slice(labels.length - count).join("."));
  return targets;
}
function evaluateDmarcAnswer(domain, result) {
  const name2 = `_dmarc.${domain}`;
  if (result.status === "error") {
    return {
      domain,
      name: name2,
      outcome: "dns-error",
      records: [],
      lookalikes: [],
      dnsError: { code: result.error.code, message: result.error.message }
    };
  }
  const texts = result.status === "answer" ? result.records.map((record) => record.data.text) : [];
  const records = texts.filter(isDmarcRecord);
  const lookalikes = texts.filter((text) => looksLikeDmarc(text) && !isDmarcRecord(text));
  if (records.length === 0) return { domain, name: name2, outcome: "none", records, lookalikes };
  if (records.length > 1) return { domain, name: name2, outcome: "multiple", records, lookalikes };
  const parsed = parseDmarc(records[0]);
  if (!parsed.ok) {
    return { domain, name: name2, outcome: "invalid", records, lookalikes, error: parsed.error, issues: parsed.issues };
  }
  return { domain, name: name2, outcome: "record", records, lookalikes, record: parsed.record, issues: parsed.issues };
}
function oneLabelBelow(domain, parent) {
  const labels = domain.split(".");
  const count = parent.split(".").length + 1;
  return labels.slice(labels.length - count).join(".");
}
function organizationalDomainOf(domain, walk2) {
  const found = walk2.filter((step) => step.outcome === "record");
  for (const step of found) {
    if (step.record.psd === "n") return step.domain;
    if (step.record.psd === "y" && step.domain !== domain) return oneLabelBelow(domain, step.domain);
  }
  const highest = found.at(-1);
  return highest ? highest.domain : domain;
}
function pslOrganizationalDomain(domain) {
  return (0, import_tldts.getDomain)(domain, { allowPrivateDomains: true }) ?? domain;
}
async function rfc7489View(domain, lookup, walked) {
  const organizationalDomain = pslOrganizationalDomain(domain);
  const candidates = organizationalDomain === domain ? [domain] : [domain, organizationalDomain];
  for (const candidate of candidates) {
    const step = walked.find((known) => known.domain === candidate) ?? evaluateDmarcAnswer(candidate, await lookup(`_dmarc.${candidate}`));
    if (step.outcome === "none") continue;
    const status = step.outcome === "record" ? "found" : step.outcome;
    const view = { organizationalDomain, status };
    if (step.record) {
      view.policyDomain = candidate;
      view.record = step.record;
    }
    return view;
  }
  return { organizationalDomain, status: "none" };
}
async function discoverDmarc(domain, { resolver, lookup = createTxtLookup(resolver) }) {
  const start = canonicalName(domain);
  const walk2 = [];
  let policyStep;
  let status = "none";
  let walkComplete = true;
  const targets = treeWalkTargets(start);
  const answers = targets.map((target) => lookup(`_dmarc.${target}`));
  for (const [index, target] of targets.entries()) {
    const step = evaluateDmarcAnswer(target, await answers[index]);
    walk2.push(step);
    if (step.outcome === "dns-error") {
      walkComplete = false;
      if (!policyStep) status = "dns-error";
      break;
    }
    if (!policyStep) {
      if (step.outcome === "multiple" || step.outcome === "invalid") {
        status = step.outcome;
        break;
      }
      if (step.outcome === "record") {
        policyStep = step;
        status = "found";
      }
    }
    if (step.outcome === "record" && step.record.psd !== "u") break;
  }
  const rfc7489 = await rfc7489View(start, lookup, walk2);
  const discovery = {
    domain: start,
    status,
    issues: policyStep?.issues ?? [],
    inherited: policyStep !== void 0 && policyStep.domain !== start,
    organizationalDomain: organizationalDomainOf(start, walk2),
    walkComplete,
    walk: walk2,
    rfc7489
  };
  if (policyStep) {
    discovery.policyDomain = policyStep.domain;
    discovery.record = policyStep.record;
  }
  return discovery;
}

// core/dmarc/effective-policy.ts
var RANK = { none: 0, quarantine: 1, reject: 2 };
function comparePolicies(a, b) {
  return RANK[a] - RANK[b];
}
function testingPolicy(policy) {
  return policy === "reject" ? "quarantine" : "none";
}
function effective(published, source, testing) {
  return { published, source, applied: testing ? testingPolicy(published) : published, testing };
}
function effectivePolicies(record, { inherited, domainExists = true }) {
  const t = record.testing;
  const subdomains = record.sp ? effective(record.sp, "sp", t) : effective(record.policy, "p", t);
  const nonExistentSubdomains = record.np ? effective(record.np, "np", t) : record.sp ? effective(record.sp, "sp", t) : effective(record.policy, "p", t);
  const domain = !inherited ? effective(record.policy, "p", t) : domainExists ? subdomains : nonExistentSubdomains;
  return { domain, subdomains, nonExistentSubdomains };
}

// core/dmarc/findings.ts
var dmarcFindings = {
  "dmarc.missing": {
    severity: "error",
    title: "No DMARC record",
    fix: 'Publish a TXT record at _dmarc.<domain>, starting with "v=DMARC1; p=none; rua=mailto:<you>@<domain>", read the reports, then raise p to quarantine and reject.',
    rfc: "RFC 9989 \xA74.10.1"
  },
  "dmarc.multiple-records": {
    severity: "error",
    title: "More than one DMARC record at one name",
    fix: "Keep exactly one TXT record starting with v=DMARC1 at this name; receivers discard them all when there are several.",
    rfc: "RFC 9989 \xA74.10"
  },
  "dmarc.syntax-error": {
    severity: "error",
    title: "DMARC record does not follow the grammar",
    fix: 'Correct the record so that it reads "v=DMARC1; p=<none|quarantine|reject>; \u2026" with valid tag values separated by ";".',
    rfc: "RFC 9989 \xA74.8"
  },
  "dmarc.policy-none": {
    severity: "warning",
    title: "Policy is none (monitoring only)",
    fix: "Once the aggregate reports show all your mail passing, change p=none to p=quarantine and then p=reject.",
    rfc: "RFC 9989 \xA74.7"
  },
  "dmarc.historic-tag": {
    severity: "info",
    title: "Historic tag (pct, rf or ri)",
    fix: "Remove pct, rf and ri: RFC 9989 no longer defines them and its receivers ignore them (use t=y to test a policy).",
    rfc: "RFC 9989 \xA74.7"
  },
  "dmarc.partial-pct": {
    severity: "warning",
    title: "pct below 100: the policy applies to only part of the failing mail",
    fix: "Remove pct so the policy applies to all failing mail; use p=none to monitor, or t=y to test a policy.",
    rfc: "RFC 7489 \xA76.3; RFC 9989 \xA74.7"
  },
  "dmarc.testing": {
    severity: "warning",
    title: "Testing mode (t=y): the policy is not applied as published",
    fix: "Remove t=y (or set t=n) when the reports show your mail passing, so receivers apply the policy.",
    rfc: "RFC 9989 \xA74.7"
  },
  "dmarc.no-rua": {
    severity: "warning",
    title: "No aggregate report address (rua)",
    fix: "Add rua=mailto:<address> so receivers send aggregate reports; without them you cannot see who sends as your domain.",
    rfc: "RFC 9989 \xA74.7"
  },
  "dmarc.rua-unauthorized": {
    severity: "warning",
    title: "External report destination has not authorized the domain",
    fix: 'Have the destination publish TXT "v=DMARC1" at <policy-domain>._report._dmarc.<destination-host> (or *._report._dmarc.<destination-host>), or send reports to an address in your own domain.',
    rfc: "RFC 9990 (Verifying External Destinations)"
  },
  "dmarc.weak-subdomain-policy": {
    severity: "warning",
    title: "Subdomain policy (sp or np) weaker than p",
    fix: "Remove sp and np (they default to p) or set them as strict as p; np=reject protects names that do not exist.",
    rfc: "RFC 9989 \xA74.7"
  },
  "dmarc.inherited": {
    severity: "info",
    title: "DMARC record inherited from a parent domain",
    fix: "Nothing to do if the parent policy suits this domain; publish _dmarc.<domain> to give it its own policy and reports.",
    rfc: "RFC 9989 \xA74.10.1"
  },
  "dmarc.org-domain-disagreement": {
    severity: "warning",
    title: "RFC 9989 and RFC 7489 receivers see a different organizational domain or policy",
    fix: "Publish the record at the domain itself, or add psd=n to the record at your organizational domain, so both kinds of receivers find the same policy.",
    rfc: "RFC 9989 \xA74.10.2; RFC 7489 \xA73.2"
  },
  "dmarc.dns-error": {
    severity: "error",
    title: "DMARC lookup failed",
    fix: "Make sure the domain's name servers answer TXT queries for _dmarc names (and report-authorization names); then check again.",
    rfc: "RFC 9989 \xA74.10"
  },
  "dmarc.unknown-tag": {
    severity: "info",
    title: "Unknown tag, ignored",
    fix: "Remove the tag or correct its name; receivers ignore tags RFC 9989 does not define.",
    rfc: "RFC 9989 \xA74.7"
  },
  "dmarc.obsolete-size-limit": {
    severity: "info",
    title: "Report size limit (!size) is obsolete",
    fix: 'Remove the "!<size>" suffix from the report URI; RFC 9989 receivers ignore it.',
    rfc: "RFC 9989 \xA74.7"
  },
  "dmarc.report-uri-scheme": {
    severity: "warning",
    title: "Report URI scheme receivers need not support",
    fix: "Use a mailto: URI; it is the only scheme every receiver must support.",
    rfc: "RFC 9989 \xA74.7"
  },
  "dmarc.invalid-domain": {
    severity: "error",
    title: "Not a valid domain name",
    fix: "Give a domain name such as example.com.",
    rfc: "RFC 1035 \xA72.3.4"
  }
};

// core/dmarc/check.ts
var ISSUE_FINDINGS = {
  "invalid-value": "dmarc.syntax-error",
  "empty-tag": "dmarc.syntax-error",
  "unknown-tag": "dmarc.unknown-tag",
  "historic-tag": "dmarc.historic-tag",
  "size-limit": "dmarc.obsolete-size-limit",
  "uri-scheme": "dmarc.report-uri-scheme",
  "missing-policy": "dmarc.policy-none"
};
function historicMessage(issue) {
  const { tag, value = "" } = issue;
  if (tag === "pct") {
    const valid = /^\d{1,3}$/.test(value) && Number(value) <= 100;
    return `pct=${value} is historic: RFC 9989 removed it and its receivers ignore it, while RFC 7489 receivers still apply it${valid ? "" : ` (and ${value} is not even a valid RFC 7489 value, 0\u2013100)`}.`;
  }
  const meaning = tag === "rf" ? "the failure-report format" : "the aggregate-report interval";
  return `${tag}=${value} (${meaning}) is historic: RFC 9989 removed it and receivers ignore it.`;
}
var MAX_FINDINGS_PER_ISSUE = 20;
function issueFindings(issues, at, add) {
  const seen = /* @__PURE__ */ new Map();
  for (const issue of issues) {
    const id = ISSUE_FINDINGS[issue.code];
    const count = (seen.get(issue.code) ?? 0) + 1;
    seen.set(issue.code, count);
    if (count > MAX_FINDINGS_PER_ISSUE) continue;
    if (issue.code === "historic-tag") add(id, historicMessage(issue), { at });
    else if (issue.code === "empty-tag") add(id, issue.message, { at, severity: "warning" });
    else if (issue.code === "missing-policy") {
      add(id, `${issue.message} Mail that fails DMARC is delivered as usual.`, {
        at,
        fix: "Add p=none explicitly to monitor, then p=quarantine and p=reject; put p right after v=DMARC1 for older receivers."
      });
    } else add(id, issue.message, { at });
  }
  for (const [code, count] of seen) {
    if (count > MAX_FINDINGS_PER_ISSUE) {
      const more = count - MAX_FINDINGS_PER_ISSUE;
      add(ISSUE_FINDINGS[code], `\u2026and ${more} more of the same kind in this record.`, { at });
    }
  }
}
function pctFindings(record, at, add) {
  const pct = record.historic.pct;
  if (pct === void 0 || !/^\d{1,3}$/.test(pct)) return;
  const share = Number(pct);
  if (share >= 100 || record.policy === "none") return;
  const milder = testingPolicy(record.policy);
  add(
    "dmarc.partial-pct",
    `pct=${share} with p=${record.policy}: RFC 7489 receivers apply ${record.policy} to only ${share}% of the mail that fails DMARC and treat the other ${100 - share}% as p=${milder}; RFC 9989 receivers ignore pct and apply ${record.policy} to all of it. pct=${share} does not mean "monitor": to monitor use p=none, to test a policy use t=y, and to enforce remove pct.`,
    { at }
  );
}
function policyFindings(discovery, record, data, add) {
  const at = `_dmarc.${discovery.policyDomain}`;
  const policy = data.policy;
  if (discovery.inherited) {
    const own = policy.domain;
    add(
      "dmarc.inherited",
      `${discovery.domain} has no DMARC record of its own; the record at ${at} applies to it through ${own.source}=${own.published}${data.domainExists === false ? " (the domain does not exist, so np applies)" : ""}.`,
      { at }
    );
  }
  if (record.p !== void 0 && policy.domain.published === "none") {
    add(
      "dmarc.policy-none",
      `${policy.domain.source}=none: receivers only monitor; mail that fails DMARC for ${discovery.domain} is delivered as usual.`,
      { at }
    );
  }
  if (record.testing) {
    add(
      "dmarc.testing",
      `t=y: receivers do not apply ${policy.domain.source}=${policy.domain.published} as published but ${policy.domain.applied} (t=y makes reject act as quarantine and quarantine as none).`,
      { at }
    );
  }
  pctFindings(record, at, add);
  if (record.sp !== void 0 && comparePolicies(record.sp, record.policy) < 0) {
    add(
      "dmarc.weak-subdomain-policy",
      `sp=${record.sp} is weaker than p=${record.policy}: mail from existing subdomains of ${discovery.policyDomain} that fails DMARC gets only ${record.sp}${record.np === void 0 ? ", and so does mail from names that do not exist (np defaults to sp)" : ""}.`,
      { at }
    );
  }
  if (record.np !== void 0 && comparePolicies(record.np, record.policy) < 0) {
    add(
      "dmarc.weak-subdomain-policy",
      `np=${record.np} is weaker than p=${record.policy}: mail from names that do not exist under ${discovery.policyDomain} gets only ${record.np}.`,
      { at }
    );
  }
  if (record.rua.length === 0) {
    const hadRua = record.tags.some(([name2]) => name2 === "rua");
    add(
      "dmarc.no-rua",
      hadRua ? "rua holds no valid URI, so no receiver sends aggregate reports." : "No rua tag: receivers send no aggregate reports, so you cannot see who sends mail as your domain.",
      { at }
    );
  }
  for (const destination2 of [...data.reporting.rua, ...data.reporting.ruf]) {
    if (destination2.authorization === "unauthorized") {
      add(
        "dmarc.rua-unauthorized",
        `${destination2.kind}=${destination2.uri} is outside ${discovery.organizationalDomain}, and ${destination2.authorizationName} has no "v=DMARC1" record, so receivers will not send ${destination2.kind === "rua" ? "aggregate" : "failure"} reports there.`,
        { at: destination2.authorizationName }
      );
    } else if (destination2.authorization === "dns-error") {
      add(
        "dmarc.dns-error",
        `The lookup of ${destination2.authorizationName} failed (${destination2.dnsError.code}), so whether ${destination2.host} accepts reports for ${discovery.policyDomain} is unknown.`,
        { at: destination2.authorizationName, severity: "warning" }
      );
    }
  }
}
function disagreementFindings(discovery, add) {
  if (!discovery.walkComplete || discovery.rfc7489.status === "dns-error") return;
  const walkOrg = discovery.organizationalDomain;
  const view = discovery.rfc7489;
  const pslOrg = view.organizationalDomain;
  const where = (domain) => domain ? `_dmarc.${domain}` : "no record";
  if (discovery.status === "found" && view.status !== "found") {
    add(
      "dmarc.org-domain-disagreement",
      `RFC 9989 receivers apply the record at _dmarc.${discovery.policyDomain} (organizational domain ${walkOrg}), but RFC 7489 receivers look only at _dmarc.${discovery.domain}${pslOrg !== discovery.domain ? ` and _dmarc.${pslOrg} (organizational domain by the Public Suffix List)` : ""} and find ${view.status === "none" ? "no record" : `a ${view.status} result`}, so they apply no DMARC policy.`
    );
  } else if (discovery.status !== "found" && view.status === "found") {
    add(
      "dmarc.org-domain-disagreement",
      `RFC 7489 receivers apply the record at ${where(view.policyDomain)}, but RFC 9989 receivers (DNS Tree Walk) find no usable record for ${discovery.domain}.`
    );
  } else if (discovery.status === "found" && view.policyDomain !== discovery.policyDomain) {
    add(
      "dmarc.org-domain-disagreement",
      `RFC 9989 receivers apply the record at _dmarc.${discovery.policyDomain}, RFC 7489 receivers the one at ${where(view.policyDomain)}.`
    );
  } else if (walkOrg !== pslOrg && discovery.status === "found") {
    add(
      "dmarc.org-domain-disagreement",
      `The organizational domain is ${walkOrg} by the DNS Tree Walk (RFC 9989) but ${pslOrg} by the Public Suffix List (RFC 7489): the two kinds of receivers judge relaxed alignment differently.`,
      { severity: "info" }
    );
  }
}
function summaryOf(discovery, data, failed) {
  const domain = discovery.domain;
  switch (discovery.status) {
    case "dns-error":
      return `The DMARC policy of ${domain} is unknown: the DNS lookup of ${failed?.name ?? `_dmarc.${domain}`} failed.`;
    case "none":
      return `${domain} has no DMARC record, so receivers apply no DMARC policy to mail from it.`;
    case "multiple":
      return `${failed?.name} holds ${failed?.records.length} DMARC records, so receivers discard them all and apply no DMARC policy.`;
    case "invalid":
      return `The DMARC record at ${failed?.name} is unusable, so receivers apply no DMARC policy to ${domain}.`;
    case "found": {
      const own = data.policy.domain;
      const reports = data.reporting.rua.length;
      return `${domain} has a DMARC policy of ${own.published}${discovery.inherited ? ` inherited from ${discovery.policyDomain}` : ""}${own.testing ? " in testing mode (t=y)" : ""}; receivers apply ${own.applied} to failing mail and send aggregate reports to ${reports === 0 ? "nobody" : `${reports} address${reports === 1 ? "" : "es"}`}.`;
    }
  }
}
async function checkDmarc(input, { resolver }) {
  const findings = [];
  const add = (id, message, extra) => findings.push(createFinding(dmarcFindings, id, message, extra));
  const parsedDomain = parseDomain(input);
  if (!parsedDomain.ok) {
    add("dmarc.invalid-domain", parsedDomain.error.message);
    return {
      status: "error",
      summary: `"${input}" is not a domain name that can be checked.`,
      findings,
      records: [],
      data: {
        domain: input,
        discovery: "none",
        inherited: false,
        organizationalDomain: { treeWalk: input, publicSuffixList: input, agree: true },
        rfc7489: { status: "none" },
        reporting: { rua: [], ruf: [] },
        walk: []
      }
    };
  }
  const domain = parsedDomain.name;
  const lookup = createTxtLookup(resolver);
  const discovery = await discoverDmarc(domain, { resolver, lookup });
  const own = discovery.walk[0];
  const last = discovery.walk.at(-1);
  const data = {
    domain,
    discovery: discovery.status,
    inherited: discovery.inherited,
    organizationalDomain: {
      treeWalk: discovery.organizationalDomain,
      publicSuffixList: discovery.rfc7489.organizationalDomain,
      agree: discovery.organizationalDomain === discovery.rfc7489.organizationalDomain
    },
    rfc7489: { status: discovery.rfc7489.status },
    reporting: { rua: [], ruf: [] },
    walk: discovery.walk.map((step) => ({ name: step.name, outcome: step.outcome }))
  };
  if (discovery.rfc7489.policyDomain) data.rfc7489.policyDomain = discovery.rfc7489.policyDomain;
  if (discovery.rfc7489.record) data.rfc7489.policy = discovery.rfc7489.record.policy;
  let records = [];
  for (const text of own?.lookalikes ?? []) {
    const parsed = parseDmarc(text);
    const reason = parsed.ok ? "" : ` ${parsed.error.message}`;
    add(
      "dmarc.syntax-error",
      `The TXT record "${text}" at ${own.name} looks like DMARC but receivers ignore it.${reason}`,
      { at: own.name }
    );
  }
  switch (discovery.status) {
    case "dns-error":
      add(
        "dmarc.dns-error",
        `The TXT lookup of ${last.name} failed (${last.dnsError.code}: ${last.dnsError.message}); the DMARC policy of ${domain} is unknown, not missing.`,
        { at: last.name }
      );
      break;
    case "none":
      records = own?.lookalikes ?? [];
      add(
        "dmarc.missing",
        `No usable DMARC record at _dmarc.${domain} nor above it (looked at ${discovery.walk.map((step) => step.name).join(", ")}), so receivers apply no DMARC policy to mail from ${domain}.`,
        { at: `_dmarc.${domain}` }
      );
      break;
    case "multiple":
      records = last.records;
      add(
        "dmarc.multiple-records",
        `${last.name} holds ${last.records.length} TXT records starting with v=DMARC1; receivers discard them all, so ${domain} has no DMARC policy.`,
        { at: last.name }
      );
      break;
    case "invalid":
      records = last.records;
      issueFindings(last.issues ?? [], last.name, add);
      add(
        "dmarc.syntax-error",
        `The DMARC record at ${last.name} is unusable: ${last.error.message} Receivers apply no DMARC policy to ${domain}.`,
        { at: last.name }
      );
      break;
    case "found": {
      const record = discovery.record;
      const at = `_dmarc.${discovery.policyDomain}`;
      records = [record.raw];
      data.policyDomain = discovery.policyDomain;
      data.recordName = at;
      data.record = record;
      let domainExists = true;
      const [existence, reporting] = await Promise.all([
        // RFC 9989 §4.7 (np), RFC 8020: a name that gets NXDOMAIN does not exist; only asked when the record is inherited.
        discovery.inherited ? lookup(domain) : void 0,
        verifyReportDestinations(record, {
          policyDomain: discovery.policyDomain,
          organizationalDomain: discovery.organizationalDomain,
          lookup
        })
      ]);
      if (existence) {
        if (existence.status === "error") {
          add(
            "dmarc.dns-error",
            `The lookup of ${domain} failed (${existence.error.code}), so whether it exists \u2014 and so whether sp or np applies to it \u2014 is unknown; sp is assumed.`,
            { at: domain, severity: "warning" }
          );
        } else {
          domainExists = existence.status !== "nxdomain";
          data.domainExists = domainExists;
        }
      }
      data.reporting = reporting;
      data.policy = effectivePolicies(record, { inherited: discovery.inherited, domainExists });
      issueFindings(discovery.issues, at, add);
      policyFindings(discovery, record, data, add);
      if (!discovery.walkComplete && last?.outcome === "dns-error") {
        add(
          "dmarc.dns-error",
          `The lookup of ${last.name} failed (${last.dnsError.code}), so the DNS Tree Walk stopped there: the policy is known, but the organizational domain (taken as ${discovery.organizationalDomain}) may differ.`,
          { at: last.name, severity: "info" }
        );
      }
      break;
    }
  }
  disagreementFindings(discovery, add);
  const failed = discovery.status === "found" ? void 0 : last;
  return {
    status: sectionStatus(findings, discovery.status === "dns-error"),
    summary: summaryOf(discovery, data, failed),
    findings,
    records,
    data
  };
}

// core/dns/session.ts
var DEFAULT_MAX_QUERIES = 200;
var DEFAULT_DEADLINE_MS = 15e3;
var SessionStats = class {
  queries = 0;
  memoHits = 0;
  refused = 0;
  deadlineReached = false;
  minTtl;
  sentTypes = [];
  sentNames = [];
  get log() {
    return this.sentNames.map((name2, i) => `${this.sentTypes[i]} ${name2}`);
  }
};
var PendingQuery = class {
  constructor(name2, type, stats, inFlight) {
    this.name = name2;
    this.type = type;
    this.stats = stats;
    this.inFlight = inFlight;
  }
  name;
  type;
  stats;
  inFlight;
  controller;
  settle = noop;
  get signal() {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.stats.deadlineReached) this.controller.abort("deadline");
      else this.inFlight.add(this.controller);
    }
    return this.controller.signal;
  }
};
var noop = () => {
};
function errorResult(name2, type, error) {
  return { status: "error", name: name2, type, error };
}
function resolverFailed(query2, error) {
  return errorResult(query2.name, query2.type, {
    code: "network",
    transient: true,
    message: `The resolver failed: ${String(error)}`
  });
}
function createLookupSession(resolver, budget = {}) {
  const maxQueries = budget.maxQueries ?? DEFAULT_MAX_QUERIES;
  const deadlineMs = budget.deadlineMs ?? DEFAULT_DEADLINE_MS;
  const startedAt = Date.now();
  const memos = /* @__PURE__ */ new Map();
  const stats = new SessionStats();
  let controller;
  const inFlight = /* @__PURE__ */ new Set();
  const waiting = /* @__PURE__ */ new Set();
  let timer;
  let closed = false;
  const deadlineError = () => ({
    code: "deadline",
    transient: false,
    message: `The check took over ${deadlineMs} ms.`
  });
  function expire() {
    timer = void 0;
    stats.deadlineReached = true;
    controller?.abort("deadline");
    for (const query2 of inFlight) query2.abort("deadline");
    inFlight.clear();
    for (const query2 of waiting) query2.settle(errorResult(query2.name, query2.type, deadlineError()));
    waiting.clear();
  }
  let captured = noop;
  const capture = (settle) => {
    captured = settle;
  };
  function finish(query2, result) {
    if (query2.controller) inFlight.delete(query2.controller);
    if (!waiting.delete(query2)) return;
    if (result.status !== "error") stats.minTtl = Math.min(stats.minTtl ?? result.ttl, result.ttl);
    query2.settle(result);
  }
  function send(canonical, type) {
    if (timer === void 0 && !stats.deadlineReached) {
      const left = deadlineMs - (Date.now() - startedAt);
      if (left <= 0) expire();
      else if (!closed) timer = setTimeout(expire, left);
    }
    if (stats.deadlineReached) return Promise.resolve(errorResult(canonical, type, deadlineError()));
    if (stats.queries >= maxQueries) {
      stats.refused++;
      return Promise.resolve(
        errorResult(canonical, type, {
          code: "budget-exhausted",
          transient: false,
          message: `The check's budget of ${maxQueries} DNS queries is spent.`
        })
      );
    }
    stats.queries++;
    stats.sentTypes.push(type);
    stats.sentNames.push(canonical);
    const query2 = new PendingQuery(canonical, type, stats, inFlight);
    let answer2;
    try {
      answer2 = resolver.resolve(canonical, type, query2);
    } catch (error) {
      return Promise.resolve(resolverFailed(query2, error));
    }
    const pending = new Promise(capture);
    query2.settle = captured;
    waiting.add(query2);
    answer2.then(
      (result) => finish(query2, result),
      (error) => finish(query2, resolverFailed(query2, error))
    );
    return pending;
  }
  function resolve2(name2, type, _options) {
    const canonical = canonicalName(name2);
    let memo = memos.get(type);
    if (!memo) {
      memo = /* @__PURE__ */ new Map();
      memos.set(type, memo);
    }
    const known = memo.get(canonical);
    if (known) {
      stats.memoHits++;
      return known;
    }
    const pending = send(canonical, type);
    memo.set(canonical, pending);
    return pending;
  }
  return new Session(resolve2, stats, sessionSignal, () => {
    closed = true;
    if (timer !== void 0) clearTimeout(timer);
    timer = void 0;
  });
  function sessionSignal() {
    controller ??= new AbortController();
    if (stats.deadlineReached) controller.abort("deadline");
    return controller.signal;
  }
}
function isLookupSession(resolver) {
  return resolver instanceof Session;
}
var Session = class {
  constructor(resolve2, stats, signalOf, close) {
    this.resolve = resolve2;
    this.stats = stats;
    this.signalOf = signalOf;
    this.close = close;
  }
  resolve;
  stats;
  signalOf;
  close;
  get signal() {
    return this.signalOf();
  }
};

// core/mx/address.ts
var import_ipaddr2 = __toESM(require_ipaddr(), 1);

// core/dns/address.ts
var import_ipaddr = __toESM(require_ipaddr(), 1);
function parseAddress(text) {
  return facts(text)?.address;
}
function addressFacts(text) {
  return facts(text) ?? void 0;
}
var facts = boundedMemo(MEMO_SIZE, (text) => {
  let address;
  try {
    address = text.includes(":") ? import_ipaddr.default.IPv6.parse(text) : import_ipaddr.default.IPv4.parse(text);
  } catch {
    return null;
  }
  const canonical = address.kind() === "ipv4" ? address.toString() : address.toRFC5952String();
  return { address, text: canonical, range: address.range() };
});

// core/ptr/reverse-name.ts
var DECIMAL_QUAD = /^(?:0|[1-9]\d{0,2})(?:\.(?:0|[1-9]\d{0,2})){3}$/;
var factsOf = boundedMemo(MEMO_SIZE, parseIpText);
function parseIp(input) {
  return factsOf(input).result;
}
function isPublicAddress(address) {
  return factsOf(address).range === "unicast";
}
function parseIpText(input) {
  const text = input.trim().replace(/^\[|\]$/g, "");
  if (DECIMAL_QUAD.test(text)) {
    const v42 = addressFacts(text);
    if (v42) return ipv4(v42.address, v42.text, v42.range);
  }
  const v62 = text.includes(":") && !text.includes("%") ? addressFacts(text) : void 0;
  if (!v62) {
    return { result: { ok: false, error: { code: "invalid-ip", message: `"${input}" is not an IP address.` } } };
  }
  const parsed = v62.address;
  if (parsed.isIPv4MappedAddress()) {
    const v42 = parsed.toIPv4Address();
    return ipv4(v42, v42.toString(), v42.range());
  }
  let nibbles = "";
  for (let i = parsed.parts.length - 1; i >= 0; i--) {
    const group = parsed.parts[i].toString(16).padStart(4, "0");
    nibbles += `${group[3]}.${group[2]}.${group[1]}.${group[0]}.`;
  }
  const address = { ip: v62.text, version: 6, reverseName: `${nibbles}ip6.arpa` };
  return { result: { ok: true, address }, range: v62.range };
}
function ipv4(address, ip, range) {
  const [a, b, c, d] = address.octets;
  const reverse = { ip, version: 4, reverseName: `${d}.${c}.${b}.${a}.in-addr.arpa` };
  return { result: { ok: true, address: reverse }, range };
}
function sameAddress(a, b) {
  const left = parseIp(a);
  const right = parseIp(b);
  return left.ok && right.ok && left.address.ip === right.address.ip;
}

// core/mx/address.ts
var DOTTED_QUAD = /^\d{1,3}(?:\.\d{1,3}){3}$/;
function isAddressLiteral(name2) {
  const bare = name2.replace(/^\[|\]$/g, "");
  return DOTTED_QUAD.test(bare) && import_ipaddr2.default.IPv4.isValidFourPartDecimal(bare) || bare.includes(":") && import_ipaddr2.default.IPv6.isValid(bare);
}

// core/mx/findings.ts
var mxFindings = {
  "mx.missing": {
    severity: "warning",
    title: "No mail server",
    fix: 'Publish MX records for the mail servers that receive mail for the domain, or a null MX ("0 .") if it takes none.',
    rfc: "RFC 5321 \xA75.1"
  },
  "mx.implicit": {
    severity: "warning",
    title: "No MX: mail goes to the domain address",
    fix: 'Publish an MX record naming the host that receives mail, or a null MX ("0 .") if the domain takes no mail.',
    rfc: "RFC 5321 \xA75.1"
  },
  "mx.null": {
    severity: "info",
    title: "Null MX: the domain accepts no mail",
    fix: "Nothing to do if the domain neither receives nor sends mail; remove the null MX if it should receive mail.",
    rfc: "RFC 7505 \xA73"
  },
  "mx.null-invalid": {
    severity: "error",
    title: "Null MX published wrongly",
    fix: 'Publish the null MX as the only MX record, with preference 0: "0 .".',
    rfc: "RFC 7505 \xA73"
  },
  "mx.no-address": {
    severity: "error",
    title: "Mail server has no address",
    fix: "Publish A and/or AAAA records for the exchange, or remove the MX record that names it.",
    rfc: "RFC 5321 \xA75.1"
  },
  "mx.address-literal": {
    severity: "error",
    title: "MX names an IP address",
    fix: "An MX names a host, not an address: publish an A record for a name (e.g. mx1.<domain>) and put that name in the MX.",
    rfc: "RFC 5321 \xA75.1"
  },
  "mx.cname": {
    severity: "warning",
    title: "MX points to a CNAME",
    fix: "Put the canonical host name (the CNAME target) in the MX record.",
    rfc: "RFC 2181 \xA710.3"
  },
  "mx.non-public-address": {
    severity: "warning",
    title: "Mail server address not reachable from the internet",
    fix: "Publish the public address of the mail server; private, loopback and documentation ranges are unreachable.",
    rfc: "RFC 6890 \xA72.2"
  },
  "mx.too-many": {
    severity: "info",
    title: "More MX records than checked",
    fix: "Few domains need more than a handful of MX records; remove the ones no longer in use.",
    rfc: "RFC 5321 \xA75.1"
  },
  "mx.dns-error": {
    severity: "error",
    title: "MX lookup failed",
    fix: "Make the DNS servers of the domain (and of its mail hosts) answer MX, A and AAAA queries, then check again.",
    rfc: "RFC 5321 \xA75.1"
  }
};

// core/mx/check.ts
var DEFAULT_MAX_MX_HOSTS = 10;
var HOST_CONCURRENCY = 10;
var addressesOf = (result) => result.status === "answer" ? result.records.map((record) => record.data) : [];
async function lookupHost(exchange, preference, resolver) {
  const [a, aaaa] = await Promise.all([resolver.resolve(exchange, "A"), resolver.resolve(exchange, "AAAA")]);
  const host = { exchange, preference, addresses: [...addressesOf(a), ...addressesOf(aaaa)] };
  const failed = [a, aaaa].find((result) => result.status === "error");
  if (failed?.status === "error") host.error = failed.error.code;
  const chain = [a, aaaa].find((result) => result.status !== "error" && result.cnames.length > 0);
  if (chain && chain.status !== "error") host.cnameTarget = chain.cnames.at(-1);
  return host;
}
function judgeHosts(hosts, implicit) {
  const findings = [];
  const reachable = hosts.some((host) => host.addresses.length > 0);
  let dnsFailed = false;
  for (const host of hosts) {
    const at = host.exchange;
    if (host.error) {
      dnsFailed ||= host.addresses.length === 0;
      findings.push(
        createFinding(mxFindings, "mx.dns-error", `The address lookup of ${at} failed (${host.error}).`, {
          at,
          severity: reachable ? "warning" : "error"
        })
      );
      continue;
    }
    if (!implicit && host.addresses.length === 0) {
      const severity = reachable ? "warning" : "error";
      findings.push(createFinding(mxFindings, "mx.no-address", `${at} has no A or AAAA record.`, { at, severity }));
    }
    if (host.cnameTarget && !implicit) {
      findings.push(
        createFinding(mxFindings, "mx.cname", `${at} is an alias of ${host.cnameTarget}; an MX must name the host.`, {
          at
        })
      );
    }
    const unreachable = host.addresses.filter((address) => !isPublicAddress(address));
    if (unreachable.length > 0) {
      findings.push(
        createFinding(
          mxFindings,
          "mx.non-public-address",
          `${at} resolves to ${unreachable.join(", ")}, not a public internet address.`,
          { at }
        )
      );
    }
  }
  return { findings, dnsFailed };
}
async function checkMx(domain, options) {
  const { resolver } = options;
  const maxHosts = options.maxHosts ?? DEFAULT_MAX_MX_HOSTS;
  const apex = canonicalName(domain);
  const result = (status, summary2, findings2, fields = {}) => ({
    records: fields.records ?? [],
    nullMx: fields.nullMx ?? false,
    implicit: fields.implicit ?? false,
    hosts: fields.hosts ?? [],
    skippedHosts: fields.skippedHosts ?? 0,
    status,
    summary: summary2,
    findings: findings2
  });
  const answer2 = await resolver.resolve(apex, "MX");
  if (answer2.status === "error") {
    const findings2 = [
      createFinding(mxFindings, "mx.dns-error", `The MX lookup of ${apex} failed (${answer2.error.code}).`, {
        at: apex
      })
    ];
    return result("error", `MX could not be checked for ${apex}: DNS failed.`, findings2);
  }
  if (answer2.status !== "answer") {
    if (answer2.status === "nxdomain") {
      const findings3 = [createFinding(mxFindings, "mx.missing", `${apex} does not exist in DNS.`, { at: apex })];
      return result(sectionStatus(findings3), `${apex} does not exist.`, findings3);
    }
    const host = await lookupHost(apex, 0, resolver);
    if (host.error && host.addresses.length === 0) {
      const findings3 = [
        createFinding(mxFindings, "mx.dns-error", `The address lookup of ${apex} failed (${host.error}).`, {
          at: apex
        })
      ];
      return result("error", `MX could not be checked for ${apex}: DNS failed.`, findings3);
    }
    if (host.addresses.length === 0) {
      const findings3 = [
        createFinding(mxFindings, "mx.missing", `${apex} has no MX record and no address: it cannot receive mail.`, {
          at: apex
        })
      ];
      return result(sectionStatus(findings3), `${apex} has no MX record.`, findings3);
    }
    const judged2 = judgeHosts([host], true);
    const findings2 = [
      createFinding(
        mxFindings,
        "mx.implicit",
        `${apex} has no MX record, so mail goes to its own address (${host.addresses.join(", ")}).`,
        { at: apex }
      ),
      ...judged2.findings
    ];
    return result(
      sectionStatus(findings2, judged2.dnsFailed),
      `${apex} has no MX record; mail goes to ${apex} itself.`,
      findings2,
      { implicit: true, hosts: [host] }
    );
  }
  const mx = answer2.records.map((record) => record.data).sort((a, b) => a.preference - b.preference || (a.exchange < b.exchange ? -1 : a.exchange > b.exchange ? 1 : 0));
  const records = mx.map((record) => `${record.preference} ${record.exchange === "" ? "." : record.exchange}`);
  const nulls = mx.filter((record) => record.exchange === "");
  const exchanges = mx.filter((record) => record.exchange !== "");
  const findings = [];
  if (nulls.length > 0 && exchanges.length === 0) {
    if (nulls.some((record) => record.preference !== 0)) {
      findings.push(
        createFinding(mxFindings, "mx.null-invalid", `The null MX of ${apex} has preference ${nulls[0].preference}.`, {
          at: apex,
          severity: "warning"
        })
      );
    }
    findings.push(createFinding(mxFindings, "mx.null", `${apex} declares it accepts no mail (null MX).`, { at: apex }));
    return result(sectionStatus(findings), `${apex} accepts no mail (null MX).`, findings, { records, nullMx: true });
  }
  if (nulls.length > 0) {
    findings.push(
      createFinding(mxFindings, "mx.null-invalid", `${apex} publishes a null MX next to other MX records.`, {
        at: apex
      })
    );
  }
  const literals = exchanges.filter((record) => isAddressLiteral(record.exchange));
  for (const literal of literals) {
    findings.push(
      createFinding(mxFindings, "mx.address-literal", `The MX "${literal.exchange}" is an address, not a host name.`, {
        at: literal.exchange
      })
    );
  }
  const named = exchanges.filter((record) => !isAddressLiteral(record.exchange));
  const checked = named.slice(0, maxHosts);
  const skippedHosts = named.length - checked.length;
  if (skippedHosts > 0) {
    findings.push(
      createFinding(
        mxFindings,
        "mx.too-many",
        `${apex} has ${exchanges.length} MX records; the first ${maxHosts} by preference were checked.`,
        { at: apex }
      )
    );
  }
  const hosts = await mapBounded(
    checked,
    HOST_CONCURRENCY,
    (record) => lookupHost(record.exchange, record.preference, resolver)
  );
  const judged = judgeHosts(hosts, false);
  findings.push(...judged.findings);
  const reachable = hosts.filter((host) => host.addresses.length > 0).length;
  return result(
    sectionStatus(findings, judged.dnsFailed && reachable === 0),
    judged.dnsFailed && reachable === 0 ? `MX could not be checked for ${apex}: DNS failed for its hosts.` : `${apex} has ${exchanges.length} MX record${exchanges.length === 1 ? "" : "s"}; ${reachable} of ${hosts.length} host${hosts.length === 1 ? "" : "s"} checked ${hosts.length === 1 ? "resolves" : "resolve"} to an address.`,
    findings,
    { records, hosts, skippedHosts }
  );
}

// core/ptr/findings.ts
var ptrFindings = {
  "ptr.missing": {
    severity: "error",
    title: "No reverse DNS (PTR)",
    fix: "Ask whoever owns the address (hosting provider or ISP) to set its PTR to the mail host name, e.g. mail.<domain>, and give that name an A/AAAA record with this address.",
    rfc: "RFC 1912 \xA72.1"
  },
  "ptr.mismatch": {
    severity: "error",
    title: "Reverse DNS not forward-confirmed",
    fix: "Make the PTR name resolve (A/AAAA) back to this address, or change the PTR to a name that does: large receivers require forward-confirmed reverse DNS for sending IPs.",
    rfc: "RFC 8601 \xA73"
  },
  "ptr.generic": {
    severity: "warning",
    title: "Generic reverse DNS name",
    fix: "Set a PTR naming the mail host (e.g. mail.<domain>) instead of the provider\u2019s generic name: receivers treat generic names as residential or dynamic senders.",
    rfc: "RFC 1912 \xA72.1"
  },
  "ptr.multiple": {
    severity: "info",
    title: "Several PTR records",
    fix: "Keep one PTR per address: many receivers only look at the first name they get.",
    rfc: "RFC 1912 \xA72.1"
  },
  "ptr.invalid-ip": {
    severity: "error",
    title: "Not an IP address",
    fix: "Give an IPv4 address (dotted quad, e.g. 45.33.20.10) or an IPv6 address.",
    rfc: "RFC 4291 \xA72.2"
  },
  "ptr.dns-error": {
    severity: "error",
    title: "Reverse DNS lookup failed",
    fix: "Make the reverse zone (and the forward zone of the PTR name) answer, then check again.",
    rfc: "RFC 1035 \xA73.5"
  }
};

// core/ptr/generic-name.ts
var GENERIC_WORDS = /* @__PURE__ */ new Set([
  "dynamic",
  "dyn",
  "dynip",
  "dsl",
  "adsl",
  "vdsl",
  "xdsl",
  "pool",
  "dhcp",
  "cable",
  "static",
  "dial",
  "dialup",
  "dialin",
  "ppp",
  "pppoe",
  "broadband",
  "cust",
  "customer",
  "client",
  "clients",
  "residential",
  "resnet",
  "ftth",
  "fttx",
  "wireless",
  "mobile",
  "unassigned",
  "noptr"
]);
function hasGenericWord(text) {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 0;
    if (code >= 97 && code <= 122) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      if (GENERIC_WORDS.has(text.slice(start, i))) return true;
      start = -1;
    }
  }
  return false;
}
function containsRun(haystack, needle) {
  for (let i = 0; i + needle.length <= haystack.length; i++) {
    if (needle.every((value, j) => haystack[i + j] === value)) return true;
  }
  return false;
}
function spellsIpv4(name2, octets) {
  const runs = name2.match(/[0-9a-f]+/g);
  if (!runs) return false;
  const numbers = (name2.match(/\d+/g) ?? []).map(Number);
  if (containsRun(numbers, octets) || containsRun(numbers, [...octets].reverse())) return true;
  const decimal = String(octets.reduce((sum, octet) => sum * 256 + octet, 0));
  let padded;
  let hex2;
  for (const run of runs) {
    if (run === decimal) return true;
    if (run.length === 8) {
      hex2 ??= octets.map((octet) => octet.toString(16).padStart(2, "0")).join("");
      if (run === hex2) return true;
    }
    if (run.length >= 12) {
      padded ??= octets.map((octet) => octet.toString().padStart(3, "0")).join("");
      if (run.includes(padded)) return true;
    }
  }
  return false;
}
function spellsIpv6(name2, address) {
  const dashed = address.ip.replaceAll(":", "-");
  const interfaceId = address.reverseName.slice(0, 31).split(".").reverse().join("");
  return name2.includes(dashed) || interfaceId !== "0000000000000000" && name2.replace(/[^0-9a-f]/g, "").includes(interfaceId);
}
function looksGeneric(name2, ip) {
  const lower = name2.toLowerCase();
  const last = lower.lastIndexOf(".");
  const cut = last < 0 ? -1 : lower.lastIndexOf(".", last - 1);
  if (cut <= 0) return false;
  const hostPart = lower.slice(0, cut);
  if (hasGenericWord(hostPart)) return true;
  const parsed = parseIp(ip);
  if (!parsed.ok) return false;
  const { address } = parsed;
  return address.version === 4 ? spellsIpv4(hostPart, address.ip.split(".").map(Number)) : spellsIpv6(hostPart, address);
}

// core/ptr/check.ts
var DEFAULT_MAX_PTR_NAMES = 10;
var FORWARD_CONCURRENCY = 5;
async function checkPtr(input, options) {
  const { resolver } = options;
  const source = options.source ?? "sending";
  const maxNames = options.maxNames ?? DEFAULT_MAX_PTR_NAMES;
  const result = (fields) => {
    const check2 = { input, source, ...fields };
    if (options.host) check2.host = options.host;
    return check2;
  };
  const none = { records: [], names: [], skippedNames: 0, forward: [], fcrdns: false, generic: false };
  const parsed = parseIp(input);
  if (!parsed.ok) {
    const findings2 = [createFinding(ptrFindings, "ptr.invalid-ip", parsed.error.message, { at: input })];
    return result({ error: parsed.error, status: "fail", summary: parsed.error.message, findings: findings2, ...none });
  }
  const { ip, version, reverseName } = parsed.address;
  const head = { ip, version, reverseName };
  const missingSeverity = source === "sending" ? "error" : "warning";
  const finding = (id, message, severity) => createFinding(ptrFindings, id, message, severity ? { at: ip, severity } : { at: ip });
  const answer2 = await resolver.resolve(reverseName, "PTR");
  if (answer2.status === "error") {
    const findings2 = [finding("ptr.dns-error", `The PTR lookup of ${reverseName} failed (${answer2.error.code}).`)];
    return result({
      status: "error",
      summary: `Reverse DNS of ${ip} could not be checked: DNS failed.`,
      findings: findings2,
      ...none,
      ...head
    });
  }
  if (answer2.status !== "answer") {
    const findings2 = [finding("ptr.missing", `${ip} has no PTR record (${reverseName}).`, missingSeverity)];
    return result({
      status: sectionStatus(findings2),
      summary: `${ip} has no reverse DNS.`,
      findings: findings2,
      ...none,
      ...head
    });
  }
  const all = [...new Set(answer2.records.map((record) => canonicalName(record.data)))];
  const names = all.slice(0, maxNames);
  const records = all.map((name2) => `${reverseName} PTR ${name2}`);
  const type = version === 4 ? "A" : "AAAA";
  const forward = await mapBounded(names, FORWARD_CONCURRENCY, async (name2) => {
    const result2 = await resolver.resolve(name2, type);
    if (result2.status === "error") return { name: name2, addresses: [], confirmed: false, error: result2.error.code };
    const addresses = result2.status === "answer" ? result2.records.map((record) => record.data) : [];
    return { name: name2, addresses, confirmed: addresses.some((address) => sameAddress(address, ip)) };
  });
  const confirmed = forward.find((entry) => entry.confirmed);
  const findings = [];
  if (all.length > 1) {
    findings.push(
      finding(
        "ptr.multiple",
        `${ip} has ${all.length} PTR records (${names.join(", ")}${all.length > names.length ? ", \u2026" : ""}).`
      )
    );
  }
  const failed = forward.filter((entry) => entry.error);
  const unknown = !confirmed && failed.length > 0;
  if (unknown) {
    findings.push(
      finding(
        "ptr.dns-error",
        `The forward lookup of ${failed.map((entry) => `${entry.name} (${entry.error})`).join(", ")} failed.`
      )
    );
  } else if (!confirmed) {
    const seen = forward.map((entry) => `${entry.name} \u2192 ${entry.addresses.join(", ") || "no address"}`).join("; ");
    findings.push(finding("ptr.mismatch", `No PTR name of ${ip} resolves back to it (${seen}).`, missingSeverity));
  }
  const judged = confirmed?.name ?? names[0];
  const generic = looksGeneric(judged, ip);
  if (generic) findings.push(finding("ptr.generic", `The PTR name ${judged} of ${ip} looks like a generic ISP name.`));
  const check = result({
    records,
    names,
    skippedNames: all.length - names.length,
    forward,
    fcrdns: confirmed !== void 0,
    generic,
    status: sectionStatus(findings, unknown),
    summary: confirmed ? `${ip} has forward-confirmed reverse DNS: ${confirmed.name}.` : unknown ? `Reverse DNS of ${ip} could not be confirmed: DNS failed.` : `${ip} points to ${names.join(", ")}, which does not resolve back to it.`,
    findings,
    ...head
  });
  if (confirmed) check.confirmedName = confirmed.name;
  return check;
}

// core/ptr/section.ts
var DEFAULT_MAX_PTR_IPS = 20;
var PTR_CONCURRENCY = 20;
function ptrTargetsFromMx(mx) {
  if (mx.nullMx) return [];
  return mx.hosts.flatMap((host) => host.addresses.map((ip) => ({ ip, source: "mx", host: host.exchange })));
}
async function checkPtrSection(options) {
  const maxIps = options.maxIps ?? DEFAULT_MAX_PTR_IPS;
  const targets = options.ips.map(
    (entry) => typeof entry === "string" ? { ip: entry, source: "sending" } : entry
  );
  targets.sort((a, b) => a.source === b.source ? 0 : a.source === "sending" ? -1 : 1);
  const unique = [];
  const seen = /* @__PURE__ */ new Set();
  for (const target of targets) {
    const parsed = parseIp(target.ip);
    const key = parsed.ok ? parsed.address.ip : target.ip;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(target);
  }
  const checked = unique.slice(0, maxIps);
  const skipped = unique.slice(maxIps).map((target) => target.ip);
  const results = await mapBounded(
    checked,
    PTR_CONCURRENCY,
    (target) => checkPtr(target.ip, {
      resolver: options.resolver,
      source: target.source,
      ...target.host ? { host: target.host } : {}
    })
  );
  const findings = results.flatMap((result) => result.findings);
  const failed = results.some((result) => result.status === "error");
  const confirmed = results.filter((result) => result.fcrdns).length;
  const summary2 = results.length === 0 ? "No addresses to check: no MX host address and no sending IP given." : `${confirmed} of ${results.length} address${results.length === 1 ? " has" : "es have"} forward-confirmed reverse DNS${failed ? "; some lookups failed" : ""}${skipped.length > 0 ? `; ${skipped.length} more not checked` : ""}.`;
  return {
    status: sectionStatus(findings, failed),
    summary: summary2,
    findings,
    records: results.flatMap((result) => result.records),
    data: { results, skipped }
  };
}

// core/spf/ip.ts
var import_ipaddr3 = __toESM(require_ipaddr(), 1);
var networkOfText = boundedMemo(MEMO_SIZE, (text) => {
  const slash = text.lastIndexOf("/");
  const address = text.slice(0, slash);
  const prefix = Number(text.slice(slash + 1));
  return networkByMasking(address, prefix);
});
function hostNetwork(address, prefix) {
  if (prefix !== 32 && prefix !== 128) return void 0;
  const facts2 = addressFacts(address);
  if (!facts2 || facts2.address.kind() !== (prefix === 32 ? "ipv4" : "ipv6")) return void 0;
  if (facts2.address.zoneId) return void 0;
  const network = {
    cidr: `${facts2.text}/${prefix}`,
    hostBitsSet: false
  };
  if (NON_PUBLIC.has(facts2.range)) network.nonPublic = facts2.range;
  return network;
}
function networkOf(address, prefix) {
  return hostNetwork(address, prefix) ?? networkOfText(`${address}/${prefix}`);
}
function networkBounds(words, width, prefix) {
  const full = 2 ** width - 1;
  const first = [];
  const last = [];
  for (let i = 0; i < words.length; i++) {
    const bits = Math.min(width, Math.max(0, prefix - i * width));
    const host = 2 ** (width - bits) - 1;
    const mask = full - host;
    first.push(words[i] & mask);
    last.push(words[i] & mask | host);
  }
  return [first, last];
}
function networkByMasking(address, prefix) {
  const parsed = parseAddress(address);
  if (!parsed || !Number.isInteger(prefix) || prefix < 0) return void 0;
  const v42 = parsed.kind() === "ipv4";
  if (prefix > (v42 ? 32 : 128)) return void 0;
  const words = v42 ? parsed.octets : parsed.parts;
  const [first, last] = networkBounds(words, v42 ? 8 : 16, prefix);
  const network = v42 ? new import_ipaddr3.default.IPv4(first) : new import_ipaddr3.default.IPv6(first);
  const text = v42 ? network.toString() : network.toRFC5952String();
  const result = {
    cidr: `${text}/${prefix}`,
    hostBitsSet: words.some((word, i) => word !== first[i])
  };
  const range = network.range();
  if (NON_PUBLIC.has(range) && (v42 ? new import_ipaddr3.default.IPv4(last) : new import_ipaddr3.default.IPv6(last)).range() === range) {
    result.nonPublic = range;
  }
  return result;
}
var NON_PUBLIC = /* @__PURE__ */ new Set([
  "unspecified",
  "broadcast",
  "multicast",
  "linkLocal",
  "loopback",
  "carrierGradeNat",
  "private",
  "reserved",
  "benchmarking",
  "uniqueLocal",
  "ipv4Mapped",
  "rfc6145",
  "discard",
  "deprecatedSiteLocal",
  "as112",
  "as112v6",
  "orchid2",
  "deprecatedOrchid"
]);

// core/spf/macro.ts
var LETTERS = "slodiphv";
var EXP_ONLY_LETTERS = "crt";
var DELIMITERS = ".-+,/_=";
function parseMacroString(text, { explanation = false } = {}) {
  const tokens = [];
  let literal = "";
  let hasMacros = false;
  const flush = () => {
    if (literal !== "") tokens.push({ kind: "literal", text: literal });
    literal = "";
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char !== "%") {
      const code = char.charCodeAt(0);
      if (code < 33 || code > 126) {
        if (!(explanation && code === 32)) {
          return { ok: false, error: { message: `The character U+${hex(code, 4)} is not allowed here.`, offset: i } };
        }
      }
      literal += char;
      i++;
      continue;
    }
    const next = text[i + 1];
    if (next === "%") literal += "%";
    else if (next === "_") literal += " ";
    else if (next === "-") literal += "%20";
    else if (next === "{") {
      const end = text.indexOf("}", i + 2);
      if (end < 0) return { ok: false, error: { message: 'A macro "%{" is not closed by "}".', offset: i } };
      const body = text.slice(i + 2, end);
      const match = /^([a-zA-Z])(\d*)(r?)(.*)$/i.exec(body);
      const letter = match?.[1]?.toLowerCase();
      const allowed = explanation ? LETTERS + EXP_ONLY_LETTERS : LETTERS;
      if (!match || letter === void 0 || !allowed.includes(letter)) {
        return { ok: false, error: { message: `"%{${body}}" is not a valid macro.`, offset: i } };
      }
      const digits = match[2] ?? "";
      const delimiters = match[4] ?? "";
      if ([...delimiters].some((d) => !DELIMITERS.includes(d))) {
        return { ok: false, error: { message: `"%{${body}}" has invalid delimiters.`, offset: i } };
      }
      const keep = digits === "" ? void 0 : Number(digits);
      if (keep === 0) {
        return { ok: false, error: { message: `"%{${body}}" keeps zero parts.`, offset: i } };
      }
      flush();
      const token = {
        kind: "macro",
        letter,
        escape: match[1] !== letter,
        reverse: match[3] !== "",
        delimiters: delimiters === "" ? "." : delimiters
      };
      if (keep !== void 0) token.keep = keep;
      tokens.push(token);
      hasMacros = true;
      i = end + 1;
      continue;
    } else {
      return { ok: false, error: { message: 'A "%" must start %{\u2026}, %%, %_ or %-.', offset: i } };
    }
    i += 2;
  }
  flush();
  return { ok: true, value: { text, tokens, hasMacros } };
}
function hex(code, width) {
  return code.toString(16).toUpperCase().padStart(width, "0");
}

// core/spf/parse.ts
var import_ipaddr4 = __toESM(require_ipaddr(), 1);
var MECHANISMS = ["all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists"];
var VERSION2 = /^v=spf1(?: |$)/i;
var MODIFIER = /^([a-z][a-z0-9_.-]*)=(.*)$/is;
var MECHANISM = /^([+\-~?]?)([a-z][a-z0-9_.-]*)(.*)$/is;
var DEC_OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)";
var IP4_NETWORK = new RegExp(`^${DEC_OCTET}(?:\\.${DEC_OCTET}){3}$`);
var ALPHANUM_LABEL = /^[a-z0-9]+$/i;
var HYPHENATED_LABEL = /^[a-z0-9][a-z0-9-]*[a-z0-9]$/i;
var CIDR_LENGTH = /^(?:0|[1-9]\d*)$/;
function isSpfRecord(text) {
  return VERSION2.test(text);
}
var TermError = class {
  constructor(code, message, offset = 0) {
    this.code = code;
    this.message = message;
    this.offset = offset;
  }
  code;
  message;
  offset;
};
function parseSpf(text) {
  const fail3 = (code, message, position2, term) => {
    const error = { code, message, position: position2 };
    if (term !== void 0) error.term = term;
    return { ok: false, error };
  };
  if (!VERSION2.test(text)) return fail3("not-spf", 'The record does not start with "v=spf1".', 0);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 126) return fail3("non-ascii", `Non-ASCII character at position ${i}.`, i);
    if (code < 32 || code === 127) {
      return fail3("control-character", `Control character 0x${code.toString(16)} at position ${i}.`, i);
    }
  }
  const terms = [];
  const record = { text, terms, mechanisms: [] };
  let position = 6;
  while (position < text.length) {
    if (text[position] === " ") {
      position++;
      continue;
    }
    const end = text.indexOf(" ", position);
    const termText = text.slice(position, end < 0 ? text.length : end);
    try {
      const term = parseTerm(termText, position);
      if (term.kind === "modifier" && (term.name === "redirect" || term.name === "exp")) {
        if (record[term.name]) throw new TermError("duplicate-modifier", `"${term.name}=" appears more than once.`);
        record[term.name] = term;
      }
      if (term.kind === "mechanism") record.mechanisms.push(term);
      terms.push(term);
    } catch (error) {
      if (!(error instanceof TermError)) throw error;
      return fail3(
        error.code,
        `${error.message} (term "${termText}" at position ${position})`,
        position + error.offset,
        termText
      );
    }
    position += termText.length;
  }
  return { ok: true, record };
}
function parseTerm(text, position) {
  const modifier = MODIFIER.exec(text);
  if (modifier) {
    const name3 = modifier[1].toLowerCase();
    const rawValue = modifier[2];
    const offset2 = name3.length + 1;
    const value = name3 === "redirect" || name3 === "exp" ? parseDomainSpec(rawValue, offset2) : parseMacro(rawValue, offset2, true);
    return { kind: "modifier", name: name3, value, text, position };
  }
  const mechanism = MECHANISM.exec(text);
  if (!mechanism) throw new TermError("invalid-term", "This is neither a mechanism nor a modifier.");
  const qualifier = mechanism[1] || "+";
  const name2 = mechanism[2].toLowerCase();
  const rest = mechanism[3];
  const offset = mechanism[1].length + mechanism[2].length;
  if (!MECHANISMS.includes(name2)) {
    throw new TermError("unknown-mechanism", `"${mechanism[2]}" is not a mechanism of RFC 7208.`);
  }
  const base = { kind: "mechanism", name: name2, qualifier, text, position };
  switch (name2) {
    case "all":
      if (rest !== "") throw new TermError("invalid-term", '"all" takes no argument.', offset);
      return base;
    case "include":
    case "exists":
      if (!rest.startsWith(":")) throw new TermError("invalid-domain-spec", `"${name2}" needs ":domain".`, offset);
      base.domainSpec = parseDomainSpec(rest.slice(1), offset + 1);
      return base;
    case "ptr":
      if (rest !== "") {
        if (!rest.startsWith(":")) throw new TermError("invalid-term", '"ptr" takes only ":domain".', offset);
        base.domainSpec = parseDomainSpec(rest.slice(1), offset + 1);
      }
      return base;
    case "a":
    case "mx": {
      const parts = /^(:.*?)?(?:\/(\d+))?(?:\/\/(\d+))?$/s.exec(rest);
      if (!parts) throw new TermError("invalid-term", `"${name2}" takes ":domain" and "/cidr".`, offset);
      const [, domain, cidr4, cidr6] = parts;
      if (domain !== void 0) base.domainSpec = parseDomainSpec(domain.slice(1), offset + 1);
      else if (rest !== "" && !rest.startsWith("/")) {
        throw new TermError("invalid-term", `"${name2}" takes ":domain" and "/cidr".`, offset);
      }
      if (cidr4 !== void 0) base.cidr4 = parseCidr(cidr4, 32, offset);
      if (cidr6 !== void 0) base.cidr6 = parseCidr(cidr6, 128, offset);
      return base;
    }
    case "ip4":
    case "ip6": {
      if (!rest.startsWith(":")) throw new TermError("invalid-ip", `"${name2}" needs ":address".`, offset);
      base.network = parseNetwork(name2 === "ip4" ? 4 : 6, rest.slice(1), offset + 1);
      return base;
    }
  }
}
function parseNetwork(family, value, offset) {
  const slash = value.indexOf("/");
  const address = slash < 0 ? value : value.slice(0, slash);
  const valid = family === 4 ? IP4_NETWORK.test(address) : !address.includes("%") && import_ipaddr4.default.IPv6.isValid(address);
  if (!valid) throw new TermError("invalid-ip", `"${address}" is not an IPv${family} address.`, offset);
  const prefix = slash < 0 ? family === 4 ? 32 : 128 : parseCidr(value.slice(slash + 1), family === 4 ? 32 : 128, offset + slash);
  return { family, address, prefix };
}
function parseCidr(value, max, offset) {
  if (!CIDR_LENGTH.test(value) || Number(value) > max) {
    throw new TermError("invalid-cidr", `"/${value}" is not a prefix length from 0 to ${max}.`, offset);
  }
  return Number(value);
}
function parseMacro(value, offset, explanation) {
  const parsed = parseMacroString(value, { explanation });
  if (!parsed.ok) throw new TermError("invalid-macro", parsed.error.message, offset + parsed.error.offset);
  return parsed.value;
}
function parseDomainSpec(value, offset) {
  if (value === "") throw new TermError("invalid-domain-spec", "The domain is empty.", offset);
  const spec = parseMacro(value, offset, false);
  const last = spec.tokens[spec.tokens.length - 1];
  if (last?.kind !== "macro" && !hasDomainEnd(value)) {
    throw new TermError("invalid-domain-spec", `"${value}" does not end in a valid top-level label.`, offset);
  }
  return spec;
}
function hasDomainEnd(value) {
  const bare = value.endsWith(".") ? value.slice(0, -1) : value;
  const dot = bare.lastIndexOf(".");
  if (dot < 0) return false;
  const label = bare.slice(dot + 1);
  if (ALPHANUM_LABEL.test(label)) return /[a-z]/i.test(label);
  return label.includes("-") && HYPHENATED_LABEL.test(label);
}
var parseSpfShared = boundedMemo(MEMO_SIZE, parseSpf);

// core/spf/records.ts
async function lookupSpfRecords(resolver, domain) {
  const answer2 = await resolver.resolve(domain, "TXT");
  switch (answer2.status) {
    case "error":
      return { status: "error", error: answer2.error };
    case "nxdomain":
      return { status: "none", nxdomain: true };
    case "nodata":
      return { status: "none", nxdomain: false };
    case "answer": {
      const records = answer2.records.map((record) => record.data).filter((data) => isSpfRecord(data.text));
      return records.length > 0 ? { status: "found", records } : { status: "none", nxdomain: false };
    }
  }
}

// core/spf/check-host.ts
var SPF_LOOKUP_LIMIT = 10;
var SPF_VOID_LIMIT = 2;
var SPF_MX_LIMIT = 10;

// core/spf/findings.ts
var spfFindings = {
  "spf.missing": {
    severity: "error",
    title: "No SPF record",
    fix: 'Publish one TXT record starting with "v=spf1" that lists your senders and ends in "-all" (or "v=spf1 -all" if the domain sends no mail).',
    rfc: "RFC 7208 \xA74.5"
  },
  "spf.multiple-records": {
    severity: "error",
    title: "More than one SPF record",
    fix: 'Merge the "v=spf1" TXT records into one; two or more make every check a permerror.',
    rfc: "RFC 7208 \xA74.5"
  },
  "spf.syntax-error": {
    severity: "error",
    title: "SPF record has a syntax error",
    fix: "Correct the term at the position given; any syntax error makes every check a permerror.",
    rfc: "RFC 7208 \xA74.6, \xA712"
  },
  "spf.too-many-lookups": {
    severity: "error",
    title: "More than 10 DNS-querying terms",
    fix: "Bring include, a, mx, ptr, exists and redirect down to 10 in total across all includes: drop unused includes or replace a/mx with ip4/ip6.",
    rfc: "RFC 7208 \xA74.6.4"
  },
  "spf.too-many-void-lookups": {
    severity: "error",
    title: "More than 2 void lookups",
    fix: "Remove the a, mx, exists or include terms whose names have no records.",
    rfc: "RFC 7208 \xA74.6.4"
  },
  "spf.too-many-mx-names": {
    severity: "error",
    title: "An mx term names more than 10 mail servers",
    fix: "Replace the mx term with ip4/ip6 terms or a, since more than 10 MX names is a permerror.",
    rfc: "RFC 7208 \xA74.6.4"
  },
  "spf.include-loop": {
    severity: "error",
    title: "include or redirect loops back",
    fix: "Remove the include or redirect that points back to a record already on its path.",
    rfc: "RFC 7208 \xA75.2, \xA74.6.4"
  },
  "spf.include-no-record": {
    severity: "error",
    title: "include or redirect target has no SPF record",
    fix: "Remove the include/redirect or correct its domain; a target without an SPF record is a permerror.",
    rfc: "RFC 7208 \xA75.2, \xA76.1"
  },
  "spf.pass-all": {
    severity: "error",
    title: '"+all" authorizes every host',
    fix: 'End the record with "-all" (or "~all" while you roll out) instead of "+all".',
    rfc: "RFC 7208 \xA75.1"
  },
  "spf.neutral-all": {
    severity: "warning",
    title: '"?all" gives no protection',
    fix: 'End the record with "-all" (or "~all") once every sender is listed.',
    rfc: "RFC 7208 \xA75.1, \xA78.2"
  },
  "spf.no-all": {
    severity: "warning",
    title: 'No "all" and no redirect: everything else is neutral',
    fix: 'End the record with "-all" (or "~all").',
    rfc: "RFC 7208 \xA74.7, \xA75.1"
  },
  "spf.ptr-mechanism": {
    severity: "warning",
    title: '"ptr" should not be used',
    fix: "Replace ptr with ip4/ip6 or a terms; ptr is slow, unreliable and many receivers ignore it.",
    rfc: "RFC 7208 \xA75.5"
  },
  "spf.redirect-ignored": {
    severity: "warning",
    title: 'redirect= is ignored beside "all"',
    fix: 'Remove either the "all" mechanism or the redirect= modifier.',
    rfc: "RFC 7208 \xA76.1"
  },
  "spf.cidr-not-network": {
    severity: "error",
    title: "Network address has host bits set",
    fix: "Write the network address of the prefix (the address with host bits zero), or the prefix you meant.",
    rfc: "RFC 7208 \xA75.6, RFC 4632 \xA73.1"
  },
  "spf.non-public-address": {
    severity: "error",
    title: "Private, loopback, documentation or reserved address",
    fix: "Remove the term or put the public address your mail leaves from; internet mail never comes from these ranges.",
    rfc: "RFC 7208 \xA75.6, RFC 6890"
  },
  "spf.record-too-long": {
    severity: "warning",
    title: "SPF record or string too long",
    fix: "Keep each TXT string at most 255 octets and the record under 450 octets: move senders into an include.",
    rfc: "RFC 7208 \xA73.3, \xA73.4"
  },
  "spf.dns-error": {
    severity: "error",
    title: "SPF could not be determined: DNS error",
    fix: "Check that the domain's name servers answer TXT queries (no SERVFAIL or timeout), then run the check again.",
    rfc: "RFC 7208 \xA72.6.6, \xA74.4"
  },
  "spf.tree-truncated": {
    severity: "warning",
    title: "The include tree is too large to follow",
    fix: "Flatten or remove includes: the tree exceeds what any receiver will evaluate.",
    rfc: "RFC 7208 \xA74.6.4"
  }
};

// core/spf/audit.ts
var DNS_TERMS = /* @__PURE__ */ new Set(["include", "a", "mx", "ptr", "exists"]);
var MAX_RECORD_OCTETS = 450;
var MAX_STRING_OCTETS = 255;
var MAX_FINDINGS_PER_ID = 20;
var MAX_NETWORKS = 2e3;
var QUALIFIER_WORD = { "+": "+all", "-": "-all", "~": "~all", "?": "?all" };
async function auditSpf(domain, options) {
  const parsed = parseDomain(domain);
  if (!parsed.ok) {
    const finding = createFinding(spfFindings, "spf.dns-error", `${parsed.error.message} No SPF lookup was made.`, {
      at: domain
    });
    return {
      domain,
      status: "error",
      summary: `SPF could not be checked: ${parsed.error.message}`,
      findings: [finding],
      records: [],
      lookups: { count: 0, limit: SPF_LOOKUP_LIMIT },
      voidLookups: { count: 0, limit: SPF_VOID_LIMIT },
      networks: [],
      unflattenable: [],
      truncated: false
    };
  }
  const name2 = parsed.name;
  const own = options.budget !== void 0 || !isLookupSession(options.resolver);
  const session = own ? createLookupSession(options.resolver, options.budget ?? { maxQueries: 400 }) : options.resolver;
  const context = {
    resolver: session,
    maxDepth: options.maxDepth ?? 10,
    maxNodes: options.maxNodes ?? 100,
    maxResolvedTerms: options.maxResolvedTerms ?? 60,
    nodes: 0,
    resolvedTerms: 0,
    truncated: false,
    dnsFailed: false,
    findings: [],
    networks: [],
    unflattenable: []
  };
  try {
    const tree = await visit(context, name2, "root", void 0, []);
    return summarize(context, name2, tree);
  } finally {
    if (own) session.close();
  }
}
function addFinding(context, id, message, at) {
  if (context.findings.filter((finding) => finding.id === id).length >= MAX_FINDINGS_PER_ID) return;
  context.findings.push(createFinding(spfFindings, id, message, at === void 0 ? {} : { at }));
}
async function visit(context, domain, via, term, path) {
  const node = { domain, via, status: "ok", records: [], lookups: 0, voidLookups: 0, children: [] };
  if (term !== void 0) node.term = term;
  const where = term === void 0 ? domain : `${term} (in the policy of ${path[path.length - 1]})`;
  if (path.includes(domain)) {
    node.status = "loop";
    node.reason = `${domain} is already on the path ${[...path, domain].join(" \u2192 ")}.`;
    addFinding(context, "spf.include-loop", `${where} loops: ${[...path, domain].join(" \u2192 ")}.`, domain);
    return node;
  }
  context.nodes++;
  if (path.length > context.maxDepth || context.nodes > context.maxNodes) {
    node.status = "not-followed";
    node.reason = `The audit stops at depth ${context.maxDepth} and ${context.maxNodes} nodes.`;
    context.truncated = true;
    return node;
  }
  const lookup = await lookupSpfRecords(context.resolver, domain);
  if (lookup.status === "error") {
    node.status = "dns-error";
    node.reason = lookup.error.message;
    context.dnsFailed = true;
    addFinding(
      context,
      "spf.dns-error",
      `The TXT lookup of ${domain} failed (${lookup.error.code}): ${lookup.error.message}`,
      domain
    );
    return node;
  }
  if (lookup.status === "none") {
    node.status = "missing";
    if (via === "root") {
      addFinding(context, "spf.missing", `${domain} publishes no TXT record starting with "v=spf1".`, domain);
    } else {
      node.voidLookups = lookup.nxdomain ? 1 : 0;
      addFinding(
        context,
        "spf.include-no-record",
        `${where}: ${domain} has no SPF record, so every check is a permerror.`,
        domain
      );
    }
    return node;
  }
  node.records = lookup.records.map((record) => record.text);
  for (const record of lookup.records) {
    const long = record.strings.find((string2) => utf8Length(string2) > MAX_STRING_OCTETS);
    const size = utf8Length(record.text);
    if (long !== void 0 || size > MAX_RECORD_OCTETS) {
      addFinding(
        context,
        "spf.record-too-long",
        long !== void 0 ? `A string of the SPF record at ${domain} is ${utf8Length(long)} octets; DNS allows 255.` : `The SPF record at ${domain} is ${size} octets; keep it under ${MAX_RECORD_OCTETS}.`,
        domain
      );
    }
  }
  if (lookup.records.length > 1) {
    node.status = "multiple-records";
    addFinding(
      context,
      "spf.multiple-records",
      `${domain} publishes ${lookup.records.length} SPF records; there must be one.`,
      domain
    );
    return node;
  }
  const text = lookup.records[0].text;
  node.record = text;
  const parsed = parseSpfShared(text);
  if (!parsed.ok) {
    node.status = "syntax-error";
    node.syntaxError = parsed.error;
    addFinding(
      context,
      "spf.syntax-error",
      `The SPF record at ${domain} is invalid at position ${parsed.error.position}: ${parsed.error.message}`,
      domain
    );
    return node;
  }
  await visitRecord(context, node, parsed.record, [...path, domain]);
  return node;
}
async function visitRecord(context, node, record, path) {
  const { domain } = node;
  const all = record.mechanisms.find((mechanism) => mechanism.name === "all");
  if (all) node.all = all.qualifier;
  if (all?.qualifier === "+") {
    addFinding(
      context,
      "spf.pass-all",
      `The SPF record at ${domain} ends in "+all": any host may send as ${domain}.`,
      domain
    );
  }
  const tasks = [];
  const children = [];
  for (const mechanism of record.mechanisms) {
    if (DNS_TERMS.has(mechanism.name)) node.lookups++;
    switch (mechanism.name) {
      case "ip4":
      case "ip6":
        addNetwork(context, node, mechanism);
        break;
      case "a":
      case "mx":
      case "exists":
        if (mechanism.domainSpec?.hasMacros) unflattenable(context, mechanism, domain, "macro");
        else tasks.push(resolveTerm(context, node, mechanism));
        if (mechanism.name === "exists") unflattenable(context, mechanism, domain, "exists");
        break;
      case "ptr":
        unflattenable(context, mechanism, domain, "ptr");
        addFinding(
          context,
          "spf.ptr-mechanism",
          `"${mechanism.text}" in the SPF record at ${domain} uses ptr.`,
          domain
        );
        break;
      case "include":
        if (mechanism.domainSpec.hasMacros) unflattenable(context, mechanism, domain, "macro");
        else children.push(visit(context, literalName(mechanism.domainSpec), "include", mechanism.text, path));
        break;
      case "all":
        break;
    }
  }
  if (record.redirect) {
    if (all) {
      addFinding(
        context,
        "spf.redirect-ignored",
        `"${record.redirect.text}" in the SPF record at ${domain} is ignored because the record has "${all.text}".`,
        domain
      );
    } else {
      node.lookups++;
      const target = record.redirect.value;
      if (target.hasMacros) {
        context.unflattenable.push({ term: record.redirect.text, domain, reason: "macro" });
      } else {
        children.push(visit(context, literalName(target), "redirect", record.redirect.text, path));
      }
    }
  }
  const [nodes] = await Promise.all([Promise.all(children), Promise.all(tasks)]);
  node.children = nodes;
}
function literalName(spec) {
  const text = spec.tokens.map((token) => token.kind === "literal" ? token.text : "").join("");
  return text.toLowerCase().replace(/\.$/, "");
}
function unflattenable(context, mechanism, domain, reason) {
  if (context.unflattenable.length < MAX_NETWORKS) context.unflattenable.push({ term: mechanism.text, domain, reason });
}
function pushNetwork(context, network) {
  if (context.networks.length < MAX_NETWORKS) context.networks.push(network);
  else context.truncated = true;
}
function addNetwork(context, node, mechanism) {
  const network = mechanism.network;
  const normalized = networkOf(network.address, network.prefix);
  if (!normalized) return;
  if (normalized.hostBitsSet) {
    addFinding(
      context,
      "spf.cidr-not-network",
      `"${mechanism.text}" at ${node.domain} has host bits set: it means ${normalized.cidr}.`,
      node.domain
    );
  }
  checkPublic(context, node.domain, normalized, mechanism.text);
  pushNetwork(context, {
    cidr: normalized.cidr,
    source: mechanism.name,
    qualifier: mechanism.qualifier,
    term: mechanism.text,
    domain: node.domain
  });
}
function checkPublic(context, domain, network, term, host) {
  if (network.nonPublic) {
    const what = host === void 0 ? `"${term}"` : `"${term}" (via ${host})`;
    addFinding(
      context,
      "spf.non-public-address",
      `${what} at ${domain} names ${network.cidr}, a ${network.nonPublic} range that internet mail never comes from.`,
      domain
    );
  }
}
async function resolveTerm(context, node, mechanism) {
  context.resolvedTerms++;
  if (context.resolvedTerms > context.maxResolvedTerms) {
    context.truncated = true;
    return;
  }
  const target = mechanism.domainSpec ? literalName(mechanism.domainSpec) : node.domain;
  const failed = (type, message) => {
    context.dnsFailed = true;
    addFinding(
      context,
      "spf.dns-error",
      `The ${type} lookup of ${target} for "${mechanism.text}" failed: ${message}`,
      node.domain
    );
  };
  if (mechanism.name === "exists") {
    const answer2 = await context.resolver.resolve(target, "A");
    if (answer2.status === "error") failed("A", answer2.error.message);
    else if (answer2.status !== "answer") node.voidLookups++;
    return;
  }
  let hosts = [target];
  if (mechanism.name === "mx") {
    const answer2 = await context.resolver.resolve(target, "MX");
    if (answer2.status === "error") return failed("MX", answer2.error.message);
    if (answer2.status !== "answer") {
      node.voidLookups++;
      return;
    }
    hosts = answer2.records.map((record) => record.data.exchange).filter((host) => host !== "");
    if (hosts.length > SPF_MX_LIMIT) {
      addFinding(
        context,
        "spf.too-many-mx-names",
        `"${mechanism.text}" at ${node.domain}: ${target} has ${hosts.length} MX names; more than ${SPF_MX_LIMIT} is a permerror.`,
        node.domain
      );
      hosts = hosts.slice(0, SPF_MX_LIMIT);
    }
  }
  const found = await Promise.all(
    hosts.flatMap(
      (host) => ["A", "AAAA"].map(async (type) => ({
        host,
        type,
        answer: await context.resolver.resolve(host, type)
      }))
    )
  );
  let any = false;
  for (const { host, type, answer: answer2 } of found) {
    if (answer2.status === "error") {
      failed(type, `${host}: ${answer2.error.message}`);
      continue;
    }
    if (answer2.status !== "answer") continue;
    for (const record of answer2.records) {
      any = true;
      const family = type === "A" ? 4 : 6;
      const prefix = family === 4 ? mechanism.cidr4 ?? 32 : mechanism.cidr6 ?? 128;
      const normalized = networkOf(String(record.data), prefix);
      if (!normalized) continue;
      checkPublic(context, node.domain, normalized, mechanism.text, host);
      pushNetwork(context, {
        cidr: normalized.cidr,
        source: mechanism.name,
        qualifier: mechanism.qualifier,
        term: mechanism.text,
        domain: node.domain
      });
    }
  }
  if (!any && mechanism.name === "a" && found.every(({ answer: answer2 }) => answer2.status !== "error")) node.voidLookups++;
}
function walk(node, visit2) {
  visit2(node);
  for (const child of node.children) walk(child, visit2);
}
function summarize(context, domain, tree) {
  let lookups = 0;
  let voids = 0;
  walk(tree, (node) => {
    lookups += node.lookups;
    voids += node.voidLookups;
  });
  let end = tree;
  while (end && end.status === "ok" && end.all === void 0) {
    end = end.children.find((child) => child.via === "redirect");
  }
  const all = end?.all;
  if (tree.status === "ok") {
    if (all === "?") addFinding(context, "spf.neutral-all", `The SPF policy of ${domain} ends in "?all".`, end?.domain);
    if (end === void 0) {
      addFinding(
        context,
        "spf.no-all",
        `The SPF policy of ${domain} has no "all" (nor a redirect that ends in one).`,
        domain
      );
    }
  }
  if (lookups > SPF_LOOKUP_LIMIT) {
    addFinding(
      context,
      "spf.too-many-lookups",
      `The SPF policy of ${domain} has ${lookups} DNS-querying terms across its includes; the limit is ${SPF_LOOKUP_LIMIT}.`,
      domain
    );
  }
  if (voids > SPF_VOID_LIMIT) {
    addFinding(
      context,
      "spf.too-many-void-lookups",
      `${voids} terms of the SPF policy of ${domain} look up names with no records; the limit is ${SPF_VOID_LIMIT}.`,
      domain
    );
  }
  if (context.truncated) {
    addFinding(
      context,
      "spf.tree-truncated",
      `The SPF policy of ${domain} was followed only to depth ${context.maxDepth}, ${context.maxNodes} records and ${context.maxResolvedTerms} resolved terms.`,
      domain
    );
  }
  const status = sectionStatus(context.findings, context.dnsFailed);
  const audit = {
    domain,
    status,
    summary: summary(domain, tree, status, lookups, all, context.findings),
    findings: context.findings,
    records: tree.records,
    tree,
    lookups: { count: lookups, limit: SPF_LOOKUP_LIMIT },
    voidLookups: { count: voids, limit: SPF_VOID_LIMIT },
    networks: context.networks,
    unflattenable: context.unflattenable,
    truncated: context.truncated
  };
  if (all !== void 0) audit.all = all;
  return audit;
}
function summary(domain, tree, status, lookups, all, findings) {
  if (tree.status === "dns-error") return `The SPF record of ${domain} could not be fetched: ${tree.reason}`;
  if (tree.status === "missing") return `${domain} publishes no SPF record.`;
  if (tree.status === "multiple-records")
    return `${domain} publishes ${tree.records.length} SPF records, so every SPF check fails with permerror.`;
  if (tree.status === "syntax-error")
    return `The SPF record of ${domain} has a syntax error at position ${tree.syntaxError?.position}, so every SPF check fails with permerror.`;
  const ending = all === void 0 ? 'has no "all"' : `ends in "${QUALIFIER_WORD[all]}"`;
  const base = `The SPF policy of ${domain} ${ending} and uses ${lookups} of ${SPF_LOOKUP_LIMIT} DNS lookups`;
  if (status === "error") return `${base}, but part of it could not be fetched (DNS error).`;
  const errors = findings.filter((finding) => finding.severity === "error").length;
  const warnings = findings.filter((finding) => finding.severity === "warning").length;
  if (errors + warnings === 0) return `${base}.`;
  return `${base}; ${errors} error${errors === 1 ? "" : "s"} and ${warnings} warning${warnings === 1 ? "" : "s"} to fix.`;
}

// core/report/grade.ts
var SECTION_WEIGHTS = { spf: 25, dmarc: 30, dkim: 25, mx: 5, ptr: 15 };
var STATUS_POINTS = { pass: 1, warn: 0.5, fail: 0 };
var GRADE_THRESHOLDS = [
  ["A", 90],
  ["B", 75],
  ["C", 60],
  ["D", 45],
  ["E", 30],
  ["F", 0]
];
var FAIL_CAP = "D";
var GRADE_ORDER = ["A", "B", "C", "D", "E", "F"];
function compareGrades(a, b) {
  return GRADE_ORDER.indexOf(a) - GRADE_ORDER.indexOf(b);
}
function gradeSections(statuses) {
  let earned = 0;
  let possible = 0;
  const unknown = [];
  for (const section of Object.keys(SECTION_WEIGHTS)) {
    const status = statuses[section];
    if (status === "error") {
      unknown.push(section);
      continue;
    }
    earned += SECTION_WEIGHTS[section] * STATUS_POINTS[status];
    possible += SECTION_WEIGHTS[section];
  }
  const score = possible === 0 ? 0 : Math.round(earned / possible * 100);
  let grade = GRADE_THRESHOLDS.find(([, min]) => score >= min)?.[0] ?? "F";
  if ((statuses.spf === "fail" || statuses.dmarc === "fail") && compareGrades(grade, FAIL_CAP) < 0) grade = FAIL_CAP;
  return { score, grade, unknown };
}

// core/report/check-domain.ts
var DEFAULT_CHECK_BUDGET = { maxQueries: 300, deadlineMs: 15e3 };
function toSection(result) {
  const { status, summary: summary2, findings, records, ...data } = result;
  return { status, summary: summary2, findings, records, data };
}
function declaresNoMail(spf, dmarc) {
  const authorizesNobody = spf.status !== "error" && spf.records.length === 1 && spf.all === "-" && spf.lookups.count === 0 && spf.networks.length === 0 && spf.unflattenable.length === 0;
  return authorizesNobody && dmarc.status !== "error" && dmarc.data.policy?.domain.applied === "reject";
}
function relax(section, relaxable, note) {
  if (section.status === "error") return section;
  const findings = section.findings.map(
    (finding) => relaxable(finding) && finding.severity !== "info" ? { ...finding, severity: "info", message: `${finding.message} ${note}` } : finding
  );
  return { ...section, findings, status: sectionStatus(findings) };
}
function withUnknownMxHosts(ptr, domain) {
  const finding = createFinding(
    ptrFindings,
    "ptr.dns-error",
    `The MX hosts of ${domain} could not be looked up, so the reverse DNS of their addresses is unknown.`,
    { at: domain }
  );
  return {
    ...ptr,
    status: "error",
    summary: `The reverse DNS of ${domain}'s mail hosts is unknown: the MX lookup failed.`,
    findings: [...ptr.findings, finding]
  };
}
var NO_MAIL_NOTE = "The domain declares it sends no mail, so this is not required.";
var NO_MAIL_DKIM = /* @__PURE__ */ new Set(["dkim.no-selector-found", "dkim.selector-not-found"]);
async function checkDomain(input, options) {
  const parsed = parseDomain(input);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const sendingIps = [];
  for (const ip of options.sendingIps ?? []) {
    const address = parseIp(ip);
    if (!address.ok) return { ok: false, error: { code: "invalid-ip", message: address.error.message, input: ip } };
    sendingIps.push(address.address.ip);
  }
  const domain = parsed.name;
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const checkedAt = now();
  const started = Date.now();
  const session = createLookupSession(options.resolver, {
    maxQueries: options.budget?.maxQueries ?? DEFAULT_CHECK_BUDGET.maxQueries,
    deadlineMs: options.budget?.deadlineMs ?? DEFAULT_CHECK_BUDGET.deadlineMs
  });
  try {
    const resolver = session;
    const mxAndPtr = (async () => {
      const mx2 = await checkMx(domain, { resolver });
      const ptr2 = await checkPtrSection({ ips: [...sendingIps, ...ptrTargetsFromMx(mx2)], resolver });
      return { mx: mx2, ptr: mx2.status === "error" ? withUnknownMxHosts(ptr2, domain) : ptr2 };
    })();
    const [spf, dmarc, dkim, { mx, ptr }] = await Promise.all([
      auditSpf(domain, { resolver }),
      checkDmarc(domain, { resolver }),
      checkDkim(domain, {
        resolver,
        selectors: options.selectors ?? [],
        discover: options.discoverSelectors !== false
      }),
      mxAndPtr
    ]);
    const sendsNoMail = declaresNoMail(spf, dmarc);
    const dkimSection = sendsNoMail ? relax(dkim, (finding) => NO_MAIL_DKIM.has(finding.id), NO_MAIL_NOTE) : dkim;
    const ptrSection = sendsNoMail ? relax(ptr, (finding) => finding.id.startsWith("ptr.") && finding.id !== "ptr.dns-error", NO_MAIL_NOTE) : ptr;
    const sections = {
      spf: toSection(spf),
      dmarc,
      dkim: toSection(dkimSection),
      mx: toSection(mx),
      ptr: ptrSection
    };
    const statuses = Object.fromEntries(
      Object.keys(sections).map((name2) => [name2, sections[name2].status])
    );
    const { score, grade, unknown } = gradeSections(statuses);
    const report = {
      domain,
      input,
      checkedAt: checkedAt.toISOString(),
      grade,
      score,
      sections,
      complete: unknown.length === 0,
      sendsNoMail,
      queries: session.stats.queries,
      elapsedMs: Date.now() - started,
      ttl: session.stats.minTtl ?? 0
    };
    return { ok: true, report };
  } finally {
    session.close();
  }
}

// core/report/diff.ts
var SECTIONS = ["spf", "dmarc", "dkim", "mx", "ptr"];
var STATUS_RANK = { pass: 0, warn: 1, fail: 2 };
var ALL_RANK = { "-": 0, "~": 1, "?": 2, "+": 3 };
var listOf = (items) => items.length < 2 ? items[0] ?? "" : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
var EXPLAINS = {
  "dmarc.policy-weakened": ["dmarc.policy-none"],
  "dkim.selector-removed": ["dkim.selector-not-found"],
  "dkim.key-weakened": ["dkim.weak-key", "dkim.insecure-key"],
  "spf.all-weakened": ["spf.pass-all", "spf.neutral-all"],
  "spf.lookups-over-limit": ["spf.too-many-lookups"],
  "ptr.fcrdns-lost": ["ptr.mismatch", "ptr.missing"]
};
var findingKey = (finding) => `${finding.id}|${finding.at ?? ""}`;
var counts = (finding) => finding.severity !== "info";
function findingChanges(section, before, after, diff) {
  const old = new Set(before.filter(counts).map(findingKey));
  const now = new Set(after.filter(counts).map(findingKey));
  for (const finding of after.filter(counts)) {
    if (!old.has(findingKey(finding))) {
      const change = { section, kind: finding.id, message: finding.message, fix: finding.fix };
      if (finding.at !== void 0) change.at = finding.at;
      diff.regressions.push(change);
    }
  }
  for (const finding of before.filter(counts)) {
    if (!now.has(findingKey(finding))) {
      diff.improvements.push({ section, kind: finding.id, message: `Resolved: ${finding.message}` });
    }
  }
}
function valueChanges(before, after, skip, diff) {
  const push = (regressed, change) => (regressed ? diff.regressions : diff.improvements).push(change);
  if (!skip.has("dmarc")) {
    const was = before.dmarc.data.policy;
    const is = after.dmarc.data.policy;
    const at = after.dmarc.data.recordName ?? before.dmarc.data.recordName;
    const kinds = [
      ["domain", "the domain"],
      ["subdomains", "existing subdomains"],
      ["nonExistentSubdomains", "non-existent subdomains"]
    ];
    const moves = /* @__PURE__ */ new Map();
    for (const [kind, label] of kinds) {
      const a = was?.[kind].applied ?? "none";
      const b = is?.[kind].applied ?? "none";
      if (a === b) continue;
      const move = moves.get(`${a}>${b}`) ?? { a, b, labels: [] };
      move.labels.push(label);
      moves.set(`${a}>${b}`, move);
    }
    for (const { a, b, labels } of moves.values()) {
      const weakened = comparePolicies(b, a) < 0;
      push(weakened, {
        section: "dmarc",
        kind: weakened ? "dmarc.policy-weakened" : "dmarc.policy-strengthened",
        message: `The DMARC policy applied to ${listOf(labels)} went from ${a} to ${b}.`,
        ...weakened ? { fix: `Publish p=${a} again (or sp/np for subdomains) in the DMARC record.` } : {},
        ...at ? { at } : {},
        before: a,
        after: b
      });
    }
  }
  if (!skip.has("dkim")) {
    const now = new Map(after.dkim.data.selectors.map((s) => [s.selector, s]));
    for (const old of before.dkim.data.selectors.filter((s) => s.found)) {
      const current = now.get(old.selector);
      if (!current?.found) {
        push(true, {
          section: "dkim",
          kind: "dkim.selector-removed",
          at: old.name,
          message: `The DKIM selector ${old.selector} (${old.name}) no longer publishes a key.`,
          fix: `Publish the key at ${old.name} again, or remove the selector from the baseline if it was retired on purpose.`,
          before: "found",
          after: "missing"
        });
      } else if (old.keyBits && current.keyBits && current.keyBits < old.keyBits && current.keyType === old.keyType) {
        push(true, {
          section: "dkim",
          kind: "dkim.key-weakened",
          at: old.name,
          message: `The DKIM key at ${old.name} shrank from ${old.keyBits} to ${current.keyBits} bits.`,
          fix: "Publish a 2048-bit RSA (or Ed25519) key at this selector.",
          before: String(old.keyBits),
          after: String(current.keyBits)
        });
      }
    }
  }
  if (!skip.has("spf")) {
    const a = before.spf.data.all;
    const b = after.spf.data.all;
    if (a && b && a !== b) {
      const regressed = ALL_RANK[b] > ALL_RANK[a];
      push(regressed, {
        section: "spf",
        kind: regressed ? "spf.all-weakened" : "spf.all-strengthened",
        message: `The SPF policy now ends in ${b}all instead of ${a}all.`,
        ...regressed ? { fix: `End the SPF record with ${a}all again.` } : {},
        before: `${a}all`,
        after: `${b}all`
      });
    }
    const was = before.spf.data.lookups.count;
    const is = after.spf.data.lookups.count;
    if (was <= 10 && is > 10) {
      push(true, {
        section: "spf",
        kind: "spf.lookups-over-limit",
        message: `The SPF policy now needs ${is} DNS lookups (limit 10, was ${was}).`,
        fix: "Remove or flatten includes until the policy needs 10 lookups or fewer.",
        before: String(was),
        after: String(is)
      });
    }
  }
  if (!skip.has("ptr")) {
    const now = new Map(after.ptr.data.results.map((r) => [r.ip, r]));
    for (const old of before.ptr.data.results.filter((r) => r.fcrdns)) {
      const current = old.ip ? now.get(old.ip) : void 0;
      if (current && !current.fcrdns && current.status !== "error") {
        push(true, {
          section: "ptr",
          kind: "ptr.fcrdns-lost",
          at: old.ip,
          message: `The reverse DNS of ${old.ip} no longer confirms forward (was ${old.confirmedName}).`,
          fix: `Make the PTR of ${old.ip} a name whose A/AAAA record includes ${old.ip}.`,
          before: old.confirmedName ?? "confirmed",
          after: current.names[0] ?? "no PTR"
        });
      }
    }
  }
}
function diffReports(baseline, current) {
  const diff = { regressions: [], improvements: [], skipped: [] };
  const skip = /* @__PURE__ */ new Set();
  for (const section of SECTIONS) {
    const a = baseline.sections[section]?.status;
    const b = current.sections[section]?.status;
    if (a === void 0 || b === void 0 || a === "error" || b === "error") skip.add(section);
  }
  diff.skipped = SECTIONS.filter((section) => skip.has(section));
  if (baseline.complete && current.complete) {
    const order = compareGrades(current.grade, baseline.grade);
    if (order !== 0) {
      (order > 0 ? diff.regressions : diff.improvements).push({
        section: "grade",
        kind: order > 0 ? "grade-down" : "grade-up",
        message: `The grade went from ${baseline.grade} to ${current.grade} (score ${baseline.score} \u2192 ${current.score}).`,
        before: baseline.grade,
        after: current.grade
      });
    }
  }
  for (const section of SECTIONS) {
    if (skip.has(section)) continue;
    const before = baseline.sections[section];
    const after = current.sections[section];
    const regressionsBefore = diff.regressions.length;
    findingChanges(section, before.findings, after.findings, diff);
    const a = STATUS_RANK[before.status];
    const b = STATUS_RANK[after.status];
    if (b > a && diff.regressions.length === regressionsBefore) {
      diff.regressions.push({
        section,
        kind: "status-down",
        message: `The ${section} section went from ${before.status} to ${after.status}: ${after.summary}`,
        before: before.status,
        after: after.status
      });
    } else if (b < a) {
      diff.improvements.push({
        section,
        kind: "status-up",
        message: `The ${section} section went from ${before.status} to ${after.status}.`,
        before: before.status,
        after: after.status
      });
    }
  }
  const findingRegressions = diff.regressions.length;
  valueChanges(baseline.sections, current.sections, skip, diff);
  const causes = diff.regressions.slice(findingRegressions);
  diff.regressions = diff.regressions.filter(
    (change, index) => index >= findingRegressions || !causes.some(
      (cause) => cause.section === change.section && (EXPLAINS[cause.kind] ?? []).includes(change.kind) && (cause.at === void 0 || change.at === void 0 || cause.at === change.at)
    )
  );
  return diff;
}

// action/baseline.ts
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
var isObject = (value) => typeof value === "object" && value !== null && !Array.isArray(value);
async function readBaseline(path) {
  let text;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { status: "missing" };
    throw new UsageError(`Cannot read the baseline ${path}: ${error.message}`);
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `The baseline ${path} is not valid JSON (${error.message}); delete it and run with update-baseline.`
    );
  }
  if (!isObject(data) || data.version !== 1 || !isObject(data.domains)) {
    throw new UsageError(`The baseline ${path} is not a mailposture baseline (version 1); recreate it.`);
  }
  for (const [domain, report] of Object.entries(data.domains)) {
    if (!isObject(report) || !isObject(report.sections) || typeof report.grade !== "string") {
      throw new UsageError(`The baseline ${path} has no usable report for ${domain}; recreate it.`);
    }
  }
  return { status: "found", file: data };
}
async function writeBaseline(path, domains, now) {
  const sorted = Object.fromEntries(Object.entries(domains).sort(([a], [b]) => a.localeCompare(b)));
  const file = { version: 1, updatedAt: now.toISOString(), domains: sorted };
  await mkdir(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(file, null, 2)}
`);
  await rename(temp, path);
}

// action/verdict.ts
var SECTION_NAMES = ["spf", "dmarc", "dkim", "mx", "ptr"];
function answeredFindings(report) {
  const found = [];
  for (const section of SECTION_NAMES) {
    const data = report.sections[section];
    if (!data || data.status === "error") continue;
    for (const finding of data.findings) found.push({ section, finding });
  }
  return found;
}
function sectionLabel(section) {
  return section === "grade" ? "Grade" : section.toUpperCase();
}
function decideVerdict(outcomes, options) {
  const failures = [];
  const notes = [];
  let dnsTrouble = false;
  for (const outcome of outcomes) {
    const { domain, report } = outcome;
    for (const change of outcome.diff?.regressions ?? []) {
      failures.push({ kind: "regression", domain, message: `${sectionLabel(change.section)}: ${change.message}` });
    }
    if (options.minGrade && !meetsGrade(report.grade, options.minGrade)) {
      const message = `grade ${report.grade} is below the minimum ${options.minGrade}`;
      if (outcome.dnsErrors.length > 0) {
        notes.push(`${domain}: ${message}, but DNS could not answer for ${outcome.dnsErrors.join(", ")}: not judged.`);
      } else {
        failures.push({ kind: "grade", domain, message });
      }
    }
    if (options.failOn === "warning" || options.failOn === "error") {
      const severities = options.failOn === "warning" ? ["warning", "error"] : ["error"];
      for (const { finding } of answeredFindings(report)) {
        if (severities.includes(finding.severity)) {
          failures.push({ kind: "finding", domain, message: `${finding.id}: ${finding.message}` });
        }
      }
    }
    if (outcome.dnsErrors.length > 0) {
      dnsTrouble = true;
      if (options.failOn === "error") {
        failures.push({
          kind: "dns",
          domain,
          message: `DNS could not answer for ${outcome.dnsErrors.join(", ")}`
        });
      }
    }
  }
  const failed = options.failOn !== "never" && failures.length > 0;
  let exitCode = 0;
  if (failed && failures.some((failure2) => failure2.kind !== "dns")) exitCode = 1;
  else if (dnsTrouble && options.failOn !== "never") exitCode = 3;
  return { failed, exitCode, failures, notes };
}

// action/run.ts
function validateDomains(domains) {
  if (domains.length === 0) throw new UsageError("No domain given: name at least one domain to check.");
  const problems = [];
  for (const input of domains) {
    const parsed = parseDomain(input);
    if (!parsed.ok) problems.push(`"${input}": ${parsed.error.message}`);
  }
  if (problems.length > 0) throw new UsageError(`Invalid domain: ${problems.join(" ")}`);
}
async function runChecks(options, now = () => /* @__PURE__ */ new Date()) {
  validateDomains(options.domains);
  const checkedAt = now();
  const baselineRead = options.baselinePath ? await readBaseline(options.baselinePath) : void 0;
  const previous = baselineRead?.status === "found" ? baselineRead.file.domains : {};
  const resolver = createDohResolver({
    ...options.dohUrls.length > 0 ? { endpoints: options.dohUrls } : {},
    timeoutMs: options.dnsTimeoutMs,
    retries: options.dnsRetries
  });
  const outcomes = await Promise.all(
    options.domains.map(async (input) => {
      const result = await checkDomain(input, {
        resolver,
        selectors: itemsFor(options.selectors, input),
        sendingIps: itemsFor(options.sendingIps, input)
      });
      if (!result.ok) throw new UsageError(`Invalid domain "${input}": ${result.error.message}`);
      const report = result.report;
      const before = previous[report.domain];
      return {
        input,
        domain: report.domain,
        report,
        baseline: before ? "compared" : "missing",
        diff: before ? diffReports(before, report) : void 0,
        dnsErrors: SECTION_NAMES.filter((section) => report.sections[section]?.status === "error")
      };
    })
  );
  const baseline = {
    path: options.baselinePath,
    label: options.baselineLabel ?? options.baselinePath,
    status: baselineRead?.status ?? "none",
    written: false,
    kept: []
  };
  if (options.updateBaseline && options.baselinePath) {
    const next = { ...previous };
    for (const outcome of outcomes) {
      if (outcome.dnsErrors.length === 0) next[outcome.domain] = outcome.report;
      else baseline.kept.push(outcome.domain);
    }
    await writeBaseline(options.baselinePath, next, checkedAt);
    baseline.written = true;
  }
  const grade = worstGrade(outcomes.map((outcome) => outcome.report.grade)) ?? null;
  return {
    version: 1,
    checkedAt: checkedAt.toISOString(),
    failOn: options.failOn,
    minGrade: options.minGrade ?? null,
    grade,
    regressions: outcomes.reduce((sum, outcome) => sum + (outcome.diff?.regressions.length ?? 0), 0),
    baseline,
    domains: outcomes,
    verdict: decideVerdict(outcomes, options)
  };
}

// action/table.ts
function createPaint(colour) {
  const wrap = (code, reset) => (text) => colour ? `\x1B[${code}m${text}\x1B[${reset}m` : text;
  return { red: wrap(31, 39), green: wrap(32, 39), yellow: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}
var STATUS_TEXT = { pass: "pass", warn: "warn", fail: "FAIL", error: "DNS error" };
function paintStatus(paint, status) {
  const text = STATUS_TEXT[status].padEnd(9);
  if (status === "pass") return paint.green(text);
  if (status === "warn") return paint.yellow(text);
  if (status === "fail") return paint.red(text);
  return paint.yellow(text);
}
function wrapText(text, room) {
  if (text.length <= room) return [text];
  const lines = [];
  let line = "";
  for (const word of text.split(" ")) {
    if (line !== "" && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else {
      line = line === "" ? word : `${line} ${word}`;
    }
  }
  lines.push(line);
  return lines;
}
function renderTable(result, options) {
  const paint = createPaint(options.colour);
  const width = options.width === void 0 ? Number.POSITIVE_INFINITY : Math.max(60, options.width);
  const wrap = (text, column) => wrapText(text, width - column).join(`
${" ".repeat(column)}`);
  const lines = [];
  for (const outcome of result.domains) {
    const { report, diff } = outcome;
    const gradePaint = report.grade <= "B" ? paint.green : report.grade <= "D" ? paint.yellow : paint.red;
    lines.push(
      `${paint.bold(report.domain)}  grade ${paint.bold(gradePaint(report.grade))}${outcome.dnsErrors.length > 0 ? paint.yellow(" (incomplete)") : ""}  ${paint.dim(`score ${report.score} \xB7 ${report.queries} queries`)}`
    );
    for (const section of SECTION_NAMES) {
      const data = report.sections[section];
      lines.push(`  ${sectionLabel(section).padEnd(6)} ${paintStatus(paint, data.status)} ${wrap(data.summary, 19)}`);
      const shown = data.status === "error" ? data.findings.slice(0, 1) : data.findings;
      for (const finding of shown) {
        if (finding.severity === "info") continue;
        const mark = finding.severity === "error" ? paint.red("\u2717") : paint.yellow("!");
        lines.push(`         ${mark} ${paint.dim(finding.id)} ${wrap(finding.message, 12 + finding.id.length)}`);
        lines.push(`           ${paint.dim(`fix: ${wrap(finding.fix, 16)}`)}`);
      }
      if (data.findings.length > shown.length) {
        lines.push(`         ${paint.dim(`(${data.findings.length - shown.length} more)`)}`);
      }
    }
    for (const change of diff?.regressions ?? []) {
      lines.push(`  ${paint.red("regressed")} ${sectionLabel(change.section)} ${change.kind}: ${change.message}`);
      if (change.fix) lines.push(`            ${paint.dim(`fix: ${change.fix}`)}`);
    }
    for (const change of diff?.improvements ?? []) {
      lines.push(`  ${paint.green("improved")}  ${sectionLabel(change.section)}: ${change.message}`);
    }
    lines.push("");
  }
  const { verdict, baseline } = result;
  if (baseline.written) lines.push(paint.dim(`Baseline written to ${baseline.label}.`));
  else if (baseline.status === "missing") {
    lines.push(paint.dim(`No baseline at ${baseline.label}: create it with --update-baseline.`));
  }
  for (const note of verdict.notes) lines.push(paint.yellow(note));
  const regressed = /* @__PURE__ */ new Map();
  for (const failure2 of verdict.failures) {
    if (failure2.kind === "regression") regressed.set(failure2.domain, (regressed.get(failure2.domain) ?? 0) + 1);
    else lines.push(`${paint.red("\u2717")} ${failure2.domain}: ${failure2.message}`);
  }
  for (const [domain, count] of regressed) {
    lines.push(`${paint.red("\u2717")} ${domain}: ${count} regression${count > 1 ? "s" : ""} against the baseline`);
  }
  const dns = result.domains.filter((outcome) => outcome.dnsErrors.length > 0);
  for (const outcome of dns) {
    lines.push(
      paint.yellow(`DNS could not answer for ${outcome.domain}: ${outcome.dnsErrors.join(", ")} (not compared).`)
    );
  }
  const tally = `worst grade ${result.grade ?? "\u2014"}, ${result.regressions} regression${result.regressions === 1 ? "" : "s"}`;
  if (verdict.failed) lines.push(paint.red(`Failed: ${tally}.`));
  else if (verdict.exitCode === 3)
    lines.push(paint.yellow(`Incomplete: DNS could not answer for some checks; ${tally}.`));
  else lines.push(paint.green(`Passed: ${tally}.`));
  return `${lines.join("\n")}
`;
}

// action/cli.ts
var USAGE_EXIT = 2;
async function main(argv) {
  try {
    const command = parseCliArgs(argv, process.cwd());
    if (command.kind === "help") {
      process.stdout.write(`${USAGE}
`);
      return 0;
    }
    const result = await runChecks(command.options);
    if (command.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}
`);
    } else {
      const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
      process.stdout.write(
        renderTable(result, { colour, width: process.stdout.isTTY ? process.stdout.columns : void 0 })
      );
    }
    return result.verdict.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`mailposture: ${error.message}
Run "mailposture --help" for usage.
`);
      return USAGE_EXIT;
    }
    process.stderr.write(`mailposture failed unexpectedly: ${error.stack ?? String(error)}
`);
    return 70;
  }
}
process.exitCode = await main(process.argv.slice(2));
export {
  main
};
