import { css } from 'lit';

export const consentGateStyles = css`
  :host {
    display: block;
  }
  .placeholder {
    display: grid;
    gap: var(--kith-sys-space-3);
    justify-items: start;
    padding: var(--kith-sys-space-4);
    background: var(--kith-consent-gate-background, var(--kith-sys-color-surface-raised));
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border-strong);
    color: var(--kith-sys-color-text);
  }
  .placeholder p {
    margin: 0;
  }
  a {
    color: var(--kith-sys-color-link);
  }
`;
