import { css } from 'lit';

export const storyStyles = css`
  :host {
    max-inline-size: var(--kith-story-max-width, 44rem);
  }
  textarea {
    inline-size: 100%;
    min-block-size: 8rem;
  }
  fieldset {
    margin-block: var(--kith-sys-space-3);
  }
  .dyad .ends {
    display: flex;
    justify-content: space-between;
    gap: var(--kith-sys-space-2);
    color: var(--kith-sys-color-text-secondary);
    font-size: var(--kith-sys-font-size-small);
  }
  /* The picture beside the sliders where there is room, above them where there is not. */
  .triad-body {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: var(--kith-sys-space-3);
    align-items: center;
  }
  .triad-picture {
    inline-size: 100%;
    max-inline-size: 16rem;
    touch-action: none;
    cursor: crosshair;
  }
  .triangle {
    fill: var(--kith-sys-color-surface-raised);
    stroke: var(--kith-sys-color-border-strong);
    stroke-width: 1;
  }
  .corner {
    font-size: 7px;
    fill: var(--kith-sys-color-text);
  }
  .point {
    fill: var(--kith-sys-color-primary);
    stroke: var(--kith-sys-color-surface);
    stroke-width: 1;
  }
  .share {
    display: grid;
    grid-template-columns: minmax(0, 1fr) 3.5rem;
    align-items: center;
    column-gap: var(--kith-sys-space-2);
  }
  .share label {
    grid-column: 1 / -1;
  }
  .share output {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .triad-sentence {
    font-weight: var(--kith-sys-font-weight-bold);
  }
  @media (forced-colors: active) {
    .triangle {
      fill: Canvas;
      stroke: CanvasText;
    }
    .point {
      fill: Highlight;
    }
    .corner {
      fill: CanvasText;
    }
  }
`;
