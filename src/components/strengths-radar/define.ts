import { define } from '../../core/define.js';
import { KithStrengthsRadar } from './strengths-radar.js';

define('kith-strengths-radar', KithStrengthsRadar);

export { KithStrengthsRadar };
