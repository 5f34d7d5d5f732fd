import { wellbeingInstrument } from '../../src/components/strengths-radar/instruments.js';
import type { StageBand } from '../../src/components/stage-badge/model.js';

/** The Wellbeing instrument's “journey of change”, used by stage badge stories and tests. */
export const exampleStages: StageBand[] = wellbeingInstrument.stages!;
