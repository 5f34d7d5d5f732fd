import type { PropertyValues, PropertyDeclarations } from 'lit';
import { KithElement } from './element.js';

/** What a form element gives the form; the same shapes ElementInternals takes. */
export type FormValue = string | File | FormData | null;

/**
 * The base of Kith elements that take part in forms, on ElementInternals
 * (never the `formdata` event trick): the value is submitted under `name`,
 * `required` and custom validity use the constraint validation API, a form
 * reset restores the default value, and the browser can restore the state
 * on back/forward navigation.
 *
 * Subclasses own their `value` property and implement the four hooks.
 *
 * @cssstate disabled - Disabled, by attribute or by a disabled fieldset.
 * @cssstate invalid - The value does not meet its constraints.
 */
export abstract class KithFormElement extends KithElement {
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    name: { reflect: true },
    disabled: { type: Boolean, reflect: true },
    required: { type: Boolean, reflect: true },
    formDisabled: { state: true },
  };
  static formAssociated = true;

  /** The name the value is submitted under. */
  name = '';

  /** Disabled: not editable, not submitted. */
  disabled = false;

  /** An answer is needed before the form can be submitted. */
  required = false;

  /** True while an ancestor `<fieldset disabled>` disables the element. */
  protected formDisabled = false;

  private customValidityMessage = '';

  /** The value as the form should receive it. */
  protected abstract formValue(): FormValue;
  /** True when nothing has been chosen or entered. */
  protected abstract isEmpty(): boolean;
  /** Go back to the value the element started with (form reset). */
  protected abstract resetValue(): void;
  /** Take back a value the browser saved (back/forward navigation, autofill). */
  protected abstract restoreValue(state: FormValue): void;
  /** The focusable element the browser points at when the value is invalid. */
  protected validationAnchor(): HTMLElement | undefined {
    return undefined;
  }

  /** Disabled by its own attribute or by a disabled fieldset. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }
  get validity(): ValidityState {
    return this.internals.validity;
  }
  get validationMessage(): string {
    return this.internals.validationMessage;
  }
  get willValidate(): boolean {
    return this.internals.willValidate;
  }
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }
  /** As on native inputs: a non-empty message makes the element invalid. */
  setCustomValidity(message: string): void {
    this.customValidityMessage = message;
    this.syncForm();
  }

  /** @internal */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }
  /** @internal */
  formResetCallback(): void {
    this.resetValue();
  }
  /** @internal */
  formStateRestoreCallback(saved: FormValue): void {
    this.restoreValue(saved);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.syncForm();
  }

  /** Pushes value and validity to the form; called after every update. */
  protected syncForm(): void {
    const value = this.formValue();
    this.internals.setFormValue(value, value);
    const anchor = this.validationAnchor();
    if (this.customValidityMessage) {
      this.internals.setValidity({ customError: true }, this.customValidityMessage, anchor);
    } else if (this.required && !this.isDisabled && this.isEmpty()) {
      this.internals.setValidity({ valueMissing: true }, this.t('validation.valueMissing'), anchor);
    } else {
      this.internals.setValidity({});
    }
    this.setCustomState('disabled', this.isDisabled);
    this.setCustomState('invalid', !this.internals.validity.valid);
  }
}
