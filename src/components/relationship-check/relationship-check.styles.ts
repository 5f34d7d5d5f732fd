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
  /*
   * Drawn by us in every engine: a plain track and a round thumb. A native range fills the track up to its
   * thumb, which for a question not yet answered would draw an answer of 5 that nobody gave.
   */
  input[type='range'] {
    -webkit-appearance: none;
    appearance: none;
    inline-size: 100%;
    min-block-size: var(--kith-sys-target-size);
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    cursor: pointer;
  }
  input[type='range']::-webkit-slider-runnable-track {
    block-size: 0.5rem;
    border-radius: 0.25rem;
    background: var(--kith-sys-color-border-strong);
  }
  input[type='range']::-moz-range-track {
    block-size: 0.5rem;
    border-radius: 0.25rem;
    background: var(--kith-sys-color-border-strong);
  }
  input[type='range']::-webkit-slider-thumb {
    -webkit-appearance: none;
    appearance: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin-block-start: -0.5rem;
    border: 0.1875rem solid var(--kith-sys-color-surface);
    border-radius: 50%;
    background: var(--kith-sys-color-primary);
  }
  input[type='range']::-moz-range-thumb {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    box-sizing: border-box;
    border: 0.1875rem solid var(--kith-sys-color-surface);
    border-radius: 50%;
    background: var(--kith-sys-color-primary);
  }
  /* No thumb until the person chooses: a thumb already in the middle would suggest an answer. */
  .unanswered input[type='range']::-webkit-slider-thumb {
    opacity: 0;
  }
  .unanswered input[type='range']::-moz-range-thumb {
    opacity: 0;
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
    input[type='range'] {
      forced-color-adjust: none;
    }
    input[type='range']::-webkit-slider-runnable-track {
      background: CanvasText;
    }
    input[type='range']::-moz-range-track {
      background: CanvasText;
    }
    input[type='range']::-webkit-slider-thumb {
      border-color: Canvas;
      background: Highlight;
    }
    input[type='range']::-moz-range-thumb {
      border-color: Canvas;
      background: Highlight;
    }
    .spark .line,
    .spark .baseline {
      stroke: CanvasText;
    }
    .spark .latest {
      fill: CanvasText;
    }
  }
`;
