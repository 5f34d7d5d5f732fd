// Lint: TypeScript, Lit templates, lit-a11y (accessibility of templates) and
// web-component rules. Type-aware rules are left to `npm run typecheck`.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  // src/react and src/vue are generated from custom-elements.json (scripts/integrations.mjs).
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'custom-elements.json', 'scripts/*.d.mts', 'src/react/', 'src/vue/', 'test/consumers/*/dist/', 'test/consumers/*/node_modules/'] },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  litA11y.configs.recommended,
  wc.configs['flat/recommended'],
  {
    settings: { wc: { elementBaseClasses: ['LitElement', 'KithElement', 'KithFormElement'] } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'lit/no-template-bind': 'error',
      // Only define files may register elements, and they use our safe define().
      'wc/no-self-class': 'error',
    },
  },
  {
    // Chai assertions are expressions (`expect(x).to.exist`).
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', '*.config.*'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
