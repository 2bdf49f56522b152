/**
 * The public half (SubjectPublicKeyInfo, base64) of a 16,384-bit RSA key pair made once with node:crypto
 * (generateKeyPairSync('rsa', { modulusLength: 16384 }), about 20 minutes on two cores); the private half was not kept.
 * A key no one should publish: eight times the 2048 bits RFC 8301 §3.2 asks for, 2,784 characters of p=.
 */
export const RSA_16384_SPKI = [
  'MIIIIjANBgkqhkiG9w0BAQEFAAOCCA8AMIIICgKCCAEArO5a87eDi7p+y7mAmtBv9FgBQu9DtI3HKJdjaaul97R8SU68RFqsmsmc',
  'Jvm6yAHCTqtoIXiOL8iIlbw+fphlAbq1h2Om+SFC98xiwCYk3hSIsNYVKgoEAuGhld6lQsAOqvohb8dPt7Tsi9sEymORPyNSJOg2',
  '80+S+diP4i9YyaR3zQpeT9YMkyFf9uINbFpE3wG9oLfZ0LNmKrLGxXzLEoqfimx+uWB08aHhgNYSIrxddDT+nyby1S8LkSTSGXdG',
  '5nrUyBV/6Ag7F2cbHrZCtzscNvOZxuq7fr9l+eAvzbcWTQ2MolHU3zxqRpzBlMF0a3qpcAiTP29ZL1UoE7rPHlqYM6KNrS9jJy6G',
  'x6oMtgp/IkkCZctms+1Fi2PQcw1W3QLSzDr3Z2ZsPweDrhZtZZL/J91CWSldMxXjKcvvBT4XE6Oyc0jZVc2r5z9D61OJhq71gmFA',
  '7146DJpMZWIltI3fWvr8AT05DhWvj280grddhhNuPMmwkRF0n/vranrMANsicVTeefQlefTN8fKP0o64lDVXcpK8CEjRpf9YY0C1',
  'Q7odOy2FDN1ddmBhSriBM32jK5qc7ZvCUZPU3HxkEwTP4TvTZmnznzk2vpkeRCTRpKuf5f/lDbTShQdfO6v8O0YVMZozxMTUe820',
  'Fs54ixbMaVR/msDpl4f79AQlXazN3FwTOheHu4Q/7ZeRHyfWIjx7tKmKePinfyhaeI+a+kuxF/DBunj/p14Ezr8pVojq+rErAY60',
  'mtk72312oY1r/33TSR6gp4NFHDX1ndT74ehBsX5R2wwQGJdavj4CSVuAQ+RXIm7Ky5zXhP4ge0Uq+CEmVxo5ZQF/W36tA97CUEBZ',
  'aREbDfIhIoRXSv7UfE22s9M3kFZcLWvrvIGxGo60+wD21LQBk31SjkHY43LJbAR/L0xAneb/zNCfLwwu5Zb6ZM21/oNgstSf9G1f',
  '+rpjbTN/ybSI7qDck4TwgXuNV7Vb9xKDmxwUz2O3uGJxea3Zr2Y67ja73tKA0hx/Y10AASTzALTXgwYtt2vomwzv++scCGz5Ftd1',
  'jVg5G93m7mY8MWvZrrDRngzEq8kXVKlQYuaSTPhW0O0ghTSogPcTTw9WsJD6uRx5DDEca1RRM4A8nCIMmNuDUXRrFDsQ9eaIBVrN',
  'YaRFNqKagK11uExqLvIUWH5YcNQXGx3zKNEDE0toUB6FR57JzGf0zTjMHMf4+gXX0iCARnUMbezbZCDa/IJ4XMBvuBpyEyuEwCsa',
  'DQJIl6uJq5V0vMN7Xo7yYFtTk+Vld11rd23uZSUJ8z8Bx93bLbxUXwiKubf9uHbsWooZJSGOPvSOUmhbnUeWvOx1+JtIedIAxvqm',
  'GcPYSzR3PK/ZI2I95e6EYAHpu+Zq+l2rdEzvfRS5JdwTvQxeeyz56YZnP8k9ekZNKq5qqCUiWBY8/eqBJ5FIiWLHIBisw/3atBLu',
  'z7agu50JX01eQq9eUZ7T/dFY5vzQa10IGcmW43oqzGnRsYz1MUWj2r4lAtTfqAuaHfFrMiTIDqq3MGXF24IwL+sQpnJ8UcNSisoM',
  'u17AaskwNSBe5E1h9tWOwzPdoMDkUZdK+JXQ6HpDoHS6mkJy3+XUPb1CrAnxbjChq3n21HxydijdwqqK3UAIYWPcmm52CgVWyBr8',
  '69HFhNkSF8GzraZjHD3NFAtZr/hf0bEnAPSuCLxrWaL8SZ00bZniaMKW9Qv/HecKW4fRgobVE/l3pmtvUndh6VPYd3n2OOYYX1e3',
  '+9PID2XITnmlYTCFOYkWBcb6br+ISuKvtdfVkHqd/uhB3hNrHfCTD6OZ+ZKAAwo97CHlvZgvrMeg0me4Jln2IypcAR7gnJiazOy/',
  '0qHicu03lkSX8Qi/ZDf4roLnykOGI1Q7PNXkT0LOk2N15gjh5ngErLFEymeXgFMNuPm/NYc1AMXlh0pLJgLnxzjBqEaI2/dIeFTT',
  'e1+y76iFdl+zuXTi4Am86SjD9dGVB4oX7dpuJOkKqnAajA39P3sZ5Z4oKInHPfxtzSvHs3F8GtwcsLq1lNPubFpUu/SbfYEODEIy',
  'nH6vWHmg/3ZDYmLt7sbLvjkVoEZEG9tVJqOw0NfLBL6akG73W+Ag2QcdVG58dDtzWWjzrJJk4krSM5wZVBxTCe46Lb4NkmDaLOXo',
  'JKEsmOrVIxj2GqHECRTX5fdEnsONIuNQ1CF8qB9171x0+r+l2BWyFG1XYQvQ5LKAZB+b/NvZbKdAxhDInFIeY9Frh5MT3qn5qnEv',
  'vKHT2Jfm248nYBtlzcZI+DjpMqyZNs2IjgpMM0T1G+T323bDNxQQccKOch6bAfejWxVcqav0EH3SDQgpwKVSqxD4ypHfcd1XHhBt',
  'hXXaSX5SMm7G8of0Ekmy13HCMLVI9fwBsNFqgSD6LE+lDfW7+Yue2IyX2UeeddFu8qGVw1mNOpgzoMglpNoz3bB9Tnl/23y/G7Wn',
  'iDiYCeNMUhSr0qyAp7hQhBL03T+NVoIYFevhyCkAMHqVBIaVQkUNfipiVO6PjJwxLm1UA8slb3/pBuikDa0C0a6suwnm1haAPVSM',
  'SXr+D8g2dDs8aIf3Fpb5plnr7SpCsmO/eh+Ya8ChygjF7DpCG8K271nugkwh2RDfaJHw6VKNw4/zV/Sj43ERStr0YCHc6HpV+YXy',
  'xrN0/eEPWequT8/tEowIy8/mEnayUeApLRW2HhUcBRO3kMqRjyI5IuqeIKhEPdj6lxx/4Fk/+iUCAwEAAQ==',
].join('');
