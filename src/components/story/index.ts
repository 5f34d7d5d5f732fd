export { KithStory, type StoryChangeDetail } from './story.js';
export {
  STORY_USES,
  STORY_VOICES,
  storyForUse,
  usesAllowed,
  validateFrame as validateStoryFrame,
  validateStory,
  withdrawAll as withdrawStory,
  type Dyad,
  type StoryConsent,
  type StoryFrame,
  type StoryRecord,
  type StoryUse,
  type TagOption,
  type Triad,
} from './model.js';
export { storyFromPost, type PostContext as StoryPostContext } from './post.js';
export { toShares as triadShares, type TriadShares } from './triad.js';
