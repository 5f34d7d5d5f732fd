import { css } from 'lit';

export const teamAroundStyles = css`
  :host {
    max-inline-size: var(--kith-team-around-max-width, 60rem);
  }
  h2 {
    font-size: var(--kith-sys-font-size-heading);
    margin-block: 0 var(--kith-sys-space-1);
  }
  .members {
    list-style: none;
    padding: 0;
    margin: var(--kith-sys-space-3) 0;
    display: grid;
    gap: var(--kith-sys-space-3);
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
  }
  .member {
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
    border-inline-start: var(--kith-sys-border-width-strong) solid var(--kith-sys-color-border-strong);
    border-radius: var(--kith-sys-radius);
    padding: var(--kith-sys-space-3);
    background: var(--kith-sys-color-surface);
  }
  .member.professional {
    border-inline-start-color: var(--kith-sys-color-primary);
  }
  .member h3 {
    margin: 0;
    font-size: var(--kith-sys-font-size-body);
  }
  .member p {
    margin: var(--kith-sys-space-1) 0 0;
  }
  .meta,
  .hint {
    color: var(--kith-sys-color-text-secondary);
  }
  .lead {
    font-weight: var(--kith-sys-font-weight-bold);
    color: var(--kith-sys-color-primary);
  }
  .sharing {
    border-block-start: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
    padding-block-start: var(--kith-sys-space-1);
  }
  .sharing.not-agreed {
    font-weight: var(--kith-sys-font-weight-bold);
  }
  .gaps h3 {
    font-size: var(--kith-sys-font-size-body);
  }
`;
