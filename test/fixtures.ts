// Test-only elements for the base classes. They use the real base and the
// real catalogue; only their content is minimal.
import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { KithElement, type Renderable } from '../src/core/element.js';
import { KithFormElement, type FormValue } from '../src/core/form-element.js';
import { define } from '../src/core/define.js';
import type { ProblemDraft } from '../src/core/validation.js';

export class TestProbe extends KithElement {
  @property({ type: Number }) count = 1;
  @property({ attribute: false }) problemsToReport: ProblemDraft[] = [];
  @property({ type: Boolean }) explode = false;

  renders = 0;

  get lang_(): string {
    return this.resolvedLang;
  }
  get dir_(): string {
    return this.resolvedDir;
  }
  say(key: 'error.title' | 'stageBadge.notScored'): string {
    return this.t(key);
  }
  fire(): boolean {
    return this.emit('kith-error', { code: 'unknown', message: 'm', path: 'p', problems: [] }, { cancelable: true });
  }

  protected override willUpdate(): void {
    this.setProblems(this.problemsToReport);
  }

  protected override renderContent(): Renderable {
    this.renders += 1;
    if (this.explode) throw new Error('boom');
    return html`<p part="text">${this.t('error.count', { count: this.count })}</p>`;
  }
}
define('test-probe', TestProbe);

/** A yes/no choice: the smallest honest form-associated element. */
export class TestChoice extends KithFormElement {
  @property({ reflect: true }) value = '';
  @property({ attribute: 'default-value' }) defaultValue = '';

  protected override formValue(): FormValue {
    return this.value === '' ? null : this.value;
  }
  protected override isEmpty(): boolean {
    return this.value === '';
  }
  protected override resetValue(): void {
    this.value = this.defaultValue;
  }
  protected override restoreValue(state: FormValue): void {
    this.value = typeof state === 'string' ? state : '';
  }
  protected override validationAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector('button') ?? undefined;
  }
  protected override renderContent(): Renderable {
    return html`<button type="button" ?disabled=${this.isDisabled} @click=${() => (this.value = 'yes')}>Yes</button>`;
  }
}
define('test-choice', TestChoice);

declare global {
  interface HTMLElementTagNameMap {
    'test-probe': TestProbe;
    'test-choice': TestChoice;
  }
}
