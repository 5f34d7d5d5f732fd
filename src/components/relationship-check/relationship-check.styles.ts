import { css } from 'lit';

export const relationshipCheckStyles = css`
  :host {
    max-inline-size: var(--kith-relationship-check-max-width, 40rem);
  }
  .item {
    display: grid;
    gap: var(--kith-sys-space-1);
    margin-block-end: var(--kith-sys-space-4);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--kith-sys-space-2);
    color: var(--kith-sys-color-text-secondary);
    font-size: var(--kith-sys-font-size-small);
  }
  .ends output {
    color: var(--kith-sys-color-text);
    font-weight: var(--kith-sys-font-weight-bold);
  }
  textarea {
    inline-size: 100%;
    min-block-size: 5rem;
  }
  .prompt {
    --_tone: var(--kith-sys-color-primary);
  }
  .trends {
    margin-block-start: var(--kith-sys-space-4);
  }
  .trends ul {
    list-style: none;
    padding: 0;
    display: grid;
    gap: var(--kith-sys-space-2);
  }
  .trends li {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: center;
    gap: var(--kith-sys-space-2);
  }
  .spark .baseline {
    stroke: var(--kith-sys-color-border);
  }
  .spark .line {
    fill: none;
    stroke: var(--kith-sys-color-primary);
    stroke-width: 2;
  }
  .spark .latest {
    fill: var(--kith-sys-color-primary);
  }
  table {
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    padding: var(--kith-sys-space-1) var(--kith-sys-space-2);
    border-block-end: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
  }
  @media (forced-colors: active) {
    .spark .line,
    .spark .baseline {
      stroke: CanvasText;
    }
    .spark .latest {
      fill: CanvasText;
    }
  }
`;
