export { KithTeamAround, type TeamChangeDetail } from './team-around.js';
export {
  CONTACT_WAYS,
  MEMBER_KINDS,
  sharingFor,
  validateTeam,
  visibleMembers,
  type Contact,
  type ContactWay,
  type MemberKind,
  type MemberSharing,
  type Team,
  type TeamChange,
  type TeamMember,
  type TeamView,
} from './model.js';
export { memberVCard, teamCsv, teamForExport } from './exports.js';
