// Finds the Chromium every test tool uses: CHROME_PATH, else Debian's.
// No tool in this project downloads a browser.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  return candidates.find((path) => existsSync(path)) ?? null;
}

export const INSTALL_HINT = `Kith's tests need Chromium, and none was found.
  Looked at: CHROME_PATH (${process.env.CHROME_PATH || 'not set'}), /usr/bin/chromium, /usr/bin/chromium-browser.
  Install one:  Debian/Ubuntu: sudo apt-get update && sudo apt-get install -y chromium
                macOS:         set CHROME_PATH="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
  or point CHROME_PATH at any Chromium or Chrome binary.`;
