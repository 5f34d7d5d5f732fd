import { css } from 'lit';

/** Fields: labels, hints, inputs, selects, checkboxes and radios, question groups. */
export const fieldStyles = css`
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
`;
