import { define } from '../../core/define.js';
import { KithPlanEditor } from './plan-editor.js';

define('kith-plan-editor', KithPlanEditor);

export { KithPlanEditor };
