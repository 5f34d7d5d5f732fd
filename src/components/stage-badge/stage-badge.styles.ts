import { css } from 'lit';

export const stageBadgeStyles = css`
  :host {
    display: inline-block;
    --_start: var(--kith-stage-badge-start-color, var(--kith-sys-color-stage-start));
    --_end: var(--kith-stage-badge-end-color, var(--kith-sys-color-stage-end));
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: var(--kith-sys-space-2);
    padding-block: var(--kith-sys-space-1);
    padding-inline: var(--kith-sys-space-2) var(--kith-sys-space-3);
    border-radius: var(--kith-stage-badge-radius, var(--kith-sys-radius));
    border: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
    border-inline-start: var(--kith-sys-border-width-strong) solid var(--_mark);
    background: var(--kith-stage-badge-background, var(--kith-sys-color-stage-tint));
    color: var(--kith-sys-color-text);
    /* The stage's own colour: a mix from first to last stage along the ramp. */
    --_mark: color-mix(in oklab, var(--_end) calc(var(--_ramp, 1) * 100%), var(--_start));
  }
  .pips {
    display: inline-flex;
    gap: 2px;
  }
  /* Filled versus hollow pips say how far along the stage is without colour. */
  .pip {
    inline-size: 0.625rem;
    block-size: 0.625rem;
    border-radius: 50%;
    border: 2px solid var(--kith-sys-color-border-strong);
    transition: background-color var(--kith-sys-motion-duration) ease-out;
  }
  .pip[data-filled] {
    background: var(--_mark);
    border-color: var(--_mark);
  }
  .unscored {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--kith-sys-color-border-strong);
  }
  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    /* Keep the filled/hollow difference: the browser would otherwise repaint both alike. */
    .pip {
      forced-color-adjust: none;
      border-color: CanvasText;
      background: Canvas;
    }
    .pip[data-filled] {
      background: CanvasText;
    }
  }
`;
