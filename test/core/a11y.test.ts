import { expect, fixture, html } from '@open-wc/testing';

describe('the accessibility check is real', () => {
  it('to.be.accessible() rejects a deliberately inaccessible fixture', async () => {
    // eslint-disable-next-line lit-a11y/alt-text, lit-a11y/accessible-name -- inaccessible on purpose
    const broken = await fixture(html`<div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" /><button></button><input type="text" /></div>`);
    let failure: Error | undefined;
    try {
      await expect(broken).to.be.accessible();
    } catch (error) {
      failure = error as Error;
    }
    expect(failure, 'axe should have reported violations').to.exist;
    expect(failure!.message).to.match(/image-alt|button-name|label/);
  });

  it('and accepts the same fixture once fixed', async () => {
    const fixed = await fixture(html`<div><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" /><button>Save</button><label>Name <input type="text" /></label></div>`);
    await expect(fixed).to.be.accessible();
  });
});
