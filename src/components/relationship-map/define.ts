import { define } from '../../core/define.js';
import { KithRelationshipMap } from './relationship-map.js';

define('kith-relationship-map', KithRelationshipMap);

export { KithRelationshipMap };
