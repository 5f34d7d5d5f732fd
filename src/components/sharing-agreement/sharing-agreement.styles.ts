import { css } from 'lit';

export const sharingAgreementStyles = css`
  :host {
    display: block;
    max-inline-size: var(--kith-sharing-agreement-max-width, 44rem);
  }
  /* One card per agency: a phone shows it as a short list of checkboxes, never a wide grid. */
  .agency {
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
    padding: var(--kith-sys-space-3);
    margin-block-end: var(--kith-sys-space-4);
  }
  .agency > legend {
    font-size: var(--kith-sys-font-size-heading);
    padding-inline: var(--kith-sys-space-1);
  }
  .choices {
    display: grid;
    gap: var(--kith-sys-space-1);
  }
  textarea {
    inline-size: 100%;
    min-block-size: 5rem;
  }
  .second {
    display: block;
    color: var(--kith-sys-color-text-secondary);
  }
  /* On a button the second language keeps the button's own (contrasting) text colour. */
  .button .second {
    color: inherit;
  }
  .statement-main {
    font-weight: var(--kith-sys-font-weight-bold);
  }
  .receipt {
    border: var(--kith-sys-border-width-strong) solid var(--kith-sys-color-border-strong);
    padding: var(--kith-sys-space-4);
  }
  .receipt h2:focus {
    outline: var(--kith-sys-focus-width) solid var(--kith-sys-color-focus);
  }
  .receipt ul {
    padding-inline-start: var(--kith-sys-space-4);
  }
  .hash {
    overflow-wrap: anywhere;
    font-size: var(--kith-sys-font-size-small);
    color: var(--kith-sys-color-text-secondary);
  }
  .withdraw {
    margin-block: var(--kith-sys-space-1) var(--kith-sys-space-2);
  }
  dt {
    font-weight: var(--kith-sys-font-weight-bold);
  }
  dd {
    margin: 0 0 var(--kith-sys-space-2);
  }
  @media print {
    .no-print {
      display: none !important;
    }
    .receipt {
      border: 0;
      padding: 0;
    }
  }
`;
