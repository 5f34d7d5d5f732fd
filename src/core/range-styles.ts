import { css } from 'lit';

/**
 * Sliders (`input type=range`) drawn by Kith in every engine: a plain track
 * and a round thumb. A native range fills its track up to its thumb, which
 * for a question not yet answered draws an answer nobody gave; inside an
 * `.unanswered` wrapper the thumb is not drawn either. The relationship
 * check's items and the story's dyads and triads use them.
 */
export const rangeStyles = css`
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
  /* No thumb until the person chooses: a thumb already in place would suggest an answer. */
  .unanswered input[type='range']::-webkit-slider-thumb {
    opacity: 0;
  }
  .unanswered input[type='range']::-moz-range-thumb {
    opacity: 0;
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
  }
`;
