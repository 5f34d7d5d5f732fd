import { define } from '../../core/define.js';
import { KithStageBadge } from './stage-badge.js';

define('kith-stage-badge', KithStageBadge);

export { KithStageBadge };
