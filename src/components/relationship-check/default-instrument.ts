import type { CheckInstrument } from './model.js';

/**
 * Kith's own neutral wording for a relationship check, in English and
 * Welsh. It is not a licensed instrument's text; hosts may pass their own
 * (change `version` whenever the words change).
 */
export const kithRelationshipCheck: CheckInstrument = {
  id: 'kith-relationship-check',
  version: '1',
  name: { en: 'How today went', cy: 'Sut aeth heddiw' },
  items: [
    {
      id: 'heard',
      label: { en: 'I felt heard and respected', cy: 'Roeddwn i’n teimlo fy mod i’n cael fy nghlywed a’m parchu' },
      low: { en: 'Not at all', cy: 'Ddim o gwbl' },
      high: { en: 'Completely', cy: 'Yn llwyr' },
    },
    {
      id: 'mattered',
      label: { en: 'We talked about what matters to me', cy: 'Buon ni’n siarad am yr hyn sy’n bwysig i mi' },
      low: { en: 'Not at all', cy: 'Ddim o gwbl' },
      high: { en: 'Completely', cy: 'Yn llwyr' },
    },
    {
      id: 'way',
      label: { en: 'The way we worked suits me', cy: 'Mae’r ffordd y buon ni’n gweithio yn fy siwtio i' },
      low: { en: 'Not at all', cy: 'Ddim o gwbl' },
      high: { en: 'Completely', cy: 'Yn llwyr' },
    },
    {
      id: 'overall',
      label: { en: 'Overall, today was right for me', cy: 'At ei gilydd, roedd heddiw’n iawn i mi' },
      low: { en: 'Not right', cy: 'Ddim yn iawn' },
      high: { en: 'Just right', cy: 'Yn hollol iawn' },
    },
  ],
  comment: true,
};
