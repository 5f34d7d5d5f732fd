import { css } from 'lit';

export const relationshipMapStyles = css`
  :host {
    --_line: var(--kith-map-line-color, var(--kith-sys-color-text));
    --_warn: var(--kith-map-warn-color, var(--kith-sys-color-error));
    --_node: var(--kith-map-node-color, var(--kith-sys-color-surface));
    --_focus: var(--kith-map-focus-color, var(--kith-sys-color-primary));
    --_ring: var(--kith-map-ring-color, var(--kith-sys-color-surface-raised));
  }
  .title {
    font-weight: var(--kith-sys-font-weight-bold);
    font-size: var(--kith-sys-font-size-heading);
    margin-block-end: var(--kith-sys-space-2);
  }
  .summary p {
    margin-block: 0 var(--kith-sys-space-2);
  }
  /* The map's own width decides its layout (container queries), not the page's. */
  .map {
    container-type: inline-size;
  }
  /* Narrow: the diagram, then the list below it. Wide: the diagram takes the larger share, the list beside it. */
  .panels {
    display: grid;
    gap: var(--kith-sys-space-4);
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  @container (min-width: 44rem) {
    .panels {
      grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr);
    }
  }
  .stage {
    position: relative;
    max-inline-size: var(--kith-map-max-size, 40rem);
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
    background: var(--kith-sys-color-surface);
  }
  /* While the force layout settles: over the picture's corner, so nothing moves when it goes. */
  .settling {
    position: absolute;
    inset-block-start: var(--kith-sys-space-1);
    inset-inline-start: var(--kith-sys-space-1);
    padding-inline: var(--kith-sys-space-1);
    background: var(--kith-sys-color-surface);
    color: var(--kith-sys-color-text-secondary);
    font-size: var(--kith-sys-font-size-small);
    pointer-events: none;
  }
  .surface {
    display: block;
    inline-size: 100%;
    aspect-ratio: 1;
    block-size: auto;
    touch-action: none;
    font-family: var(--kith-sys-font-family);
    direction: ltr;
    cursor: grab;
  }
  .toolbar {
    margin-block-end: var(--kith-sys-space-2);
  }
  .ring {
    fill: var(--kith-sys-color-surface);
    stroke: var(--kith-sys-color-border);
  }
  .ring.odd {
    fill: var(--_ring);
  }
  /* Names' size is set on their layer (a font-size attribute) from the diagram's drawn width. */
  .ring-label {
    fill: var(--kith-sys-color-text-secondary);
  }
  .edge .line {
    fill: none;
    stroke: var(--_line);
    stroke-linecap: round;
  }
  .edge.warn .line {
    stroke: var(--_warn);
  }
  .edge .gap {
    fill: none;
    stroke: var(--kith-sys-color-surface);
  }
  .arrow {
    fill: var(--_line);
  }
  .node {
    cursor: pointer;
    outline: none;
  }
  .node .shape {
    fill: var(--_node);
    stroke: var(--kith-sys-color-text);
    stroke-width: 2;
  }
  .node.paid .shape {
    stroke-dasharray: 4 2;
  }
  .node.focus-person .shape {
    fill: var(--_focus);
    stroke: var(--_focus);
  }
  .labels .initials {
    fill: var(--kith-sys-color-on-primary);
    font-weight: var(--kith-sys-font-weight-bold);
  }
  .node.joined .shape {
    stroke-width: 4;
  }
  .node.ghost {
    opacity: 0.55;
  }
  .node.ghost .shape {
    stroke-dasharray: 3 3;
    fill: none;
  }
  .labels {
    pointer-events: none;
  }
  .labels .name {
    fill: var(--kith-sys-color-text);
  }
  .focus-name {
    font-weight: var(--kith-sys-font-weight-bold);
  }
  .labels .name,
  .ring-label {
    paint-order: stroke;
    stroke: var(--kith-sys-color-surface);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  .focus-ring {
    fill: none;
    stroke: var(--kith-sys-color-focus);
    stroke-width: 5;
    pointer-events: none;
    visibility: hidden;
  }
  .surface:focus-within .focus-ring {
    visibility: visible;
  }
  .legend ul,
  .people,
  .relationships {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .legend li,
  .relationships li {
    display: flex;
    gap: var(--kith-sys-space-2);
    align-items: center;
    flex-wrap: wrap;
    margin-block: var(--kith-sys-space-1);
  }
  .swatch {
    flex: none;
  }
  .heading,
  .ring-heading {
    font-weight: var(--kith-sys-font-weight-bold);
    margin-block: var(--kith-sys-space-3) var(--kith-sys-space-1);
  }
  .person {
    border-block-start: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
    padding-block: var(--kith-sys-space-2);
  }
  .person-head {
    display: flex;
    gap: var(--kith-sys-space-2);
    align-items: baseline;
    flex-wrap: wrap;
  }
  .person .name {
    font-weight: var(--kith-sys-font-weight-bold);
  }
  .person.ghost .name {
    text-decoration: line-through;
    font-weight: normal;
  }
  .tag {
    font-size: var(--kith-sys-font-size-small);
    padding-inline: var(--kith-sys-space-1);
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border-strong);
  }
  .tag.mark {
    font-weight: var(--kith-sys-font-weight-bold);
  }
  .notes {
    margin-block: var(--kith-sys-space-1);
    color: var(--kith-sys-color-text-secondary);
  }
  .actions {
    margin-block-start: var(--kith-sys-space-1);
  }
  .editor,
  .details,
  .undo {
    margin-block: var(--kith-sys-space-2);
    padding: var(--kith-sys-space-3);
    border: var(--kith-sys-border-width-strong) solid var(--kith-sys-color-border-strong);
    background: var(--kith-sys-color-surface);
  }
  .measures {
    margin-block-start: var(--kith-sys-space-3);
  }
  table {
    border-collapse: collapse;
    margin-block-start: var(--kith-sys-space-2);
  }
  caption {
    text-align: start;
    font-weight: var(--kith-sys-font-weight-bold);
  }
  th,
  td {
    text-align: start;
    padding: var(--kith-sys-space-1) var(--kith-sys-space-2);
    border-block-end: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  @media (forced-colors: active) {
    .edge .line,
    .edge.warn .line,
    .node .shape {
      stroke: CanvasText;
    }
    .edge .gap,
    .node .shape {
      fill: Canvas;
    }
    .node.focus-person .shape {
      fill: CanvasText;
    }
    .labels .initials {
      fill: Canvas;
    }
    .arrow,
    .labels .name,
    .ring-label {
      fill: CanvasText;
    }
    .focus-ring {
      stroke: Highlight;
    }
  }
`;
