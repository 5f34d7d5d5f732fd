import { define } from '../../core/define.js';
import { KithTeamAround } from './team-around.js';

define('kith-team-around', KithTeamAround);

export { KithTeamAround };
