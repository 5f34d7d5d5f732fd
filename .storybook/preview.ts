import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import { setClock } from '../src/core/clock.js';
import { adoptDefaultTheme } from '../src/core/theme.js';
import { FIXED_NOW } from '../stories/data/clock.js';
import { THEMES, useTheme } from '../stories/support/themes.js';

setCustomElementsManifest(manifest);
adoptDefaultTheme();
setClock(FIXED_NOW);

// The canvas takes the theme's surface and text, so what axe measures is what people see.
const canvas = new CSSStyleSheet();
canvas.replaceSync(`
  .kith-story { background: var(--kith-sys-color-surface); color: var(--kith-sys-color-text);
    font-family: var(--kith-sys-font-family); padding: 1rem; }
`);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, canvas];

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    theme: {
      description: 'Kith theme',
      toolbar: { title: 'Theme', icon: 'paintbrush', items: Object.keys(THEMES), dynamicTitle: true },
    },
    locale: {
      description: 'Language of the components',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English (en-GB)' },
          { value: 'cy', title: 'Cymraeg (cy)' },
        ],
        dynamicTitle: true,
      },
    },
    clock: {
      description: 'What “today” is for the components (the stories’ dates are written for the fixed clock)',
      toolbar: {
        title: 'Clock',
        icon: 'time',
        items: [
          { value: 'fixed', title: 'Fixed: 22 November 2026' },
          { value: 'device', title: 'This device’s clock' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'default', locale: 'en', dir: 'ltr', clock: 'fixed' },
  decorators: [
    (story, context) => {
      // Kith's one clock: fixed, so a story written as “review in 13 days” shows that on any date.
      setClock(context.globals['clock'] === 'device' ? null : FIXED_NOW);
      useTheme(String(context.globals['theme'] ?? 'default'));
      const lang = context.parameters['lang'] ?? context.globals['locale'] ?? 'en';
      return html`<div class="kith-story" lang=${lang} dir=${context.globals['dir'] ?? 'ltr'}>${story()}</div>`;
    },
  ],
  parameters: {
    // Axe violations fail the story's test (in the Vitest addon and in CI), not just the panel.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { toc: true },
    options: {
      storySort: { order: ['Introduction', 'Getting started', 'Theming', 'Accessibility', 'Welsh and localisation', 'Foundations', 'Components'] },
    },
  },
};

export default preview;
