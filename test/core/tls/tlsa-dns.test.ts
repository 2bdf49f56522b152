import { createMemoryResolver } from '../../../core/dns/index.js';
import tls from '../../fixtures/zones/tls.js';
import { describeTlsaAuthentication, describeTlsaRecords } from './tlsa-dns-cases.js';

describeTlsaRecords('memory', () => createMemoryResolver(tls));
describeTlsaAuthentication('memory', () => createMemoryResolver(tls));
