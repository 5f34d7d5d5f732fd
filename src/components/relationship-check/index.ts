export { KithRelationshipCheck, type CheckSubmitDetail, type CheckView } from './relationship-check.js';
export { kithRelationshipCheck } from './default-instrument.js';
// Named for the check: the package root also exports the radar's instrument and its “completed by”.
export {
  COMPLETED_BY as CHECK_COMPLETED_BY,
  conversationPrompt,
  makeRecord as makeCheckRecord,
  total as checkTotal,
  validateHistory as validateCheckHistory,
  validateInstrument as validateCheckInstrument,
  type CheckInstrument,
  type CheckItem,
  type CheckRecord,
  type CompletedBy as CheckCompletedBy,
  type ConversationPrompt,
} from './model.js';
