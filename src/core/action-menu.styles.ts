import { css } from 'lit';

/** The "More actions" menu (see action-menu.ts): a panel below its button, over what follows. */
export const actionMenuStyles = css`
  .action-menu {
    position: relative;
    display: inline-block;
  }
  .menu-button::after {
    content: ' ▾';
  }
  .menu {
    position: absolute;
    inset-block-start: 100%;
    z-index: 2;
    display: grid;
    min-inline-size: 12rem;
    padding-block: var(--kith-sys-space-1);
    background: var(--kith-sys-color-surface);
    border: var(--kith-sys-border-width-strong) solid var(--kith-sys-color-border-strong);
  }
  .menu-item {
    font: inherit;
    font-size: var(--kith-sys-font-size-small);
    min-block-size: var(--kith-sys-target-size);
    padding-inline: var(--kith-sys-space-3);
    text-align: start;
    color: inherit;
    background: none;
    border: 0;
    cursor: pointer;
  }
  .menu-item:hover,
  .menu-item:focus {
    background: var(--kith-sys-color-surface-raised);
    text-decoration: underline;
  }
  .menu-item[aria-disabled='true'] {
    color: var(--kith-sys-color-text-secondary);
    cursor: not-allowed;
  }
  .destructive:not([aria-disabled]) {
    color: var(--kith-sys-color-error-text);
  }
  [aria-checked='true']::before {
    content: '✓ ';
  }
  .menu-separator {
    border-block-start: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
  }
  @media (forced-colors: active) {
    .menu {
      border-color: CanvasText;
    }
  }
`;
