import { css } from 'lit';

/** The GOV.UK cookie banner: in the page flow (never sticky), full width, buttons of equal weight with their spacing kept. */
export const cookieBannerStyles = css`
  :host {
    display: block;
  }
  :host([hidden]) {
    display: none;
  }
  .banner {
    padding-block: var(--kith-sys-space-4);
    padding-inline: var(--kith-sys-space-3);
    background: var(--kith-cookie-banner-background, var(--kith-sys-color-surface-raised));
    color: var(--kith-sys-color-text);
    border-block-end: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
  }
  /* The page's own form keeps the page's typography (the host would otherwise pass ours down to it). */
  :host(:state(enhancing)) {
    font: inherit;
    line-height: inherit;
    color: inherit;
  }
  .inner {
    max-inline-size: var(--kith-cookie-banner-max-width, 60rem);
    margin-inline: auto;
  }
  h2 {
    margin-block: 0 var(--kith-sys-space-3);
    font-size: var(--kith-sys-font-size-heading);
  }
  p {
    margin-block: 0 var(--kith-sys-space-3);
  }
  .buttons {
    margin-block-start: var(--kith-sys-space-3);
  }
  .confirmation:focus {
    outline: var(--kith-sys-focus-width) solid var(--kith-sys-color-focus);
    outline-offset: var(--kith-sys-space-1);
  }
  a {
    color: var(--kith-sys-color-link);
  }
  .note {
    color: var(--kith-sys-color-text-secondary);
  }
`;
