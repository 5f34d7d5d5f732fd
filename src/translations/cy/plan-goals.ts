import type { CatalogueOf } from '../types.js';
import type { planGoalsEn } from '../en/plan-goals.js';

export const planGoalsCy: CatalogueOf<typeof planGoalsEn> = {
  'plan.goals': 'Nodau',
  'plan.goal': 'Nod {number}, yng ngeiriau’r person ei hun',
  'plan.goalAdd': 'Ychwanegu nod',
  'plan.goalRemove': 'Tynnu’r nod',
  'plan.goalRemoveLabel': 'Tynnu’r nod {number}',
  'plan.goalScale': 'Maes ar y radar cryfderau',
  'plan.goalNoScale': 'Heb ei gysylltu',
  'plan.goalLatest': 'Y sgôr ddiweddaraf ar gyfer {scale}: {score} ({stage}), ar {date}.',
  'plan.goalLatestNoStage': 'Y sgôr ddiweddaraf ar gyfer {scale}: {score}, ar {date}.',
  'plan.goalSuggest': 'Y sgoriau isaf ar y radar: {scales}.',
  'plan.actions': 'Camau gweithredu ar gyfer nod {number}',
  'plan.actionWhat': 'Beth fydd yn digwydd',
  'plan.actionWho': 'Pwy fydd yn ei wneud',
  'plan.actionWhen': 'Erbyn pryd',
  'plan.actionStatus': 'Sut mae’n mynd',
  'plan.status.not-started': 'Heb ddechrau',
  'plan.status.doing': 'Wrthi’n ei wneud',
  'plan.status.done': 'Wedi’i wneud',
  'plan.status.stuck': 'Yn sownd',
  'plan.actionAdd': 'Ychwanegu cam gweithredu',
  'plan.actionAddLabel': 'Ychwanegu cam gweithredu at nod {number}',
  'plan.actionRemove': 'Tynnu’r cam gweithredu',
  'plan.actionRemoveLabel': 'Tynnu’r cam gweithredu {number} o nod {goal}',
  'plan.action': 'Cam gweithredu {number}',
};
