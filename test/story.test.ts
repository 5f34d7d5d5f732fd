// <kith-story> (issue 25): the story told, signified and consented to.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/components/story/define.js';
import type { KithStory } from '../src/components/story/story.js';
import type { StoryFrame, StoryRecord } from '../src/components/story/model.js';
import { isShares } from '../src/components/story/triad.js';
import { sendKeys, typeInto, useTheme } from './helpers.js';
import { THEMES } from '../stories/support/themes.js';
import { eirlysStory, whatHelpedFrame } from '../stories/data/stories.js';

const frame: StoryFrame = {
  id: 'what-helped',
  version: '2',
  prompt: { en: 'Tell us about a time when things changed for you.', cy: 'Dywedwch wrthon ni am adeg pan newidiodd pethau i chi.' },
  dyads: [{ id: 'agency', label: { en: 'How did it come about?', cy: 'Sut y digwyddodd?' }, low: { en: 'It happened to me', cy: 'Fe ddigwyddodd i mi' }, high: { en: 'I made it happen', cy: 'Fi wnaeth iddo ddigwydd' } }],
  triads: [{ id: 'difference', label: 'What made the difference?', corners: ['my own effort', 'people around me', 'a service'] }],
  tags: [
    { id: 'housing', label: { en: 'Housing', cy: 'Tai' } },
    { id: 'family', label: { en: 'Family', cy: 'Teulu' } },
  ],
};

const $ = <T extends HTMLElement = HTMLElement>(el: Element, selector: string): T => el.shadowRoot!.querySelector<T>(selector)!;
const text = (node: Element | null): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function story(attributes = ''): Promise<KithStory> {
  const holder = await fixture<HTMLDivElement>(`<div><kith-story ${attributes}></kith-story></div>`);
  const el = holder.firstElementChild as KithStory;
  el.frame = frame;
  await el.updateComplete;
  return el;
}

