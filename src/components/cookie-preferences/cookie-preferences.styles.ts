import { css } from 'lit';

export const cookiePreferencesStyles = css`
  :host {
    display: block;
    max-inline-size: var(--kith-cookie-preferences-max-width, 40rem);
  }
  fieldset {
    margin-block-end: var(--kith-sys-space-4);
  }
  legend {
    font-size: var(--kith-sys-font-size-heading);
    margin-block-end: var(--kith-sys-space-2);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--kith-sys-space-4);
  }
  .essential {
    margin-block-end: var(--kith-sys-space-4);
  }
`;
