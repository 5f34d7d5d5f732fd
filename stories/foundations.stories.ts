import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { CONTRAST_PAIRS, contrastRatio, parseColor } from '../src/core/tokens.js';
import { THEME_SOURCES, tokensOf } from './support/themes.js';

/**
 * Tables generated from the theme files themselves, so the docs cannot
 * drift from what ships.
 */
const meta: Meta = {
  title: 'Foundations/Tokens',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};
export default meta;

const themeNames = Object.keys(THEME_SOURCES);
const tables = Object.fromEntries(themeNames.map((name) => [name, new Map(tokensOf(THEME_SOURCES[name]!))]));

/** Follows var() references within one theme on top of the default, to a final value. */
function resolve(theme: string, token: string): string {
  let value = tables[theme]?.get(token) ?? tables['default']!.get(token) ?? '';
  for (let guard = 0; guard < 10 && value.startsWith('var('); guard += 1) {
    const ref = value.slice(4, -1).trim();
    value = tables[theme]?.get(ref) ?? tables['default']!.get(ref) ?? value;
  }
  return value;
}

const swatch = (value: string) =>
  parseColor(value)
    ? html`<span style="display:inline-block;inline-size:1rem;block-size:1rem;vertical-align:middle;border:1px solid #6b7777;background:${value}"></span> `
    : '';

export const AllTokens: StoryObj = {
  render: () => html`<table style="border-collapse: collapse; font-size: 0.875rem">
    <caption style="text-align:start;font-weight:700;padding-block:0.5rem">Kith tokens by theme (blank: inherits the default)</caption>
    <thead>
      <tr>
        <th scope="col" style="text-align:start">Token</th>
        ${themeNames.map((name) => html`<th scope="col" style="text-align:start">${name}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${[...tables['default']!.keys()].map(
        (token) => html`<tr style="border-block-start: 1px solid #b7c0c0">
          <th scope="row" style="text-align:start;font-family:monospace;font-weight:400">${token}</th>
          ${themeNames.map((name) => {
            const own = name === 'default' || tables[name]!.has(token);
            const value = resolve(name, token);
            return html`<td style="padding:0.25rem 0.5rem;font-family:monospace">${own ? html`${swatch(value)}${tables[name]!.get(token)}` : ''}</td>`;
          })}
        </tr>`,
      )}
    </tbody>
  </table>`,
};

export const ContrastPairs: StoryObj = {
  render: () => html`<table style="border-collapse: collapse; font-size: 0.875rem">
    <caption style="text-align:start;font-weight:700;padding-block:0.5rem">Contrast of every required pair, per theme (tested in CI)</caption>
    <thead>
      <tr>
        <th scope="col" style="text-align:start">Use</th>
        <th scope="col" style="text-align:start">Needs</th>
        ${themeNames.map((name) => html`<th scope="col" style="text-align:start">${name}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${CONTRAST_PAIRS.map(
        (pair) => html`<tr style="border-block-start: 1px solid #b7c0c0">
          <th scope="row" style="text-align:start;font-weight:400">${pair.use}<br /><code>${pair.foreground}</code> on <code>${pair.background}</code></th>
          <td>${pair.minimum}:1</td>
          ${themeNames.map((name) => {
            const [fg, bg] = [parseColor(resolve(name, pair.foreground)), parseColor(resolve(name, pair.background))];
            return html`<td style="padding:0.25rem 0.5rem">${fg && bg ? `${contrastRatio(fg, bg).toFixed(2)}:1` : ''}</td>`;
          })}
        </tr>`,
      )}
    </tbody>
  </table>`,
};
