import { css } from 'lit';

export const learningViewStyles = css`
  :host {
    max-inline-size: var(--kith-learning-view-max-width, 60rem);
  }
  h3 {
    margin-block: var(--kith-sys-space-4) var(--kith-sys-space-1);
  }
  h4 {
    margin-block: var(--kith-sys-space-3) var(--kith-sys-space-1);
  }
  .chart {
    margin-block: var(--kith-sys-space-2);
  }
  /* A row per measure: its name over its bar on a narrow screen, beside it where there is room. */
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .rows li {
    display: grid;
    grid-template-columns: minmax(10rem, 2fr) 3fr;
    gap: var(--kith-sys-space-1) var(--kith-sys-space-3);
    align-items: center;
    padding-block: var(--kith-sys-space-1);
  }
  @media (max-width: 30rem) {
    .rows li {
      grid-template-columns: 1fr;
    }
  }
  .track {
    display: block;
    inline-size: 100%;
    block-size: 1.25rem;
  }
  .zero,
  .grid {
    stroke: var(--kith-sys-color-text-secondary);
    vector-effect: non-scaling-stroke;
  }
  .spread {
    fill: var(--kith-sys-color-stage-tint);
    stroke: var(--kith-sys-color-primary);
    vector-effect: non-scaling-stroke;
  }
  .median,
  .line-dot {
    fill: var(--kith-sys-color-primary);
  }
  .row-hidden,
  .hidden-note,
  .axis {
    color: var(--kith-sys-color-text-secondary);
    font-size: var(--kith-sys-font-size-small);
  }
  .axis {
    display: flex;
    justify-content: space-between;
    gap: var(--kith-sys-space-2);
    margin-block: 0;
  }
  .trend {
    display: block;
    inline-size: 100%;
    block-size: 8rem;
  }
  .line {
    fill: none;
    stroke: var(--kith-sys-color-primary);
    stroke-width: 3;
    vector-effect: non-scaling-stroke;
  }
  .density {
    inline-size: 100%;
    max-inline-size: 22rem;
  }
  .region {
    fill: var(--kith-sys-color-primary);
    stroke: var(--kith-sys-color-border);
    stroke-width: 0.5;
  }
  .hidden-region {
    fill: none;
    stroke: var(--kith-sys-color-text-secondary);
    stroke-dasharray: 2 1.5;
    vector-effect: non-scaling-stroke;
  }
  .triangle {
    fill: none;
    stroke: var(--kith-sys-color-border-strong);
  }
  .corner {
    font-size: 7px;
    fill: var(--kith-sys-color-text);
  }
  .bars {
    display: block;
    inline-size: 100%;
    max-inline-size: 30rem;
    block-size: 6rem;
  }
  .bar {
    fill: var(--kith-sys-color-primary);
  }
  table {
    border-collapse: collapse;
    margin-block: var(--kith-sys-space-2);
  }
  th,
  td {
    text-align: start;
    padding: var(--kith-sys-space-1) var(--kith-sys-space-2);
    border-block-end: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
  }
  details {
    margin-block: var(--kith-sys-space-2);
  }
  summary {
    cursor: pointer;
    color: var(--kith-sys-color-link);
  }
  .button.link {
    background: none;
    border: none;
    color: var(--kith-sys-color-link);
    text-decoration: underline;
    padding-inline: 0;
    text-align: start;
  }
  .notes {
    border-inline-start: 4px solid var(--kith-sys-color-primary);
    padding-inline-start: var(--kith-sys-space-3);
  }
  .story {
    border-block-end: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
    padding-block: var(--kith-sys-space-2);
  }
  .story p {
    white-space: pre-wrap;
  }
  @media (forced-colors: active) {
    .region,
    .median,
    .bar,
    .line-dot {
      fill: CanvasText;
    }
    .line,
    .spread {
      stroke: CanvasText;
    }
  }
`;
