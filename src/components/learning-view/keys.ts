/*
 * How the learning view names its groups and the stories in a region:
 * shared by the figures (work chunk) and the element that looks them up.
 */

/** The whole service's key. */
export const WHOLE = '';

/** A group's key: its dimension and its value. */
export const groupKey = (dimension: string, value: string): string => `${dimension}\u001f${value}`;

/** Where the stories of one region of one triad, for one group, are kept. */
export const storyKey = (group: string, triadId: string, region: number): string => `${group}|${triadId}|${region}`;
