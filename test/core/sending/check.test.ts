import { createMemoryResolver, mergeZoneData } from '../../../core/testing.js';
import reverse from '../../fixtures/zones/reverse.js';
import sending from '../../fixtures/zones/sending.js';
import tld from '../../fixtures/zones/tld.js';
import { describeSending } from './check-cases.js';

describeSending('memory', () => createMemoryResolver(mergeZoneData(sending, reverse, tld)));
