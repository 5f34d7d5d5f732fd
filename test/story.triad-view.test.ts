// The story's triad as a person sets it (issue 25): three linked sliders
// that always add up to 100% by keyboard, a tap in the triangle, the
// sentence that says where the point is, and “doesn't apply” — in English
// and Welsh, axe-clean.
import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { loadLanguage, translate, type TextContext } from '../src/core/localize.js';
import type { ComponentStrings } from '../src/translations/types.js';
import { storyEn } from '../src/translations/en/story.js';
import { renderTriad } from '../src/components/story/triad-view.js';
import { isShares, type TriadShares } from '../src/components/story/triad.js';
import { whatHelpedFrame } from '../stories/data/stories.js';
import { sendKeys } from './helpers.js';

/** The stories' frame's triad: “What made the difference?” — my own effort, people around me, a service. */
const triad = whatHelpedFrame().triads[0]!;

/** The story's words, as its element will hold them: English now, Welsh fetched when first used. */
const strings: ComponentStrings = { en: storyEn, cy: () => import('../src/translations/cy/story.js').then((m) => m.storyCy) };

/** A triad drawn in a page, redrawn on every change as an element would; `shares` is what it holds now. */
async function mountTriad(lang = 'en', start: TriadShares | null | 'unanswered' = [60, 30, 10]) {
  await loadLanguage(lang, strings);
  const holder = await fixture<HTMLDivElement>(html`<div lang=${lang} style="inline-size: 480px"></div>`);
  const state: { shares: TriadShares | null | undefined; changes: number } = { shares: start === 'unanswered' ? undefined : start, changes: 0 };
  const text: TextContext = { lang, t: (key, params) => translate(lang, key, params, undefined, strings), date: (iso) => iso, number: String };
  const draw = (): void => {
    render(
      renderTriad({
        text,
        triad,
        shares: state.shares,
        change: (next) => {
          state.shares = next;
          state.changes += 1;
          draw();
        },
      }),
      holder,
    );
  };
  draw();
  const sliders = (): HTMLInputElement[] => [...holder.querySelectorAll<HTMLInputElement>('input[type="range"]')];
  const sentence = (): string => holder.querySelector('.triad-sentence')!.textContent!.trim();
  return { holder, state, sliders, sentence };
}

describe('story triad view', () => {
  it('three sliders, one per corner, read out as words, and a sentence with the biggest share first', async () => {
    const { holder, sliders, sentence } = await mountTriad();
    expect(sliders().map((slider) => holder.querySelector(`label[for="${slider.id}"]`)!.textContent)).to.deep.equal(['my own effort', 'people around me', 'a service']);
    expect(sliders().map((slider) => slider.getAttribute('aria-valuetext'))).to.deep.equal(['mostly my own effort (60%)', 'some people around me (30%)', 'a little a service (10%)']);
    expect(sentence()).to.equal('mostly my own effort (60%), some people around me (30%) and a little a service (10%)');
    await expect(holder).to.be.accessible();
  });

  it('by keyboard: arrows move a share by 1, Page Up by 10, End takes it all, and the three always add up to 100', async () => {
    const { state, sliders, sentence } = await mountTriad();
    sliders()[2]!.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(state.shares).to.deep.equal([59, 30, 11]);
    await sendKeys({ press: 'PageUp' });
    expect(state.shares![2]).to.equal(21);
    expect(isShares(state.shares)).to.equal(true);
    await sendKeys({ press: 'End' });
    expect(state.shares).to.deep.equal([0, 0, 100]);
    expect(sentence()).to.equal('mostly a service (100%), not my own effort at all (0%) and not people around me at all (0%)');
  });

  it('a tap near a corner puts the point there', async () => {
    const { holder, state } = await mountTriad();
    // Just inside the top corner (50, 0 in the picture's units), wherever the picture is drawn, on screen.
    holder.querySelector('svg')!.scrollIntoView({ block: 'center' });
    const near = new DOMPoint(50, 3).matrixTransform(holder.querySelector('svg')!.getScreenCTM()!);
    await sendMouse({ type: 'click', position: [Math.round(near.x), Math.round(near.y)] });
    await resetMouse();
    expect(state.shares![0], 'mostly the top corner').to.be.above(85);
    expect(isShares(state.shares)).to.equal(true);
  });

  it('not answered until something moves: no point, no sentence, read out as not answered', async () => {
    const { holder, state, sliders, sentence } = await mountTriad('en', 'unanswered');
    expect(holder.querySelector('.point')).to.equal(null);
    expect(sentence()).to.equal('');
    expect(sliders()[0]!.getAttribute('aria-valuetext')).to.equal('Not answered yet');
    sliders()[1]!.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(state.shares, 'from even').to.deep.equal([33, 34, 33]);
    expect(holder.querySelector('.point')).to.not.equal(null);
  });

  it('“doesn’t apply” clears the point and stops the sliders; unticked, it is not answered again', async () => {
    const { holder, state, sliders, sentence } = await mountTriad();
    holder.querySelector<HTMLInputElement>('#triad-difference-na')!.click();
    expect(state.shares).to.equal(null);
    expect(sliders().every((slider) => slider.disabled)).to.equal(true);
    expect(holder.querySelector('.point')).to.equal(null);
    expect(sentence()).to.equal('You said this doesn’t apply.');
    holder.querySelector<HTMLInputElement>('#triad-difference-na')!.click();
    expect(state.shares).to.equal(undefined);
  });

  it('in Welsh: the corners first, then how much, and the list joined with “a”', async () => {
    const { sliders, sentence } = await mountTriad('cy');
    expect(sliders()[0]!.getAttribute('aria-valuetext')).to.equal('fy ymdrech fy hun: yn bennaf (60%)');
    expect(sentence()).to.equal('fy ymdrech fy hun: yn bennaf (60%), pobl o’m cwmpas: rhywfaint (30%) a gwasanaeth: ychydig (10%)');
  });
});
