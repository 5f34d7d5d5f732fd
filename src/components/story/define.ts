import { define } from '../../core/define.js';
import { KithStory } from './story.js';

define('kith-story', KithStory);

export { KithStory };
