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
  /* Cards when narrow, the matrix when wide (see renderChoices). A matrix too wide for its box scrolls within it. */
  .choices-frame {
    container-type: inline-size;
  }
  .matrices {
    display: none;
    overflow-x: auto;
  }
  @container (min-width: 36rem) {
    .cards {
      display: none;
    }
    .matrices {
      display: block;
    }
  }
  /* The matrix: services down the side, each choice a checkbox in its cell. */
  .matrix {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: var(--kith-sys-space-4);
  }
  .matrix caption {
    text-align: start;
    font-weight: var(--kith-sys-font-weight-bold);
    font-size: var(--kith-sys-font-size-heading);
    margin-block-end: var(--kith-sys-space-2);
  }
  .matrix th,
  .matrix td {
    padding: var(--kith-sys-space-2);
    border-block-end: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
    vertical-align: top;
  }
  .matrix th {
    text-align: start;
  }
  .matrix thead th {
    font-size: var(--kith-sys-font-size-small);
  }
  .matrix td,
  .matrix thead th:not(:first-child) {
    text-align: center;
  }
  .matrix tbody th .hint {
    display: block;
    font-weight: normal;
    font-size: var(--kith-sys-font-size-small);
  }
  /* A cell's checkbox (a .check, centred); its name is read out, not shown. */
  .cell {
    justify-content: center;
  }
  .cell span {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
  /* A fingerprint in fixed-width digits: read and compared digit by digit. */
  .hash {
    font-family: ui-monospace, monospace;
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
