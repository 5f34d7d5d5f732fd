import { define } from '../../core/define.js';
import { KithLearningView } from './learning-view.js';

define('kith-learning-view', KithLearningView);

export { KithLearningView };
