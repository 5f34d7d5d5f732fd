import type { Message } from '../types.js';

/** The team around a person or family. */
export const teamAroundEn = {
  'team.title': 'The team around {name}',
  'team.count': { zero: 'No one yet.', one: '1 person.', other: '{count} people.' },
  'team.kind.family': 'Family',
  'team.kind.community': 'Friends and community',
  'team.kind.professional': 'Professional',
  'team.lead': 'Lead professional',
  'team.private': 'Only professionals see this person',
  'team.reach.phone': 'Best way to reach them: a phone call',
  'team.reach.text': 'Best way to reach them: a text message',
  'team.reach.email': 'Best way to reach them: email',
  'team.reach.in-person': 'Best way to reach them: in person',
  'team.reach.video': 'Best way to reach them: a video call',
  'team.hours': 'When: {hours}',
  'team.phone': 'Phone: {phone}',
  'team.email': 'Email: {email}',
  'team.lastInTouch': 'Last in touch: {date}',
  'team.nextStep': 'Next step: {step}',
  'team.familyWants': 'What the family wants them to know: {wants}',
  'team.sharing.agreed': 'May see: {information}. Only to: {purposes}.',
  'team.sharing.notAgreed': 'Sharing not agreed: nothing may be shared with them.',
  'team.gaps': 'Gaps in the team',
  'problem.lead-not-professional': '{path}: only a professional can be the lead professional.',
  'problem.two-leads': '{path} names more than one lead professional.',
} as const satisfies Record<string, Message>;
