import { css } from 'lit';

/**
 * Buttons and form fields for components that contain forms (the map's
 * editor, consent forms), after the GOV.UK patterns: full-size targets,
 * visible labels and hints, error messages above the field.
 */
export const controlStyles = css`
  .button {
    font: inherit;
    min-block-size: var(--kith-sys-target-size);
    padding: var(--kith-sys-space-1) var(--kith-sys-space-3);
    color: var(--kith-sys-color-text);
    background: var(--kith-sys-color-secondary);
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border-strong);
    border-radius: var(--kith-sys-radius);
    cursor: pointer;
  }
  .button:hover {
    text-decoration: underline;
  }
  .button[disabled] {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .button.primary {
    color: var(--kith-sys-color-on-primary);
    background: var(--kith-sys-color-primary);
    border-color: var(--kith-sys-color-primary);
  }
  .button.small {
    font-size: var(--kith-sys-font-size-small);
  }
  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: var(--kith-sys-space-2);
    align-items: center;
  }
  .field {
    display: grid;
    gap: var(--kith-sys-space-1);
    margin-block-end: var(--kith-sys-space-3);
  }
  .field.invalid {
    border-inline-start: var(--kith-sys-border-width-strong) solid var(--kith-sys-color-error);
    padding-inline-start: var(--kith-sys-space-2);
  }
  .label {
    font-weight: var(--kith-sys-font-weight-bold);
  }
  /* Groups of questions (GOV.UK): no box, the legend reads as the question. */
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 var(--kith-sys-space-3);
    min-inline-size: 0;
  }
  legend {
    font-weight: var(--kith-sys-font-weight-bold);
    padding: 0;
    margin-block-end: var(--kith-sys-space-1);
  }
  .hint {
    color: var(--kith-sys-color-text-secondary);
  }
  .error-message {
    color: var(--kith-sys-color-error-text);
    font-weight: var(--kith-sys-font-weight-bold);
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    font: inherit;
    min-block-size: var(--kith-sys-target-size);
    max-inline-size: 100%;
    padding: var(--kith-sys-space-1);
    color: var(--kith-sys-color-text);
    background: var(--kith-sys-color-surface);
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border-strong);
    border-radius: 0;
  }
  .check {
    display: flex;
    gap: var(--kith-sys-space-2);
    align-items: center;
    min-block-size: var(--kith-sys-target-size);
  }
  .check input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--kith-sys-color-primary);
  }
  /* Error summary and success message (GOV.UK): a thick coloured border, focusable when shown. */
  .notice {
    padding: var(--kith-sys-space-3);
    margin-block-end: var(--kith-sys-space-4);
    border: var(--kith-sys-border-width-strong) solid var(--_tone);
  }
  .notice:focus {
    outline: var(--kith-sys-focus-width) solid var(--kith-sys-color-focus);
    outline-offset: var(--kith-sys-space-1);
  }
  .notice h2 {
    margin-block: 0 var(--kith-sys-space-2);
    font-size: var(--kith-sys-font-size-heading);
  }
  .success {
    --_tone: var(--kith-sys-color-success);
  }
  .summary {
    --_tone: var(--kith-sys-color-error);
  }
  .summary a {
    color: var(--kith-sys-color-error-text);
    font-weight: var(--kith-sys-font-weight-bold);
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;

/** Section headings inside long forms (preferences, agreements, plans): one size, tight below. */
export const formHeadingStyles = css`
  h2,
  h3 {
    font-size: var(--kith-sys-font-size-heading);
    margin-block: 0 var(--kith-sys-space-2);
  }
`;
