import type { Message } from '../types.js';

/** The relationship check: how a contact went, in the person's view (plain language, reading age about 9). */
export const relationshipCheckEn = {
  'check.intro': 'Move each slider to show how it was for you. There are no right or wrong answers.',
  'check.notAnswered': 'Not answered yet',
  'check.valueText': '{value} out of 10. 0 means “{low}”, 10 means “{high}”.',
  'check.comment': 'Anything else you want to say (optional)',
  'check.completedBy': 'Who is filling this in?',
  'check.completedBy.person': 'The person themselves',
  'check.completedBy.with-help': 'The person, with help',
  'check.completedBy.worker-on-behalf': 'A worker, on the person’s behalf',
  'check.anonymous': 'Your name is not kept with your answers.',
  'check.submit': 'Send my answers',
  'check.thanks': 'Thank you. Your answers have been saved.',
  'check.answered': '{item}: {value} out of 10',
  'check.skipped': '{item}: not answered',
  'check.prompt.title': 'Worth talking about how things are going',
  'check.prompt.belowCutOff': 'This time the total was {total} out of {max}. The level your service set is {cutOff}.',
  'check.prompt.dropped': 'This time the total was {total} out of {max}: {drop} lower than last time.',
  'check.prompt.note': 'This is a prompt for a conversation, not a rating of anyone.',
} as const satisfies Record<string, Message>;
