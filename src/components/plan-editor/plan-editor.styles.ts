import { css } from 'lit';

export const planEditorStyles = css`
  :host {
    display: block;
  }
  /* The plan's own width decides whether sections sit side by side (container queries). */
  .plan {
    max-inline-size: var(--kith-plan-max-width, 48rem);
    container-type: inline-size;
  }
  /* A template drawn in columns (Signs of Safety, PATH) may use a wider page. */
  .columns {
    max-inline-size: var(--kith-plan-max-width, 80rem);
  }
  @container (min-width: 52rem) {
    .columns .section-list {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
      gap: var(--kith-sys-space-4);
      align-items: start;
    }
  }
  .tools {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    padding-block: var(--kith-sys-space-2);
    margin-block-end: var(--kith-sys-space-3);
    background: var(--kith-sys-color-surface);
    border-block-end: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
  }
  .section {
    margin-block-end: var(--kith-sys-space-4);
  }
  .prompt,
  .meta,
  .history {
    color: var(--kith-sys-color-text-secondary);
    font-size: var(--kith-sys-font-size-small);
    margin-block: 0 var(--kith-sys-space-2);
  }
  .statements,
  .goals {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--kith-sys-space-3);
    display: grid;
    gap: var(--kith-sys-space-2);
  }
  .statement,
  .goal {
    padding: var(--kith-sys-space-2) var(--kith-sys-space-3);
    background: var(--kith-plan-statement-background, var(--kith-sys-color-surface-raised));
    border-inline-start: var(--kith-sys-border-width-strong) solid var(--kith-plan-family-accent, var(--kith-sys-color-primary));
  }
  /* The professional lane: marked by words and a dashed edge, never by colour alone. */
  .statement.professional {
    border-inline-start-style: dashed;
    border-inline-start-color: var(--kith-plan-professional-accent, var(--kith-sys-color-text-secondary));
  }
  .tag {
    display: inline-block;
    font-size: var(--kith-sys-font-size-small);
    font-weight: var(--kith-sys-font-weight-bold);
    border: var(--kith-sys-border-width) solid currentColor;
    padding-inline: var(--kith-sys-space-1);
    margin-block: 0 var(--kith-sys-space-1);
  }
  .text {
    margin-block: 0 var(--kith-sys-space-1);
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  textarea {
    inline-size: 100%;
    min-block-size: 4.5rem;
  }
  .hints {
    font-size: var(--kith-sys-font-size-small);
    margin-block: var(--kith-sys-space-1);
  }
  .hints p {
    margin: 0;
  }
  .presence,
  .conflict {
    font-size: var(--kith-sys-font-size-small);
    font-weight: var(--kith-sys-font-weight-bold);
    margin-block: 0 var(--kith-sys-space-1);
  }
  .conflict {
    border-inline-start: var(--kith-sys-border-width-strong) solid var(--kith-sys-color-error);
    padding-inline-start: var(--kith-sys-space-2);
  }
  .action {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--kith-sys-space-2);
    align-items: end;
    padding-block: var(--kith-sys-space-2);
    border-block-start: var(--kith-sys-border-width) solid var(--kith-sys-color-border);
  }
  .action .field {
    margin: 0;
  }
  .signed {
    list-style: none;
    padding: 0;
  }
  .stale {
    font-weight: var(--kith-sys-font-weight-bold);
    color: var(--kith-sys-color-error-text);
  }
  details summary {
    cursor: pointer;
    min-block-size: var(--kith-sys-target-size);
  }
  @media print {
    .tools,
    .buttons,
    button {
      display: none !important;
    }
  }
`;
