export { KithConsentGate } from './consent-gate.js';
