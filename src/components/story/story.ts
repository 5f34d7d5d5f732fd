import { html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Renderable } from '../../core/element.js';
import { controlStyles, formHeadingStyles } from '../../core/control-styles.js';
import { rangeStyles } from '../../core/range-styles.js';
import { now } from '../../core/clock.js';
import { textHash } from '../../core/dates-and-hashes.js';
import { KithFormElement, type FormValue } from '../../core/form-element.js';
import { Lazy } from '../../core/lazy.js';
import { JsonChild } from '../../core/light-dom.js';
import { joinStrings } from '../../core/localize.js';
import { localText, type ProblemDraft } from '../../core/validation.js';
import { storyEn } from '../../translations/en/story.js';
import { newConsentId } from '../consent/model.js';
import type { VoiceRole } from '../plan-editor/model.js';
import { STORY_USES, STORY_VOICES, validateFrame, validateStory, withdrawAll, type StoryFrame, type StoryRecord, type StoryUse } from './model.js';
import { storyStyles } from './story.styles.js';
import type { TriadShares } from './triad.js';
import { renderTriad } from './triad-view.js';

/** Filling the page's own form: needed only where the page has one. */
const pageForm = new Lazy(() => import('./page-form.js'));

export interface StoryChangeDetail {
  story: StoryRecord;
  /** `saved`: the person saved their story (and their consent); `withdrawn`: they stopped every use. */
  change: 'saved' | 'withdrawn';
}

/**
 * A person's story in their own words, signified by them: a title and the
 * account, whose words they are, when and where; then where the story sits
 * on the host's dyads (a slider between two poles) and triads (a point in a
 * triangle, or three linked shares), the host's tags, and how the story may
 * be used — by their worker, in the service's learning without their name,
 * or publicly with their name — tied to the exact words they agreed to.
 *
 * @tagname kith-story
 * @summary A person's story in their own words, signified and consented by them.
 * @since 0.3.0
 *
 * @fires kith-story-change - The person saved their story, or stopped every use of it. `detail: {story, change}`. Cancelable: cancel it to keep the page's own form from being posted.
 * @fires change - The value (the story) changed by the person's action.
 * @fires kith-error - The frame or the story could not be used. `detail: {code, message, path, problems}`.
 *
 * @csspart form - The story form.
 * @csspart triad - A triad: its picture and its three shares.
 * @csspart save - The save button.
 * @csspart withdraw - The button that stops every use.
 *
 * @cssprop --kith-story-max-width - Width of the story (default `44rem`).
 */
export class KithStory extends KithFormElement {
  static override styles = [...KithFormElement.styles, ...controlStyles, formHeadingStyles, rangeStyles, storyStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    ...KithFormElement.properties,
    frame: { attribute: false },
    story: { attribute: false },
    personName: { attribute: 'person-name' },
    draft: { state: true },
    textMissing: { state: true },
    announcement: { state: true },
  };
  static override strings = joinStrings({ en: storyEn, cy: () => import('../../translations/cy/story.js').then((m) => m.storyCy) });

  /** What the person is asked: the host's dyads, triads and tags. */
  frame?: StoryFrame;

  /** A story kept earlier, to see and change again. */
  story?: StoryRecord;

  /** The person whose story it is: kept as the voice's name when the words are theirs. */
  personName = '';

  private draft: StoryRecord | null = null;
  private textMissing = false;
  private announcement = '';
  private valid: StoryFrame | null = null;
  private jsonChild = new JsonChild();
  /** The consent chosen in the form, before it is saved. */
  private uses: StoryUse[] = [];

  /** The page's own form (the no-JavaScript fallback), if the element holds one. */
  private get ownForm(): HTMLFormElement | null {
    return isServer ? null : this.querySelector('form');
  }

  protected override waitBeforeUpdate(): Promise<unknown> | null {
    return this.ownForm ? pageForm.ready() : null;
  }

  /** The story as last saved (null until it is). */
  get value(): StoryRecord | null {
    return this.story ?? null;
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (this.hasUpdated && !changed.has('frame') && !changed.has('story')) return;
    const problems: ProblemDraft[] = [];
    const fromPage = this.jsonChild.fields(this, problems);
    const { frame, problems: frameProblems } = validateFrame(this.frame ?? fromPage['frame']);
    problems.push(...frameProblems);
    let story: StoryRecord | null = null;
    const given = this.story ?? fromPage['story'];
    if (frame && given !== undefined) {
      const checked = validateStory(given, frame);
      problems.push(...checked.problems);
      story = checked.story;
    }
    this.valid = frame;
    this.draft = story ? structuredClone(story) : frame ? this.emptyStory(frame) : null;
    this.uses = story ? [...(story.consent?.withdrawnAt ? [] : (story.consent?.uses ?? []))] : [];
    this.setProblems(problems);
  }

  private emptyStory(frame: StoryFrame): StoryRecord {
    return { id: newConsentId(), frameId: frame.id, frameVersion: frame.version, title: '', text: '', voice: { role: 'person' }, dyads: {}, triads: {}, tags: [] };
  }

