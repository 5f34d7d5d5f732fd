import { html, type PropertyValues, type PropertyDeclarations } from 'lit';
import { KithElement, type Renderable } from '../../core/element.js';
import { JsonChild } from '../../core/light-dom.js';
import { localText, type ProblemDraft } from '../../core/validation.js';
import { stageBadgeStyles } from './stage-badge.styles.js';
import { stageBadgeEn } from '../../translations/en/stage-badge.js';
import {
  DEFAULT_RANGE,
  readStageData,
  stageFor,
  validateRange,
  validateScore,
  validateStages,
  type ScoreRange,
  type StageBand,
  type StageData,
  type StageLookup,
} from './model.js';
import { joinStrings } from '../../core/localize.js';
import { styleProperties } from '../../core/style-properties.js';
import { stageStrings } from './strings.js';

/**
 * Empty or missing attribute → not scored; anything else is read as a number (NaN is reported).
 * Only numbers and text are reflected: a host's object (even one String() cannot convert) is
 * reported as a problem, never allowed to throw while reflecting.
 */
const scoreConverter = {
  fromAttribute: (value: string | null): number | null => (value === null || value.trim() === '' ? null : Number(value)),
  toAttribute: (value: unknown): string | null => (typeof value === 'number' || typeof value === 'string' ? String(value) : null),
};

/**
 * Shows which stage a score is in, from an instrument's stage bands: the
 * stage's name, its position (“stage 3 of 5”), and a row of pips filled up
 * to that stage, in a colour along the theme's stage ramp. Colour is never
 * the only cue: the words and the filled/hollow pips say the same.
 *
 * Data comes from the `stages` property or, when that is not set, from a
 * `<script type="application/json">` child holding `{stages, min?, max?}`.
 * Other light-DOM content is what readers see without JavaScript.
 *
 * @tagname kith-stage-badge
 * @summary The stage a score falls in, in words and pips.
 * @since 0.1.0
 *
 * @slot - Fallback content shown only without JavaScript (e.g. “Trying (stage 3 of 5)”).
 * @fires kith-error - The stages, range or score could not be used. `detail: {code, message, path, problems}`.
 *
 * @csspart badge - The badge box.
 * @csspart pips - The row of stage pips.
 * @csspart label - The stage text.
 * @csspart error - The error state shown instead of the badge.
 *
 * @cssprop --kith-stage-badge-start-color - Colour of the first stage (default `--kith-sys-color-stage-start`).
 * @cssprop --kith-stage-badge-end-color - Colour of the last stage (default `--kith-sys-color-stage-end`).
 * @cssprop --kith-stage-badge-background - Badge background (default `--kith-sys-color-stage-tint`).
 * @cssprop --kith-stage-badge-radius - Corner radius (default `--kith-sys-radius`).
 *
 * @cssstate error - The input has a problem and the error state is shown.
 * @cssstate unscored - No score yet.
 */
export class KithStageBadge extends KithElement {
  static override styles = [...KithElement.styles, stageBadgeStyles];
  /** Reactive properties (declared here rather than with decorators: their runtime cost every entry ~0.4 kB). */
  static override properties: PropertyDeclarations = {
    score: { converter: scoreConverter, reflect: true },
    min: { type: Number },
    max: { type: Number },
    stages: { attribute: false },
    showScore: { type: Boolean, attribute: 'show-score' },
  };
  static override strings = joinStrings({ en: stageBadgeEn, cy: () => import('../../translations/cy/stage-badge.js').then((m) => m.stageBadgeCy) }, stageStrings);

  /** The score; empty or absent means “not scored yet”. */
  score: number | null = null;

  /** Lowest possible score. */
  min: number = DEFAULT_RANGE.min;

  /** Highest possible score. */
  max: number = DEFAULT_RANGE.max;

  /** The stage bands, e.g. `[{from: 1, to: 2, label: {en: 'Stuck', cy: 'Yn sownd'}}, …]`. */
  stages?: StageBand[];

  /** Also say the score itself (“Score 4 out of 10: …”). */
  showScore = false;

  private lookup: StageLookup | null = null;
  private range: ScoreRange = DEFAULT_RANGE;
  private jsonChild = new JsonChild();

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const problems: ProblemDraft[] = [];
    const source = this.stages !== undefined ? { stages: this.stages } : this.readLightDom(problems);
    const { range, problems: rangeProblems } = validateRange(source.min ?? this.min, source.max ?? this.max);
    problems.push(...rangeProblems);
    this.lookup = null;
    if (range) {
      this.range = range;
      const { stages, problems: stageProblems } = validateStages(source.stages, range);
      problems.push(...stageProblems, ...validateScore(this.score, range));
      // undefined (a host clearing the property) is not scored, like null.
      if (stages && problems.length === 0 && this.score != null) {
        this.lookup = stageFor(this.score, stages);
        if (!this.lookup) problems.push({ code: 'no-stage', path: 'score', params: { score: this.score } });
      }
    }
    this.setProblems(problems);
  }

  private readLightDom(problems: ProblemDraft[]): StageData {
    const json = this.jsonChild.read(this);
    if (json?.problem) problems.push(json.problem);
    return json && !json.problem ? readStageData(json.value) : {};
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.setCustomState('unscored', this.score == null);
  }

  protected override renderContent(): Renderable {
    const lookup = this.lookup;
    if (!lookup) {
      return html`<span class="badge unscored" part="badge">
        <span class="label" part="label">${this.t('stageBadge.notScored')}</span>
      </span>`;
    }
    const params = {
      stage: localText(lookup.band.label, this.resolvedLang),
      position: lookup.position,
      total: lookup.total,
      score: this.formatNumber(this.score ?? 0),
      max: this.formatNumber(this.range.max),
    };
    const pips = Array.from({ length: lookup.total }, (_, index) => index < lookup.position);
    return html`<span class="badge" part="badge" ${styleProperties({ '--_ramp': String(lookup.ramp) })}>
      <span class="pips" part="pips" aria-hidden="true">
        ${pips.map((filled) => html`<span class="pip" ?data-filled=${filled}></span>`)}
      </span>
      <span class="label" part="label"
        >${this.showScore ? this.t('stageBadge.scoreAndStage', params) : this.t('stageBadge.label', params)}</span
      >
    </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kith-stage-badge': KithStageBadge;
  }
}
