import type { Plugin as VitePlugin } from 'vite';
import type { Plugin as EsbuildPlugin } from 'esbuild';
export function minifyCssLiterals(code: string): Promise<string>;
export function cssLiteralsVite(): VitePlugin;
export const cssLiteralsEsbuild: EsbuildPlugin;
