export const CHROMIUM_ARGS: string[];
export function findChromium(): string | null;
export const INSTALL_HINT: string;