describe('<kith-story>', () => {
  it('asks for the story, whose words, when and where, the host’s dyad, triad and tags, and how it may be used — nothing ticked', async () => {
    const el = await story();
    expect(text($(el, '.hint'))).to.equal('Tell us about a time when things changed for you.');
    expect($(el, '#dyad-agency').getAttribute('aria-valuetext')).to.equal('Not answered yet');
    expect(el.shadowRoot!.querySelectorAll('[part="triad"] input[type="range"]')).to.have.length(3);
    expect([...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[id^="use-"]')].map((box) => box.checked)).to.deep.equal([false, false, false]);
    await expect(el).to.be.accessible();
  });

  it('saving with no story says so on the field and takes focus there', async () => {
    const el = await story();
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(text($(el, '#story-text-error'))).to.equal('Tell your story before you save it');
    expect(el.shadowRoot!.activeElement?.id).to.equal('story-text');
    await expect(el).to.be.accessible();
  });

  it('saves the story as its record: the person’s words with their name, the dyad, the triad set by keyboard (summing to 100), tags and consent with the hash of its words', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><kith-story name="story" person-name="Eirlys Morgan" .frame=${frame}></kith-story></form>`);
    const el = form.querySelector<KithStory>('kith-story')!;
    await el.updateComplete;
    typeInto($<HTMLInputElement>(el, '#story-title'), 'Getting the flat');
    typeInto($<HTMLTextAreaElement>(el, '#story-text'), 'When the letter came I rang the housing office straight away.');
    const dyad = $<HTMLInputElement>(el, '#dyad-agency');
    dyad.value = '70';
    dyad.dispatchEvent(new Event('input'));
    await el.updateComplete;
    $<HTMLInputElement>(el, '#triad-difference-0').focus();
    await sendKeys({ press: 'PageUp' });
    await el.updateComplete;
    $<HTMLInputElement>(el, '#tag-housing').click();
    $<HTMLInputElement>(el, '#use-service-learning').click();
    const saved = oneEvent(el, 'kith-story-change');
    $<HTMLButtonElement>(el, '[part="save"]').click();
    const { detail } = await saved;
    const record: StoryRecord = detail.story;
    expect(detail.change).to.equal('saved');
    expect(record).to.deep.include({ frameId: 'what-helped', frameVersion: '2', title: 'Getting the flat', tags: ['housing'] });
    expect(record.voice).to.deep.equal({ role: 'person', name: 'Eirlys Morgan' });
    expect(record.dyads).to.deep.equal({ agency: 70 });
    expect(record.triads['difference']).to.deep.equal([44, 28, 28]);
    expect(isShares(record.triads['difference'])).to.equal(true);
    expect(record.consent).to.deep.include({ uses: ['service-learning'], at: '2026-11-22T10:00:00.000Z', language: 'en' });
    expect(record.consent!.textHash).to.match(/^sha256-[0-9a-f]{64}$/);
    expect(JSON.parse(new FormData(form).get('story') as string)).to.deep.equal(record);
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Your story is saved. It may be used in 1 way you chose.');
  });

  it('stopping every use: the consent keeps what was agreed and when, says it ended, and the person hears so', async () => {
    const el = await story();
    typeInto($<HTMLTextAreaElement>(el, '#story-text'), 'A story.');
    $<HTMLInputElement>(el, '#use-worker').click();
    const saved = oneEvent(el, 'kith-story-change');
    $<HTMLButtonElement>(el, '[part="save"]').click();
    await saved;
    await el.updateComplete;
    const withdrawn = oneEvent(el, 'kith-story-change');
    $<HTMLButtonElement>(el, '[part="withdraw"]').click();
    const { detail } = await withdrawn;
    expect(detail.change).to.equal('withdrawn');
    expect(detail.story.consent).to.deep.include({ uses: [], withdrawnAt: '2026-11-22T10:00:00.000Z' });
    await el.updateComplete;
    expect(text(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Your story will not be used anywhere now.');
    expect(el.shadowRoot!.querySelector('[part="withdraw"]'), 'nothing left to stop').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('in Welsh', async () => {
    const el = await story('lang="cy"');
    await el.updateComplete;
    expect(text($(el, 'h2'))).to.equal('Eich stori');
    expect(text($(el, 'label[for="use-service-learning"]'))).to.equal('Caiff y gwasanaeth ddysgu ohoni, heb fy enw');
  });

  it('bad input: a triad without three corners gives a localised error state and kith-error, never a throw', async () => {
    const el = document.createElement('kith-story') as KithStory;
    el.frame = { ...frame, triads: [{ id: 'x', label: 'x', corners: ['a', 'b'] as unknown as [string, string, string] }] };
    const reported = oneEvent(el, 'kith-error');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    const { detail } = await reported;
    expect(`${detail.code}@${detail.path}`).to.equal('too-few@frame.triads[0].corners');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });
});

describe('<kith-story>: every theme', () => {
  for (const [name, css] of Object.entries(THEMES)) {
    it(`${name}: a story to tell, a story told (triad, dyad, tags, consent), its text missing, and the error state are axe-clean`, async () => {
      const dropTheme = useTheme(css);
      try {
        const page = await fixture<HTMLDivElement>(html`<div style="background: var(--kith-sys-color-surface); color: var(--kith-sys-color-text)">
          <kith-story .frame=${whatHelpedFrame()}></kith-story>
          <kith-story person-name="Eirlys Morgan" .frame=${whatHelpedFrame()} .story=${eirlysStory()}></kith-story>
          <kith-story .frame=${whatHelpedFrame()}></kith-story>
          <kith-story .frame=${{ ...whatHelpedFrame(), triads: [{ id: 'x', label: 'x', corners: ['a', 'b'] }] }}></kith-story>
        </div>`);
        const [toTell, told, missing, broken] = [...page.children] as KithStory[];
        await Promise.all([toTell, told, missing, broken].map((el) => el!.updateComplete));
        $<HTMLButtonElement>(missing!, '[part="save"]').click();
        await missing!.updateComplete;
        await missing!.updateComplete;
        expect($(missing!, '#story-text-error')).to.not.equal(null);
        expect($(told!, '[part="triad"] circle.point')).to.not.equal(null);
        expect($(broken!, '[part="error"]')).to.not.equal(null);
        await expect(page).to.be.accessible();
      } finally {
        dropTheme();
      }
    });
  }
});
