import type { StoryFrame } from '../../src/components/story/model.js';

/** An early-help service's story frame: what changed, how it came about, what made the difference. */
export const whatHelpedFrame = (): StoryFrame => ({
  id: 'what-helped',
  version: '1',
  prompt: { en: 'Tell us about a time in the last few months when things changed for you.', cy: 'Dywedwch wrthon ni am adeg yn y misoedd diwethaf pan newidiodd pethau i chi.' },
  dyads: [
    {
      id: 'agency',
      label: { en: 'How did it come about?', cy: 'Sut y digwyddodd?' },
      low: { en: 'It happened to me', cy: 'Fe ddigwyddodd i mi' },
      high: { en: 'I made it happen', cy: 'Fi wnaeth iddo ddigwydd' },
    },
  ],
  triads: [
    {
      id: 'difference',
      label: { en: 'What made the difference?', cy: 'Beth wnaeth y gwahaniaeth?' },
      corners: [
        { en: 'my own effort', cy: 'fy ymdrech fy hun' },
        { en: 'people around me', cy: 'pobl o’m cwmpas' },
        { en: 'a service', cy: 'gwasanaeth' },
      ],
    },
  ],
  tags: [
    { id: 'housing', label: { en: 'Housing', cy: 'Tai' } },
    { id: 'family', label: { en: 'Family', cy: 'Teulu' } },
    { id: 'school', label: { en: 'School', cy: 'Ysgol' } },
    { id: 'money', label: { en: 'Money', cy: 'Arian' } },
  ],
});
