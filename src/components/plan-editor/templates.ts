import type { LocalisedText } from '../../core/validation.js';
import type { TemplateLayout } from './model.js';

export interface TemplateSection {
  id: string;
  title: LocalisedText;
  /** A question or hint shown under the title, in plain words. */
  prompt?: LocalisedText;
}

/** A scaling question each person answers for themselves (Signs of Safety style). */
export interface ScalingQuestion {
  question: LocalisedText;
  min: number;
  max: number;
  /** What the lowest and highest numbers mean. */
  lowLabel?: LocalisedText;
  highLabel?: LocalisedText;
}

/**
 * A plan template: sections statements go in, and whether the plan has goals
 * with actions and a scaling question. Hosts may pass their own in this shape.
 */
export interface PlanTemplate {
  id: string;
  name: LocalisedText;
  sections: TemplateSection[];
  /**
   * `columns`: sections side by side where the editor is wide enough (as
   * Signs of Safety's three columns and a PATH are drawn), one under another
   * where it is not. `stacked` (default): always one under another.
   */
  layout?: TemplateLayout;
  goals?: boolean;
  scaling?: ScalingQuestion;
}

/*
 * The shipped templates are written for Kith, in plain English and Welsh.
 * They follow the shape of well-known approaches (Signs of Safety, PATH,
 * one-page profiles) without copying anyone's materials.
 */

export const signsOfSafetyTemplate: PlanTemplate = {
  id: 'signs-of-safety',
  name: { en: 'Safety plan', cy: 'Cynllun diogelwch' },
  layout: 'columns',
  sections: [
    { id: 'worries', title: { en: 'What are we worried about?', cy: 'Beth sy’n ein poeni ni?' }, prompt: { en: 'What has happened, and what could happen if nothing changes.', cy: 'Beth sydd wedi digwydd, a beth allai ddigwydd os nad oes dim yn newid.' } },
    { id: 'working-well', title: { en: 'What’s working well?', cy: 'Beth sy’n gweithio’n dda?' }, prompt: { en: 'Times things went well, and who helped.', cy: 'Adegau pan aeth pethau’n dda, a phwy helpodd.' } },
    { id: 'needs-to-happen', title: { en: 'What needs to happen?', cy: 'Beth sydd angen digwydd?' }, prompt: { en: 'What everyone needs to see, so we know the children are safe.', cy: 'Beth mae pawb angen ei weld, er mwyn gwybod bod y plant yn ddiogel.' } },
  ],
  goals: true,
  scaling: {
    question: { en: 'On a scale of 0 to 10, how safe are the children now?', cy: 'Ar raddfa o 0 i 10, pa mor ddiogel yw’r plant nawr?' },
    min: 0,
    max: 10,
    lowLabel: { en: '0: the children are not safe at home', cy: '0: nid yw’r plant yn ddiogel gartref' },
    highLabel: { en: '10: everyone is sure the children are safe', cy: '10: mae pawb yn siŵr bod y plant yn ddiogel' },
  },
};

export const pathTemplate: PlanTemplate = {
  id: 'path',
  name: { en: 'PATH: planning a hopeful future', cy: 'PATH: cynllunio dyfodol gobeithiol' },
  layout: 'columns',
  sections: [
    { id: 'dream', title: { en: 'The dream', cy: 'Y freuddwyd' }, prompt: { en: 'What would a really good life look like?', cy: 'Sut olwg fyddai ar fywyd da iawn?' } },
    { id: 'goal', title: { en: 'A goal for this year', cy: 'Nod ar gyfer eleni' }, prompt: { en: 'What will be true a year from now?', cy: 'Beth fydd yn wir flwyddyn o nawr?' } },
    { id: 'now', title: { en: 'Where we are now', cy: 'Lle rydyn ni nawr' }, prompt: { en: 'What is life like today?', cy: 'Sut mae bywyd heddiw?' } },
    { id: 'enrol', title: { en: 'Who can help', cy: 'Pwy all helpu' }, prompt: { en: 'Who do we need to ask to join us?', cy: 'Pwy sydd angen i ni ofyn iddyn nhw ymuno â ni?' } },
    { id: 'stronger', title: { en: 'Getting stronger', cy: 'Dod yn gryfach' }, prompt: { en: 'What will help us keep going?', cy: 'Beth fydd yn ein helpu i ddal ati?' } },
    { id: 'months', title: { en: 'The next few months', cy: 'Y misoedd nesaf' }, prompt: { en: 'What will we have done in three to six months?', cy: 'Beth fyddwn ni wedi’i wneud mewn tri i chwe mis?' } },
    { id: 'first-steps', title: { en: 'First steps', cy: 'Camau cyntaf' }, prompt: { en: 'What can we do this week?', cy: 'Beth allwn ni ei wneud yr wythnos hon?' } },
  ],
  goals: false,
};

export const onePageProfileTemplate: PlanTemplate = {
  id: 'one-page-profile',
  name: { en: 'One-page profile', cy: 'Proffil un dudalen' },
  sections: [
    { id: 'appreciate', title: { en: 'What people like and admire about me', cy: 'Beth mae pobl yn ei hoffi a’i edmygu amdana i' } },
    { id: 'important', title: { en: 'What’s important to me', cy: 'Beth sy’n bwysig i mi' } },
    { id: 'support', title: { en: 'How best to support me', cy: 'Y ffordd orau o fy nghefnogi' } },
  ],
  goals: false,
};

export const familyActionPlanTemplate: PlanTemplate = {
  id: 'family-action-plan',
  name: { en: 'Family action plan', cy: 'Cynllun gweithredu teulu' },
  sections: [
    { id: 'going-well', title: { en: 'What’s going well for our family', cy: 'Beth sy’n mynd yn dda i’n teulu' } },
    { id: 'change', title: { en: 'What we want to change', cy: 'Beth rydyn ni eisiau ei newid' } },
    { id: 'review', title: { en: 'How we will know it’s working', cy: 'Sut byddwn ni’n gwybod ei fod yn gweithio' } },
  ],
  goals: true,
};

/** The shipped templates by id (the `template` attribute). */
export const PLAN_TEMPLATES: Readonly<Record<string, PlanTemplate>> = {
  'signs-of-safety': signsOfSafetyTemplate,
  path: pathTemplate,
  'one-page-profile': onePageProfileTemplate,
  'family-action-plan': familyActionPlanTemplate,
};
