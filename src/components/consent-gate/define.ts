import { define } from '../../core/define.js';
import { KithConsentGate } from './consent-gate.js';

define('kith-consent-gate', KithConsentGate);

export { KithConsentGate };
