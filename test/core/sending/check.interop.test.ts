import { knotResolver } from '../../dns-stack/resolvers.js';
import { describeSending } from './check-cases.js';

describeSending('Knot behind dnsdist', knotResolver);
