import { sendKeys } from '../helpers.js';
import { expect, fixture, html } from '@open-wc/testing';
import type { TestChoice } from '../fixtures.js';
import '../fixtures.js';

describe('KithFormElement', () => {
  it('submits its value under its name, and nothing while empty', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><test-choice name="agree"></test-choice></form>`);
    const choice = form.querySelector('test-choice')!;
    await choice.updateComplete;
    expect([...new FormData(form).keys()]).to.deep.equal([]);
    choice.shadowRoot!.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await choice.updateComplete;
    expect(new FormData(form).get('agree')).to.equal('yes');
    expect(choice.form).to.equal(form);
  });

  it('is invalid while required and empty, with a localised message, and blocks submit', async () => {
    const form = await fixture<HTMLFormElement>(html`<form lang="cy"><test-choice name="a" required></test-choice></form>`);
    const choice = form.querySelector('test-choice')!;
    await choice.updateComplete;
    expect(choice.checkValidity()).to.equal(false);
    expect(choice.validity.valueMissing).to.equal(true);
    expect(choice.validationMessage).to.equal('Atebwch y cwestiwn hwn.');
    expect(form.checkValidity()).to.equal(false);
    expect(choice.matches(':state(invalid)')).to.equal(true);
    choice.value = 'yes';
    await choice.updateComplete;
    expect(form.checkValidity()).to.equal(true);
  });

  it('supports setCustomValidity like a native input', async () => {
    const choice = await fixture<TestChoice>(html`<test-choice value="yes"></test-choice>`);
    choice.setCustomValidity('Choose again');
    expect(choice.validity.customError).to.equal(true);
    expect(choice.validationMessage).to.equal('Choose again');
    choice.setCustomValidity('');
    expect(choice.checkValidity()).to.equal(true);
  });

  it('goes back to its default value when the form is reset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><test-choice name="a" default-value="no" value="yes"></test-choice></form>`);
    const choice = form.querySelector('test-choice')!;
    form.reset();
    await choice.updateComplete;
    expect(choice.value).to.equal('no');
    expect(new FormData(form).get('a')).to.equal('no');
  });

  it('is disabled, and not submitted, inside a disabled fieldset or with its own attribute', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset disabled><test-choice name="a" value="yes"></test-choice></fieldset><test-choice name="b" value="yes" disabled></test-choice></form>`);
    const [inFieldset, own] = [...form.querySelectorAll('test-choice')];
    await inFieldset!.updateComplete;
    await own!.updateComplete;
    expect(inFieldset!.isDisabled).to.equal(true);
    expect(inFieldset!.matches(':state(disabled)')).to.equal(true);
    expect(inFieldset!.shadowRoot!.querySelector('button')!.disabled).to.equal(true);
    expect(new FormData(form).has('a')).to.equal(false);
    expect(new FormData(form).has('b')).to.equal(false);
    form.querySelector('fieldset')!.disabled = false;
    await inFieldset!.updateComplete;
    expect(new FormData(form).get('a')).to.equal('yes');
  });

  it('takes back a value the browser restores', async () => {
    const choice = await fixture<TestChoice>(html`<test-choice></test-choice>`);
    choice.formStateRestoreCallback('yes');
    await choice.updateComplete;
    expect(choice.value).to.equal('yes');
  });
});
