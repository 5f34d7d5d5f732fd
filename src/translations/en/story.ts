/** A person's story, signified by them (issue 25). */
export const storyEn = {
  'problem.triad-not-shares': '{path} must be three whole percentages that add up to 100.',
};
