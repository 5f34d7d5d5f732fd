import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { define } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';

describe('define', () => {
  it('is safe to call twice with the same class', () => {
    class First extends LitElement {}
    define('test-define-twice', First);
    expect(() => define('test-define-twice', First)).not.to.throw();
    expect(customElements.get('test-define-twice')).to.equal(First);
  });

  it('skips a second copy with one warning that names both versions, however many elements it holds', () => {
    class Ours extends LitElement {
      static kithVersion = '0.1.0';
    }
    class Theirs extends LitElement {
      static kithVersion = '0.2.0';
    }
    class OursToo extends Ours {}
    class TheirsToo extends Theirs {}
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      define('test-define-clash', Ours);
      define('test-define-clash-too', OursToo);
      define('test-define-clash', Theirs);
      define('test-define-clash', Theirs);
      define('test-define-clash-too', TheirsToo);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('test-define-clash')).to.equal(Ours);
    expect(customElements.get('test-define-clash-too')).to.equal(OursToo);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.1.0').and.to.contain('0.2.0').and.to.contain('<test-define-clash>');
  });

  it('knows its own version, equal to package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