  /* Form association: the story as JSON once saved. */
  protected override formValue(): FormValue {
    return this.story ? JSON.stringify(this.story) : null;
  }
  protected override isEmpty(): boolean {
    return !this.story;
  }
  protected override resetValue(): void {
    this.requestUpdate('story');
  }
  protected override restoreValue(saved: FormValue): void {
    if (typeof saved !== 'string' || !this.valid) return;
    try {
      const { story } = validateStory(JSON.parse(saved), this.valid);
      if (story) this.story = story;
    } catch {
      // Not ours: keep what is shown.
    }
  }

  /* Actions. */

  private change(patch: Partial<StoryRecord>): void {
    if (this.draft) this.draft = { ...this.draft, ...patch };
  }

  /** The words of the consent as shown, in this language: what the receipt's hash is of. */
  private consentWords(): string {
    return [this.t('story.uses'), this.t('story.uses.hint'), ...STORY_USES.map((use) => this.t(`story.use.${use}`))].join('\n');
  }

  private async save(event: Event): Promise<void> {
    event.preventDefault();
    const draft = this.draft;
    if (!draft) return;
    if (draft.text.trim() === '') {
      this.textMissing = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#story-text')?.focus();
      return;
    }
    const voice = draft.voice.role === 'person' && this.personName ? { role: draft.voice.role, name: this.personName } : { role: draft.voice.role };
    const story: StoryRecord = { ...draft, title: draft.title.trim(), text: draft.text.trim(), voice };
    story.consent = { uses: STORY_USES.filter((use) => this.uses.includes(use)), textHash: await textHash(this.consentWords()), at: now().toISOString(), language: this.resolvedLang };
    this.commit(story, 'saved', this.t('story.saved'));
  }

  private withdraw(): void {
    if (!this.story) return;
    this.uses = [];
    this.commit(withdrawAll(this.story, now().toISOString()), 'withdrawn', this.t('story.withdrawn'));
  }

  /** Keeps the story and tells the page; then posts the page's own form with it, unless a listener cancelled the event to handle it. */
  private commit(story: StoryRecord, change: StoryChangeDetail['change'], said: string): void {
    this.story = story;
    this.announcement = said;
    const postHere = this.emit('kith-story-change', { story, change }, { cancelable: true });
    this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    const form = this.ownForm;
    if (postHere && form && pageForm.value) {
      pageForm.value.fillForm(form, story);
      form.requestSubmit();
    }
  }

  /* Rendering. */

  protected override renderContent(): Renderable {
    const [frame, draft] = [this.valid, this.draft];
    if (!frame || !draft) return nothing;
    const lang = this.resolvedLang;
    const value = (event: Event): string => (event.target as HTMLInputElement).value;
    // Something to stop: a saved story with a use agreed.
    const saved = this.story?.consent && !this.story.consent.withdrawnAt && this.story.consent.uses.length > 0 ? this.story : null;
    return html`<form part="form" novalidate @submit=${this.save}>
        <h2>${this.t('story.heading')}</h2>
        ${frame.prompt ? html`<p class="hint">${localText(frame.prompt, lang)}</p>` : nothing}
        <div class="field">
          <label class="label" for="story-title">${this.t('story.title')}</label>
          <input id="story-title" .value=${draft.title} @input=${(event: Event) => this.change({ title: value(event) })} />
        </div>
        <div class=${this.textMissing ? 'field invalid' : 'field'}>
          <label class="label" for="story-text">${this.t('story.text')}</label>
          ${this.textMissing ? html`<p class="error-message" id="story-text-error">${this.t('story.textMissing')}</p>` : nothing}
          <textarea
            id="story-text"
            aria-invalid=${this.textMissing ? 'true' : 'false'}
            aria-describedby=${this.textMissing ? 'story-text-error' : nothing}
            .value=${draft.text}
            @input=${(event: Event) => {
              this.change({ text: value(event) });
              if (value(event).trim()) this.textMissing = false;
            }}
          ></textarea>
        </div>
        <div class="field">
          <label class="label" for="story-voice">${this.t('story.voice')}</label>
          <select id="story-voice" @change=${(event: Event) => this.change({ voice: { role: value(event) as VoiceRole } })}>
            ${STORY_VOICES.map((role) => html`<option value=${role} ?selected=${draft.voice.role === role}>${this.t(`story.voice.${role}`)}</option>`)}
          </select>
        </div>
        ${this.textField('story-written-by', this.t('story.writtenDownBy'), draft.writtenDownBy ?? '', (text) => this.change({ writtenDownBy: text || undefined }))}
        ${this.textField('story-date', this.t('story.date'), draft.date ?? '', (text) => this.change({ date: text || undefined }), 'date')}
        ${this.textField('story-place', this.t('story.place'), draft.place ?? '', (text) => this.change({ place: text || undefined }))}
        ${frame.dyads.length + frame.triads.length > 0 ? html`<h3>${this.t('story.signifiers')}</h3>` : nothing} ${frame.dyads.map((dyad) => this.renderDyad(dyad))}
        ${frame.triads.map((triad) =>
          renderTriad({
            text: this.textContext,
            triad,
            shares: draft.triads[triad.id],
            change: (shares: TriadShares | null | undefined) => {
              const triads = { ...draft.triads, [triad.id]: shares };
              if (shares === undefined) delete triads[triad.id];
              this.change({ triads: triads as StoryRecord['triads'] });
            },
          }),
        )}
        ${frame.tags && frame.tags.length > 0 ? this.renderTags(frame, draft) : nothing} ${this.renderUses()}
        <button type="submit" class="button primary" part="save">${this.t('story.save')}</button>
      </form>
      ${saved ? html`<button type="button" class="button" part="withdraw" @click=${this.withdraw}>${this.t('story.withdraw')}</button>` : nothing}
      <p role="status">${this.announcement}${this.announcement === this.t('story.saved') ? ` ${this.t('story.savedUses', { count: this.story?.consent?.uses.length ?? 0 })}` : ''}</p>`;
  }

