import { css } from 'lit';

/** Buttons and rows of buttons. */
export const buttonStyles = css`
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
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
