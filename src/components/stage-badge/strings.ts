import type { ComponentStrings } from '../../translations/types.js';
import { stagesEn } from '../../translations/en/stages.js';

/** Problems with a journey's stages, for every component that checks stages (the badge, the radar). */
export const stageStrings: ComponentStrings = { en: stagesEn, cy: () => import('../../translations/cy/stages.js').then((m) => m.stagesCy) };
