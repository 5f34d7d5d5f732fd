import { css, type CSSResult } from 'lit';
import { buttonStyles } from './button-styles.js';
import { fieldStyles } from './field-styles.js';
import { noticeStyles } from './notice-styles.js';

/*
 * Buttons and form fields for components that contain forms (the map's
 * editor, consent forms), after the GOV.UK patterns: full-size targets,
 * visible labels and hints, error messages above the field. In three
 * modules, so an element with buttons only (the banner, the gate) imports
 * button-styles.ts and carries no more.
 */
export { buttonStyles, fieldStyles, noticeStyles };

/** All three: for elements that hold forms. */
export const controlStyles: CSSResult[] = [buttonStyles, fieldStyles, noticeStyles];

/** Section headings inside long forms (preferences, agreements, plans): one size, tight below. */
export const formHeadingStyles = css`
  h2,
  h3 {
    font-size: var(--kith-sys-font-size-heading);
    margin-block: 0 var(--kith-sys-space-2);
  }
`;
