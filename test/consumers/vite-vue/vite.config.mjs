import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
export default defineConfig({
  base: './',
  build: { target: 'es2022' },
  // Tell Vue that kith-* tags are custom elements, not Vue components.
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('kith-') } } })],
  logLevel: 'warn',
});
