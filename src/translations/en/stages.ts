import type { Message } from '../types.js';

/** Problems with a journey’s stages: shared by the stage badge and the radar. */
export const stagesEn = {
  'problem.stage-order': 'In {path}, “from” should not be more than “to”.',
  'problem.stage-gap': 'The stages leave a gap between {from} and {to}.',
  'problem.stage-overlap': 'Stages {first} and {second} overlap.',
  'problem.stage-coverage': 'The stages should cover every score from {min} to {max}.',
  'problem.no-stage': 'The score {score} is not in any stage.',
} as const satisfies Record<string, Message>;
