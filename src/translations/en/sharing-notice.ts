import type { Message } from '../types.js';

/** The sharing notice (mode="notice"): fetched with its view (notice-view.ts) by agreements that are notices. */
export const sharingNoticeEn = {
  'sharing.notice.intro': 'We will share information about {name}. We are not asking you to agree, but you have a right to know.',
  'sharing.notice.statement': 'We will share {information} with {agencies} because {reason}',
  'sharing.notice.purposes': 'We will only use it to: {purposes}.',
  'sharing.notice.services': 'Who the services are',
  'sharing.notice.questions': 'If you have questions, or think this is wrong, talk to your worker.',
} as const satisfies Record<string, Message>;
