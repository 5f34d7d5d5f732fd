import { defineConfig } from 'vite';
// No React plugin needed for a production build: Vite compiles the JSX (automatic runtime).
export default defineConfig({ base: './', build: { target: 'es2022' }, oxc: { jsx: { runtime: 'automatic' } }, logLevel: 'warn' });
