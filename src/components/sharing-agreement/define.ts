import { define } from '../../core/define.js';
import { KithSharingAgreement } from './sharing-agreement.js';

define('kith-sharing-agreement', KithSharingAgreement);

export { KithSharingAgreement };
