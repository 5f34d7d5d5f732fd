// The three browser engines the component suites run in, each from Debian's
// packages (no tool here downloads a browser):
//   chromium  Debian's Chromium, driven by Playwright (CDP)
//   firefox   Debian's Firefox ESR, driven by puppeteer-core over WebDriver BiDi
//   webkit    WebKitGTK's MiniBrowser (the Safari engine family), driven by
//             WebKitWebDriver over classic WebDriver, under Xvfb (MiniBrowser
//             has no headless mode)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT as CHROMIUM_HINT } from './chromium.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

const firstExisting = (paths) => paths.filter(Boolean).find((path) => existsSync(path)) ?? null;

const WEBKIT_LIBS = ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib'];

/** Where each engine's binaries are on this machine, or null. */
export function findEngine(engine) {
  if (engine === 'chromium') return findChromium();
  if (engine === 'firefox') return firstExisting([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  if (engine === 'webkit') {
    const driver = firstExisting([process.env.WEBKIT_DRIVER_PATH, '/usr/bin/WebKitWebDriver']);
    const browser = firstExisting([process.env.WEBKIT_BROWSER_PATH, ...WEBKIT_LIBS.map((lib) => `${lib}/webkit2gtk-4.1/MiniBrowser`)]);
    const xvfb = firstExisting(['/usr/bin/Xvfb']);
    return driver && browser && xvfb ? { driver, browser, xvfb } : null;
  }
  throw new Error(`Unknown engine “${engine}”: use one of ${ENGINES.join(', ')}.`);
}

export const INSTALL_HINTS = {
  chromium: CHROMIUM_HINT,
  firefox: `Kith's tests need Firefox (ESR) for the Gecko engine, and none was found.
  Looked at: FIREFOX_PATH (${process.env.FIREFOX_PATH || 'not set'}), /usr/bin/firefox-esr, /usr/bin/firefox.
  Install it:   Debian/Ubuntu: sudo apt-get install -y firefox-esr`,
  webkit: `Kith's tests need WebKitGTK's WebDriver, MiniBrowser and Xvfb for the WebKit engine, and one was not found.
  Looked at: WEBKIT_DRIVER_PATH or /usr/bin/WebKitWebDriver; WEBKIT_BROWSER_PATH or .../webkit2gtk-4.1/MiniBrowser; /usr/bin/Xvfb.
  Install them: Debian/Ubuntu: sudo apt-get install -y webkit2gtk-driver xvfb`,
};

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on a display it picks itself; resolves to `{display, stop}`. */
function startXvfb(binary) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    let said = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb stopped before it was ready (exit ${code})`)));
    child.stdio[3].on('data', (chunk) => {
      said += String(chunk);
      if (said.includes('\n')) resolve({ display: `:${said.trim()}`, stop: () => child.kill() });
    });
  });
}

/** Starts WebKitWebDriver on 127.0.0.1 and waits until it answers. */
async function startWebKitDriver(binary, display) {
  const port = await freePort();
  const child = spawn(binary, ['--host=127.0.0.1', `--port=${port}`], { stdio: 'ignore', env: { ...process.env, DISPLAY: display } });
  for (let tries = 0; tries < 100; tries += 1) {
    try {
      const status = await fetch(`http://127.0.0.1:${port}/status`);
      if (status.ok) return { port, stop: () => child.kill() };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error(`WebKitWebDriver did not answer on 127.0.0.1:${port}`);
}

/**
 * The web-test-runner launcher for an engine. `chromiumArgs` are extra flags
 * for Chromium only (the leak suite's gc()).
 */
export async function launcherFor(engine, { chromiumArgs = [] } = {}) {
  const found = findEngine(engine);
  if (!found) throw new Error(INSTALL_HINTS[engine]);
  if (engine === 'chromium') {
    const { playwrightLauncher } = await import('@web/test-runner-playwright');
    return playwrightLauncher({ product: 'chromium', launchOptions: { executablePath: found, headless: true, args: [...CHROMIUM_ARGS, ...chromiumArgs] } });
  }
  if (engine === 'firefox') {
    const { chromeLauncher } = await import('@web/test-runner-chrome');
    const puppeteer = (await import('puppeteer-core')).default;
    return chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: found, headless: true } });
  }
  const { WebdriverLauncher } = await import('@web/test-runner-webdriver');
  /** Starts Xvfb and WebKitWebDriver with the run, and stops them with it. */
  class WebKitLauncher extends WebdriverLauncher {
    async initialize(config) {
      this.xvfb = await startXvfb(found.xvfb);
      this.driverProcess = await startWebKitDriver(found.driver, this.xvfb.display);
      this.options.port = this.driverProcess.port;
      await super.initialize(config);
      this.name = 'WebKit';
    }
    async stop() {
      await super.stop();
      this.driverProcess?.stop();
      this.xvfb?.stop();
    }
  }
  return new WebKitLauncher({
    hostname: '127.0.0.1',
    port: 0,
    path: '/',
    logLevel: 'error',
    capabilities: {
      browserName: 'MiniBrowser',
      // Debian's driver speaks classic WebDriver; webdriverio 9 would otherwise ask for BiDi (webSocketUrl) and be refused.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: found.browser, args: ['--automation'] },
    },
  });
}
