export { KithLearningView, type LearningChart } from './learning-view.js';
export { validateDimensions as validateLearningDimensions, validateNotes as validateLearningNotes, type Dimension as LearningDimension, type LearningNote, type LearningPerson, type NetworkMeasure } from './model.js';
export { figuresInParts, type ChangeFigure, type CellFigure, type Figures as LearningFigures, type GroupFigures, type TrendFigure } from './figures.js';
export { disclosure, groupsWithCounts, suppressCounts, type Membership } from './suppression.js';
