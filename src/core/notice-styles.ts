import { css } from 'lit';

/** Error summary and success message (GOV.UK). */
export const noticeStyles = css`
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
`;
