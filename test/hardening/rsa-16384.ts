/**
 * A 16,384-bit RSA public key in SubjectPublicKeyInfo (base64): a random odd modulus with its top bit set and e = 65537,
 * built once with node:crypto's randomBytes and checked with createPublicKey. It is the public half of no key pair
 * (finding the primes of a real 16,384-bit pair takes many minutes); a DKIM check only reads the key's size. A key no
 * one should publish: eight times the 2048 bits RFC 8301 §3.2 asks for, 2,784 characters of p=.
 */
export const RSA_16384_SPKI = [
  'MIIIIjANBgkqhkiG9w0BAQEFAAOCCA8AMIIICgKCCAEAsT2r7+PYHXa0NV3hFEQtlxzu++tPbMhAqTGNRB4I1WwlaC54U/gJqahd',
  'eGelrZk0AVf3HH0bPDDbKQCTD85BYjLC2zV8rlxiX5j9Ch9mUlzuhVvt3KBFp/Kz2R7RuT/hlP6NjsJYkvWOzJTM1xXZcwKa8aCF',
  'xqoaNpyPG22h8Yaar6YKU9G8j/vgzwYOVTWKHIBGEiakHOA2RQDEslKdy/dwc1y+wpKmaIrP8JPl3DIK2QPkeeUPeFQWmHVDqRqI',
  'U9R2HxJlUnW5ZvYPoOTXIvoZX173k577cVJRwBrbLSyEoNVdnu/06sfQVY7dAB2l7Gl1hwmwjJ6eaCfVzVcUmkUwujGGdF03YWk9',
  'jLYh+H7QyMLbb4adGisaRgxlHbxMfJQTTQeBQJVvegPMXLuXELj4iH61Iulfco+k006QAzzV462LxnKuqIzYu/xcRlF65zzYAaD2',
  'XXJuxiYLjUgYR/EhMP1tcPeYTHjMJAp//8wfInMEsghIU4KZrmZL0N4p0TY066SFaUYhiELW9LHtQF5jW+xGlzg59D21T19KYbFA',
  '3VeWfspkuEKU7/vurBpmmLBt5kHfX436FFqs3lKStEmZ9tI1t/wQcDF5u0OvU4ilxU8NMm+k9oUbdR6/VJO5X3wC2uHMiUtxDr2X',
  'FIpXwMxgKRHoyzDdAC5+MlSHtSRkc2689TCUQEqsVdj+UlcvRvdlm/HSLxCD2MzK7fBPkT2KCvH1VGFVotSFM6C2vUAxjthhbdFY',
  '3OHCrd/yAkVcgjW2jsUhCGdjDwYRABzfLNxOfYvghr6ja1gV8eYl+ubJVrcIc5DkcAG87U5L/IjRfckZx/ytTzUnO8oxq1G4CsDZ',
  'vGFYITpJKzh59O0w9OxwdiLjPe0byHmc5lMxWavxg01gIfb9xd//Ux+Fvs3Xv2DLGq5/s0MYElsJC1uYGILa/rBH/iCMl8Ed6S0x',
  'ONm1/CMDsm8EVni626qt10fXuoc/GXEH0mjKPwpv+yWJkYJXnOtvk6zc9a0X9dWhLdo/BcMxWmhAHn3Ckj5zGpRNWe1sFlMH3fmg',
  'bt6pdXj40SoVDLiPfqJ86Da//UYtPAPb/0xTeqqRA7v2iaF7HGdFYlPZbEE3fzwT5W7Z8oj/SaTng1nj64ePsx8QCAJrOzdyrKxO',
  'MQpiJypZ9XCI4eD8zHP7SvIME75hkDAPW70qLAtTRuthGqRnklTFHj5YNh46CB7PPmXqFkYzM8OoRxqMbGyhle5yxlm0pTdeuuuH',
  'rdWq1XnmB90SqE+4LDs+XNWOtSeMYS7u8G0nvmwyG915hLOYN3fGWuC4oD7cuXrdc9C4G27JHb4LmBef6LFBdlK/dxn8SDcuvTYQ',
  'OGPD2QwC3DBcFwLUiq50ek2yuSzk2IJd6s+LfXxBSbNWAJbb6QrrPassQZmMLalbYuVxozG2qozsocxB7cnlCBhPYnTFBi+NGAfq',
  'fow1m7SCqD8Bp/jIhOCksP7F6pE5clShr+kPGodjJYlnndAhPVP+yIngOOvfL5OgBukVxlN7Xo4X845RmPfdmfXHiODzgsrTmylF',
  'BBlWl9ahCtamzbTcX7Y5A9HDaHw/NVECM+6WOVQa+Pl+yVfRUvjh+c8VTXKKs7l5KzLQbccu93gR8aTHBFLNyUc4Ea+PNDcghkj5',
  '7mmmo2p4+qeEebo4nqD6ZWAeVGquqVY/UMHMrz/Izy9afTGRwta2UW16jrMY3d4gDQJmPe4iZhW55q5ON6RxQIjY8Z5AUtg52exB',
  'cBhy2zkGRcyQTdppvmZiV2Cs7dYa7JUm08BDgCWd/Mwd+LfcTZy6NdNJevxXs/En2aT4lwpFurxyOuHMr0e8ilsP9LnvlyZ9bUYk',
  'TU6akJ1xWjllRmOWPDXlqmf4tpjS1GDdidGCWPeCDPDNvfEfP1eS1YeurtBFgRnnlq/5NAa/m8Tfe6QNhcRMqa9QbifPmcd82YCA',
  'TeTJfg+q7GeXjHt2m1nlWy2p1ZRE8z38Eqv4/1M5NOQVXWPmE7Hu2j/JGXaJ05sEOUfhvdYL5uBzouJL2o9yX0/TQqMDij/QOVOa',
  'bRLDKkOqCGR3a9a4LjbDudpP5qB55nONHH4VhwmL+ZX4O1CeIzkPEzi2w8ZZwPoT9/LjbmAYdPJmFZyPMPgmaotqoZBEezwr80UV',
  '/NCDtdKlJEhm3osR5XOcPx7t51yIj7xmUXcRRO9bunykRCRukia/59QLy/37PmRS50RsPeVVTTNxW31K0DaymuvsgCXhgHAl7Cd1',
  'oSgJkyaxTWIz2Sbaxlj/OX+SD/ZTENBKbQpdnYKb6ulr6Nll32rvnF51avZfTV1FSwR+FPurIeSrqsMrT/mistPzjIfzTlZ1A82q',
  'sgXIRk3G14gTGKbrIfKTR/dVL8Vl6HZ9NS0voFimMebm4YfrGWOp9kuAkrFLjGLigVTqgXMlUZlDUBDnfe0tl1PJ8czKw3zSDfHw',
  'RHvl9XgYr+3MA2tv3APmnPHWU+aOUFq31LWTbrezwTsUW0NlQ4VjMxhsP8AmGkfa+iiAeD7P3hONcHCNKmxql/qQPetRIDWhri0L',
  'dmKEvhABB07eutIVEIluI7pOadHTE/yqPts+5A6ShLp1yUaDzb29OkqnzdCf0866e33ozxSgv00EAZYVw50PeJQHOblFuN1sAzkO',
  'CPSalMCIcq8ccpBUJIpQ1cGPjul5yp4jJK0VhZ91s9kxcvVj8LP63JJmjvlXAgGENWaC7JVbGQUCAwEAAQ==',
].join('');
