import { css } from 'lit';

export const strengthsRadarStyles = css`
  :host {
    --_s1: var(--kith-radar-series-1-color, var(--kith-sys-color-primary));
    --_s2: var(--kith-radar-series-2-color, var(--kith-sys-color-stage-start));
    --_s3: var(--kith-radar-series-3-color, var(--kith-sys-color-link));
    --_s4: var(--kith-radar-series-4-color, var(--kith-sys-color-text));
  }
  .radar {
    margin: 0;
  }
  .title {
    font-weight: var(--kith-sys-font-weight-bold);
    font-size: var(--kith-sys-font-size-heading);
    margin-block-end: var(--kith-sys-space-2);
  }
  .editing,
  .hint {
    margin-block: 0 var(--kith-sys-space-2);
  }
  .hint,
  .muted {
    color: var(--kith-sys-color-text-secondary);
  }
  .chart {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--kith-radar-max-size, 36rem);
    block-size: auto;
    /* Geometry (text anchors) is laid out left to right in every language. */
    direction: ltr;
    font-family: var(--kith-sys-font-family);
    overflow: visible;
  }
  .band {
    fill: var(--kith-sys-color-surface);
  }
  .band.even {
    fill: var(--kith-radar-band-color, var(--kith-sys-color-surface-raised));
  }
  .ring,
  .spoke {
    fill: none;
    stroke: var(--kith-sys-color-border-strong);
    stroke-width: 1;
  }
  .spoke-label {
    fill: var(--kith-sys-color-text);
    font-size: 13px;
  }
  .stage-label,
  .direct-label {
    font-size: 11px;
    fill: var(--kith-sys-color-text-secondary);
    paint-order: stroke;
    stroke: var(--kith-sys-color-surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .direct-label {
    fill: var(--kith-sys-color-text);
    font-weight: var(--kith-sys-font-weight-bold);
  }
  .spread {
    fill: color-mix(in srgb, var(--_s2) 18%, transparent);
    stroke: var(--_s2);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .series {
    --_c: var(--_s1);
  }
  .s1 {
    --_c: var(--_s2);
  }
  .s2 {
    --_c: var(--_s3);
  }
  .s3 {
    --_c: var(--_s4);
  }
  .outline {
    fill: none;
    stroke: var(--_c);
    stroke-width: 2.5;
    stroke-linejoin: round;
  }
  /* Line pattern and marker shape tell readings apart as well as colour. */
  .s1 .outline {
    stroke-dasharray: 8 5;
  }
  .s2 .outline {
    stroke-dasharray: 2 4;
    stroke-linecap: round;
  }
  .s3 .outline {
    stroke-dasharray: 12 4 3 4;
  }
  .strong .outline {
    stroke-width: 3.5;
  }
  .faint .outline {
    stroke: var(--kith-sys-color-text-secondary);
    stroke-width: 1.25;
    stroke-dasharray: 3 3;
  }
  .marker {
    fill: var(--_c);
    stroke: var(--kith-sys-color-surface);
    stroke-width: 1;
  }
  .hit {
    stroke: transparent;
  }
  :host([editable]) .hit {
    cursor: pointer;
    touch-action: none;
  }
  .handle {
    cursor: grab;
    touch-action: none;
    outline: none;
  }
  .knob {
    fill: var(--kith-sys-color-surface);
    stroke: var(--kith-sys-color-primary);
    stroke-width: 3;
  }
  .handle.unscored .knob {
    stroke-dasharray: 4 3;
    stroke: var(--kith-sys-color-border-strong);
  }
  .focus-ring {
    fill: none;
    stroke: none;
  }
  .handle:focus-visible .focus-ring {
    stroke: var(--kith-sys-color-focus-inner);
    stroke-width: 3;
  }
  .handle:focus-visible .knob {
    fill: var(--kith-sys-color-focus);
  }
  .legend-title {
    margin-block: var(--kith-sys-space-3) var(--kith-sys-space-1);
    font-weight: var(--kith-sys-font-weight-bold);
  }
  .legend {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--kith-sys-space-3);
    display: grid;
    gap: var(--kith-sys-space-1);
  }
  .legend li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--kith-sys-space-2);
  }
  .swatch {
    inline-size: 2.25rem;
    block-size: 1rem;
    flex: none;
  }
  .swatch .spread {
    stroke-dasharray: none;
  }
  .tag {
    font-size: var(--kith-sys-font-size-small);
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border-strong);
    border-radius: var(--kith-sys-radius);
    padding-inline: var(--kith-sys-space-1);
  }
  .summary p,
  .detail p {
    margin-block: 0 var(--kith-sys-space-2);
  }
  .detail {
    border-inline-start: var(--kith-sys-border-width-strong) solid var(--kith-sys-color-border-strong);
    padding-inline-start: var(--kith-sys-space-3);
    margin-block: var(--kith-sys-space-2);
  }
  .detail-title {
    font-weight: var(--kith-sys-font-weight-bold);
  }
  .toggle {
    font: inherit;
    min-block-size: var(--kith-sys-target-size);
    padding-inline: var(--kith-sys-space-3);
    color: var(--kith-sys-color-text);
    background: var(--kith-sys-color-secondary);
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border-strong);
    border-radius: var(--kith-sys-radius);
    cursor: pointer;
  }
  .table {
    overflow-x: auto;
    margin-block-start: var(--kith-sys-space-3);
  }
  table {
    border-collapse: collapse;
  }
  caption {
    text-align: start;
    font-weight: var(--kith-sys-font-weight-bold);
    padding-block-end: var(--kith-sys-space-2);
  }
  th,
  td {
    text-align: start;
    padding: var(--kith-sys-space-1) var(--kith-sys-space-2);
    border-block-end: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
    vertical-align: top;
  }
  .note {
    display: block;
    font-size: var(--kith-sys-font-size-small);
    color: var(--kith-sys-color-text-secondary);
  }
  .bars {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: var(--kith-sys-space-2);
  }
  .bars label,
  .bar-label {
    display: block;
  }
  .bars input {
    display: block;
    inline-size: 100%;
    min-block-size: var(--kith-sys-target-size);
    accent-color: var(--kith-sys-color-primary);
  }
  .bar {
    display: block;
    block-size: 0.75rem;
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border-strong);
  }
  .fill {
    display: block;
    block-size: 100%;
    background: var(--_s1);
  }
  .bar-value {
    font-size: var(--kith-sys-font-size-small);
    color: var(--kith-sys-color-text-secondary);
  }
  @media (forced-colors: active) {
    .outline,
    .ring,
    .spoke,
    .spread,
    .knob {
      stroke: CanvasText;
    }
    .marker,
    .fill {
      fill: CanvasText;
      background: CanvasText;
    }
    .band,
    .band.even {
      fill: Canvas;
    }
    .spoke-label,
    .stage-label,
    .direct-label {
      fill: CanvasText;
    }
    .handle:focus-visible .focus-ring {
      stroke: Highlight;
    }
  }
`;