  private textField(id: string, label: string, text: string, set: (text: string) => void, type = 'text'): TemplateResult {
    return html`<div class="field">
      <label class="label" for=${id}>${label}</label>
      <input id=${id} type=${type} .value=${text} @input=${(event: Event) => set((event.target as HTMLInputElement).value.trim())} />
    </div>`;
  }

  /** A slider between two poles, 0–100, and “doesn't apply”. */
  private renderDyad(dyad: StoryFrame['dyads'][number]): TemplateResult {
    const draft = this.draft!;
    const lang = this.resolvedLang;
    const value = draft.dyads[dyad.id];
    const [low, high] = [localText(dyad.low, lang), localText(dyad.high, lang)];
    const set = (next: number | null | undefined): void => this.change({ dyads: { ...draft.dyads, [dyad.id]: next as number | null } });
    const id = `dyad-${dyad.id}`;
    return html`<fieldset class=${typeof value === 'number' ? 'dyad' : 'dyad unanswered'}>
      <legend class="label">${localText(dyad.label, lang)}</legend>
      <label class="visually-hidden" for=${id}>${localText(dyad.label, lang)}</label>
      <input
        type="range"
        id=${id}
        min="0"
        max="100"
        step="1"
        .value=${String(typeof value === 'number' ? value : 50)}
        ?disabled=${value === null}
        aria-valuetext=${typeof value === 'number' ? this.t('story.dyad.value', { value, low, high }) : this.t('story.notAnswered')}
        @input=${(event: Event) => set(Number((event.target as HTMLInputElement).value))}
      />
      <div class="ends" aria-hidden="true"><span>${low}</span><span>${high}</span></div>
      <label class="check" for="${id}-na"
        ><input type="checkbox" id="${id}-na" .checked=${value === null} @change=${(event: Event) => set((event.target as HTMLInputElement).checked ? null : undefined)} /><span
          >${this.t('story.triad.notApply')}</span
        ></label
      >
    </fieldset>`;
  }

  private renderTags(frame: StoryFrame, draft: StoryRecord): TemplateResult {
    const toggle = (id: string, on: boolean): void => this.change({ tags: (frame.tags ?? []).map((tag) => tag.id).filter((each) => (each === id ? on : draft.tags.includes(each))) });
    return html`<fieldset>
      <legend class="label">${this.t('story.tags')}</legend>
      ${(frame.tags ?? []).map(
        (tag) =>
          html`<label class="check" for="tag-${tag.id}"
            ><input type="checkbox" id="tag-${tag.id}" .checked=${draft.tags.includes(tag.id)} @change=${(event: Event) => toggle(tag.id, (event.target as HTMLInputElement).checked)} /><span
              >${localText(tag.label, this.resolvedLang)}</span
            ></label
          >`,
      )}
    </fieldset>`;
  }

  /** Consent per use: nothing ticked until the person chooses. */
  private renderUses(): TemplateResult {
    return html`<fieldset aria-describedby="uses-hint">
      <legend class="label">${this.t('story.uses')}</legend>
      <p class="hint" id="uses-hint">${this.t('story.uses.hint')}</p>
      ${STORY_USES.map(
        (use) =>
          html`<label class="check" for="use-${use}"
            ><input
              type="checkbox"
              id="use-${use}"
              .checked=${this.uses.includes(use)}
              @change=${(event: Event) => {
                const on = (event.target as HTMLInputElement).checked;
                this.uses = STORY_USES.filter((each) => (each === use ? on : this.uses.includes(each)));
              }}
            /><span>${this.t(`story.use.${use}`)}</span></label
          >`,
      )}
    </fieldset>`;
  }
}

declare module '../../core/events.js' {
  interface KithEventMap {
    'kith-story-change': StoryChangeDetail;
  }
}
declare global {
  interface HTMLElementEventMap {
    'kith-story-change': CustomEvent<StoryChangeDetail>;
  }
  interface HTMLElementTagNameMap {
    'kith-story': KithStory;
  }
}
