import { isServer } from 'lit';
import { JSON_CHILD, isRecord, parseJson, type ProblemDraft } from './validation.js';

/**
 * Reads a component's `<script type="application/json">` child: data given
 * in the page, used when no property is set. Parsed again only when its
 * text changes, so repeated updates cost a query and a string compare.
 */
export class JsonChild {
  private text: string | null = null;
  private result: { value?: unknown; problem?: ProblemDraft } = {};

  /** The parsed value or a problem; null when there is no JSON child. */
  read(host: Element): { value?: unknown; problem?: ProblemDraft } | null {
    // A server renders an element without its children: nothing to read.
    const text = isServer ? null : (host.querySelector(JSON_CHILD)?.textContent ?? null);
    if (text === null) return null;
    if (text !== this.text) {
      this.text = text;
      this.result = parseJson(text, 'script[type="application/json"]');
    }
    return this.result;
  }

  /** The JSON child's fields: {} when there is none or it is not an object; a child that cannot be parsed adds its problem. */
  fields(host: Element, problems: ProblemDraft[]): Record<string, unknown> {
    const json = this.read(host);
    if (json?.problem) problems.push(json.problem);
    return isRecord(json?.value) ? json.value : {};
  }
}
