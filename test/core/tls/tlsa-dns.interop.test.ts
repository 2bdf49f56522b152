import { knotResolver, validatingResolver } from '../../dns-stack/resolvers.js';
import { describeTlsaAuthentication, describeTlsaRecords } from './tlsa-dns-cases.js';

describeTlsaRecords('Knot over DoH', knotResolver);
describeTlsaAuthentication('Knot signing, Unbound validating, over DoH', validatingResolver);
