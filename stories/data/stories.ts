import type { StoryFrame, StoryRecord } from '../../src/components/story/model.js';

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

/** Eirlys's story, told, signified and saved, to be used by her worker and in the service's learning. */
export const eirlysStory = (): StoryRecord => ({
  id: 'eirlys-1',
  frameId: 'what-helped',
  frameVersion: '1',
  title: 'Getting the flat',
  text: 'When the letter came I rang the housing office straight away. Nia came with me to the viewing, and my sister helped me move.',
  voice: { role: 'person', name: 'Eirlys Morgan' },
  writtenDownBy: 'Nia Jones',
  date: '2026-10-01',
  place: 'Maes y Coed',
  dyads: { agency: 70 },
  triads: { difference: [50, 30, 20] },
  tags: ['housing', 'family'],
  consent: { uses: ['worker', 'service-learning'], textHash: 'sha256-5b1c7e0f3a9d2c4e6f8a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d1e', at: '2026-11-20T15:30:00.000Z', language: 'en' },
});

/** Dafydd's story, told in Welsh: his own words, written down by his worker. */
export const dafyddStory = (): StoryRecord => ({
  id: 'dafydd-1',
  frameId: 'what-helped',
  frameVersion: '1',
  title: 'Mynd yn ôl i’r ysgol',
  text: 'Roeddwn i’n poeni am fynd yn ôl. Siaradodd Mam â’r athrawes, ac fe ddes i o hyd i ffrind newydd yn y clwb ar ôl ysgol.',
  voice: { role: 'child', name: 'Dafydd' },
  writtenDownBy: 'Rhian Evans',
  dyads: { agency: 40 },
  triads: { difference: [20, 60, 20] },
  tags: ['school', 'family'],
  consent: { uses: ['worker'], textHash: 'sha256-0e1d2c3b4a5f6e7d8c9b0a1f2e3d4c5b6a7f8e9d0c1b2a3f4e5d6c7b8a9f0e1d', at: '2026-11-18T11:00:00.000Z', language: 'cy' },
});
