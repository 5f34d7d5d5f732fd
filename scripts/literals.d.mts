import type { Plugin as VitePlugin } from 'vite';
import type { Plugin as EsbuildPlugin } from 'esbuild';
export function minifyCssLiterals(code: string): Promise<string>;
export function minifyHtmlLiterals(code: string, id: string): Promise<string>;
export function minifyLiterals(code: string, id: string): Promise<string>;
export function literalsVite(): VitePlugin;
export const literalsEsbuild: EsbuildPlugin;
