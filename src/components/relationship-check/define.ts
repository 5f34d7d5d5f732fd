import { define } from '../../core/define.js';
import { KithRelationshipCheck } from './relationship-check.js';

define('kith-relationship-check', KithRelationshipCheck);

export { KithRelationshipCheck };
