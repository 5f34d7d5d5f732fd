import { css } from 'lit';

/**
 * Styles every Kith element shares: typography from tokens, the focus
 * indicator, the error state, and forced-colours / reduced-motion handling.
 */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--kith-sys-font-family);
    font-size: var(--kith-sys-font-size-body);
    line-height: var(--kith-sys-line-height-body);
    color: var(--kith-sys-color-text);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--kith-sys-focus-width) solid var(--kith-sys-color-focus);
    outline-offset: 0;
    box-shadow: inset 0 0 0 var(--kith-sys-focus-inner-width) var(--kith-sys-color-focus-inner);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  .kith-error {
    border: var(--kith-sys-border-width-strong) solid var(--kith-sys-color-error);
    padding: var(--kith-sys-space-3);
    background: var(--kith-sys-color-surface);
    color: var(--kith-sys-color-text);
  }
  .kith-error__title {
    margin: 0 0 var(--kith-sys-space-2);
    font-weight: var(--kith-sys-font-weight-bold);
    font-size: var(--kith-sys-font-size-heading);
  }
  .kith-error p,
  .kith-error ul {
    margin-block: 0 var(--kith-sys-space-2);
  }
  .kith-error li {
    color: var(--kith-sys-color-error-text);
    font-weight: var(--kith-sys-font-weight-bold);
  }
  .kith-error__where {
    display: block;
    font-weight: normal;
    color: var(--kith-sys-color-text-secondary);
    font-size: var(--kith-sys-font-size-small);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0s !important;
      transition-duration: 0s !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
    .kith-error {
      border-color: CanvasText;
    }
  }
`;
