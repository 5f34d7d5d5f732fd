import { css } from 'lit';

/** The "More actions" menu (see action-menu.ts): a panel below its button, over what follows. */
export const actionMenuStyles = css`
  .action-menu {
    position: relative;
    display: inline-block;
  }
  .menu-button::after {
    content: '';
    display: inline-block;
    inline-size: 0.45em;
    block-size: 0.45em;
    margin-inline-start: var(--kith-sys-space-2);
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }
  .menu {
    position: absolute;
    inset-block-start: calc(100% + var(--kith-sys-space-1));
    inset-inline-start: 0;
    z-index: 2;
    display: grid;
    min-inline-size: max(100%, 12rem);
    max-inline-size: min(22rem, 90vw);
    padding-block: var(--kith-sys-space-1);
    background: var(--kith-sys-color-surface);
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border-strong);
    border-radius: var(--kith-sys-radius);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.25);
  }
  .menu-item {
    font: inherit;
    font-size: var(--kith-sys-font-size-small);
    min-block-size: var(--kith-sys-target-size);
    padding: var(--kith-sys-space-1) var(--kith-sys-space-3);
    text-align: start;
    color: var(--kith-sys-color-text);
    background: none;
    border: 0;
    cursor: pointer;
  }
  .menu-item:hover,
  .menu-item:focus {
    background: var(--kith-sys-color-surface-raised);
    text-decoration: underline;
  }
  .menu-item:focus {
    outline: var(--kith-sys-focus-width) solid var(--kith-sys-color-focus);
    outline-offset: calc(-1 * var(--kith-sys-focus-width));
  }
  .menu-item[aria-disabled='true'] {
    color: var(--kith-sys-color-text-secondary);
    cursor: not-allowed;
    text-decoration: none;
  }
  .menu-item.destructive:not([aria-disabled='true']) {
    color: var(--kith-sys-color-error-text);
  }
  .menu-item[aria-checked]::before {
    content: '';
    display: inline-block;
    inline-size: 1em;
  }
  .menu-item[aria-checked='true']::before {
    content: '✓';
  }
  .menu-separator {
    margin-block: var(--kith-sys-space-1);
    border-block-start: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
  }
  @media (forced-colors: active) {
    .menu {
      border-color: CanvasText;
    }
    .menu-item:focus {
      outline-color: Highlight;
    }
  }
`;
