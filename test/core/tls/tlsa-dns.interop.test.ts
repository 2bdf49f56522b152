import { knotResolver } from '../../dns-stack/resolvers.js';
import { describeTlsaRecords } from './tlsa-dns-cases.js';

describeTlsaRecords('Knot over DoH', knotResolver);
