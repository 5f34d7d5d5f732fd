#!/usr/bin/env node
// `npm run test:consumers`: Kith as its users get it. Packs the built library
// (`npm pack`), installs the tarball into each project in test/consumers/,
// builds it, type-checks it against the packed types, serves it on
// 127.0.0.1 and drives it in headless Chromium: every element renders, takes
// its data, and a key press on the radar reaches the framework's handler.
// Needs `npm run build` first. Prints each build's size and one closing line.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, findChromium, INSTALL_HINT } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const consumers = join(root, 'test/consumers');
const bin = (name) => join(root, 'node_modules/.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' } });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} (in ${relative(root, cwd) || '.'}) failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/* ---------- pack and install ---------- */
if (!existsSync(join(root, 'dist/index.js'))) {
  console.error('Build the library first: npm run build');
  process.exit(1);
}
const packDir = mkdtempSync(join(tmpdir(), 'kith-pack-'));
run('npm', ['pack', '--silent', '--pack-destination', packDir], root);
const tarball = join(packDir, readdirSync(packDir).find((file) => file.endsWith('.tgz')));
console.log(`Packed ${relative(packDir, tarball)} (${(statSync(tarball).size / 1024).toFixed(0)} kB)`);

function install(dir) {
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  rmSync(join(dir, 'dist'), { recursive: true, force: true });
  // The tarball itself, not a link; React, Vue, Vite and TypeScript come from the repository,
  // unless the project asks for its own (React 18 beside the repository's React 19).
  const also = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).kithConsumer?.alsoInstall ?? [];
  const args = ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--prefer-offline', '--install-links', tarball, ...also];
  // Once more on failure: a registry hiccup is not a fault in the package.
  try {
    run('npm', args, dir);
  } catch (error) {
    console.log(`${relative(root, dir)}: npm install failed once, trying again (${error.message.split('\n').slice(-3).join(' ').slice(0, 200)})`);
    run('npm', args, dir);
  }
}

/* ---------- build each project ---------- */
/** Type-check with `checker` against the packed types, then build with Vite. */
function viteBuild(checker) {
  return (dir) => {
    run(bin(checker), ['-p', 'tsconfig.json'], dir);
    run(bin('vite'), ['build', '--config', 'vite.config.mjs'], dir);
  };
}

const builds = {
  'plain-html': (dir) => {
    const kith = join(dir, 'node_modules/kith-ui/dist');
    // Editor data ships in the package and names every element the manifest does.
    const installed = join(dir, 'node_modules/kith-ui');
    const tags = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8')).modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName)).sort();
    const vscode = JSON.parse(readFileSync(join(kith, 'vscode.html-custom-data.json'), 'utf8')).tags.map((t) => t.name).sort();
    const webTypesPath = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'))['web-types'];
    const webTypes = JSON.parse(readFileSync(join(installed, webTypesPath), 'utf8')).contributions.html.elements.map((e) => e.name).sort();
    // One element per component folder with a define module (the project's own count, not a number kept by hand).
    const defined = readdirSync(join(root, 'src/components')).filter((name) => existsSync(join(root, 'src/components', name, 'define.ts'))).length;
    need(tags.length === defined && JSON.stringify(vscode) === JSON.stringify(tags) && JSON.stringify(webTypes) === JSON.stringify(tags), `editor data covers every element (${tags.join(', ')})`);
    for (const page of readdirSync(dir).filter((file) => file.endsWith('.html'))) cpSync(join(dir, page), join(dir, 'dist', page));
    cpSync(join(kith, 'cdn'), join(dir, 'dist/kith/cdn'), { recursive: true });
    cpSync(join(kith, 'themes'), join(dir, 'dist/kith/themes'), { recursive: true });
    // Another team's copy of Kith, another version, loaded from another address.
    cpSync(join(kith, 'cdn'), join(dir, 'dist/other-kith'), { recursive: true });
    const other = join(dir, 'dist/other-kith/kith.js');
    const version = new RegExp(`(["'\`])${pkg.version.replaceAll('.', '\\.')}\\1`, 'g');
    writeFileSync(other, readFileSync(other, 'utf8').replace(version, '$10.0.9-other$1'));
  },
  'vite-vanilla': viteBuild('tsc'),
  'vite-react': viteBuild('tsc'),
  'vite-react18': viteBuild('tsc'),
  'vite-vue': viteBuild('vue-tsc'),
};

/**
 * Bytes of JavaScript in a build (min, gzip): every .js file a Vite build
 * wrote (entry and lazy chunks), or for the page with no build step the two
 * files a page links (the bundle and the autoloader; their lazy chunks are
 * fetched only when used).
 */
function buildSize(dir) {
  const files = [];
  const walk = (path) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) files.push(full);
    }
  };
  const cdn = join(dir, 'dist/kith/cdn');
  if (existsSync(cdn)) files.push(join(cdn, 'kith.js'), join(cdn, 'kith-autoloader.js'));
  else walk(join(dir, 'dist'));
  return files.map((file) => readFileSync(file)).reduce((sum, code) => ({ raw: sum.raw + code.length, gzip: sum.gzip + gzipSync(code, { level: 9 }).length }), { raw: 0, gzip: 0 });
}

/* ---------- serve and drive ---------- */
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
function serve(dir) {
  const server = createServer((request, response) => {
    const path = join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname));
    if (path.endsWith('favicon.ico')) {
      response.writeHead(204).end();
      return;
    }
    if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Every Kith element on the page: rendered (a shadow root with content), not in its error state. */
async function renderedElements(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => el.localName.startsWith('kith-'))
      .map((el) => ({
        tag: el.localName,
        defined: customElements.get(el.localName) !== undefined,
        text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
        error: el.shadowRoot?.querySelector('[part="error"]') !== null && el.shadowRoot?.querySelector('[part="error"]') !== undefined,
      })),
  );
}

/** Presses ArrowUp on the radar's first handle; the framework writes the change into #log. */
async function scoreOnRadar(page) {
  const handle = page.locator('kith-strengths-radar [role="slider"]').first();
  const before = Number(await handle.getAttribute('aria-valuenow'));
  await handle.focus();
  await page.keyboard.press('ArrowUp');
  await page.waitForFunction(() => document.querySelector('#log')?.textContent?.includes('→'), undefined, { timeout: 15000 });
  const log = (await page.locator('#log').textContent()).trim();
  const expected = `${before} → ${before + 1}`;
  if (!log.endsWith(expected)) throw new Error(`the handler saw “${log}”, expected a change ${expected}`);
  return log;
}

/**
 * The consent runtime as a visitor meets it (issue 22): the page asked (its
 * banner's element was fetched), so Accept; then the same visitor comes
 * back: the banner is hidden and its element is never fetched, and the
 * page's scripts read the choice. `accept`: a locator for the Accept button.
 */
async function consentRuntime(page, accept) {
  await accept.click();
  const kept = async () => (await page.context().cookies()).find((cookie) => cookie.name === 'kith_cookie_consent');
  await page.waitForFunction(() => document.cookie.includes('kith_cookie_consent'), undefined, { timeout: 15000 });
  need(decodeURIComponent((await kept()).value).includes('"analytics":true'), 'Accept kept the choice in the consent cookie');
  await page.reload();
  await page.waitForFunction(() => window.kithConsumerReady === true, undefined, { timeout: 20000 });
  await page.waitForFunction(() => document.querySelector('kith-cookie-banner')?.hidden === true, undefined, { timeout: 15000 });
  const returning = await page.evaluate(() => ({ registered: customElements.get('kith-cookie-banner') !== undefined, read: document.querySelector('#consent')?.textContent ?? '' }));
  need(!returning.registered, 'a returning visitor’s page fetched the banner’s element');
  need(returning.read.includes('analytics: yes'), `the page’s script read the choice before any element loaded (#consent: “${returning.read}”)`);
  return 'asked, accepted, then back: banner hidden, its element never fetched, getConsent() read the choice';
}

/** Waits until the page's force map has settled, with positions from a worker (counted by the init script below). */
async function settledInWorker(page) {
  await page.waitForFunction(() => window.kithWorkerMessages > 0 && !document.querySelector('kith-relationship-map').shadowRoot.textContent.includes('Arranging'), undefined, { timeout: 30000 });
}

const checks = {
  'plain-html': [
    {
      page: 'index.html',
      expect: async (page, elements) => {
        need(elements.length === 3, `3 elements, found ${elements.length}`);
        need(elements.find((e) => e.tag === 'kith-relationship-map').text.includes('Gran'), 'the map read its list');
        need(elements.find((e) => e.tag === 'kith-stage-badge').text.includes('Moving on'), 'the badge read its stages');
        await settledInWorker(page);
        return `${await scoreOnRadar(page)}; the map's force layout settled in its worker from dist/cdn/chunks`;
      },
    },
    {
      page: 'autoloader.html',
      expect: async (page, elements) => {
        need(elements.every((e) => e.defined), 'the autoloader registered the elements on the page and the one added later');
        need(elements.find((e) => e.tag === 'kith-stage-badge').text.includes('Ar y ffordd'), 'the element added later rendered');
        need(elements.find((e) => e.tag === 'kith-cookie-banner').text.includes('Cwcis ar Help i Deuluoedd'), 'the banner follows the page’s lang="cy" (Welsh chunk fetched)');
        const answered = await consentRuntime(page, page.locator('kith-cookie-banner [part="accept"]'));
        return `Welsh banner ${answered}`;
      },
    },
    {
      page: 'two-versions.html',
      expect: async (page, elements, console) => {
        const warnings = console.filter((m) => m.type === 'warning' && m.text.startsWith('Kith:'));
        need(warnings.length === 1, `one warning for the second copy, saw ${warnings.length}`);
        need(warnings[0].text.includes(pkg.version) && warnings[0].text.includes('0.0.9-other'), 'the warning names both versions');
        need(elements[0].text.includes('Stuck'), 'the first copy’s element still works');
        return warnings[0].text.slice(0, 90) + '…';
      },
    },
  ],
  'vite-vanilla': [
    {
      page: 'index.html',
      expect: async (page, elements) => {
        need(elements.find((e) => e.tag === 'kith-plan-editor').text.includes('What’s going well for our family'), 'the plan editor fetched its template chunk');
        const radar = await scoreOnRadar(page);
        return `${radar}; consent: ${await consentRuntime(page, page.locator('kith-cookie-banner [part="accept"]'))}`;
      },
    },
  ],
  'vite-react': [
    {
      page: 'index.html',
      expect: async (page, elements) => {
        need(elements.find((e) => e.tag === 'kith-relationship-map').text.includes('Karen'), 'the map wrapper passed people as a property');
        need(elements.find((e) => e.tag === 'kith-stage-badge').text.includes('Finding it hard'), 'React 19 set the raw element’s properties');
        const team = elements.find((e) => e.tag === 'kith-team-around').text;
        need(team.includes('Alex Rao') && !team.includes('PC Private'), 'the team wrapper passed the team; its family view left out the private member');
        await page.locator('kith-relationship-check [part="submit"]').click();
        await page.waitForFunction(() => document.getElementById('log')?.textContent === 'check visit-1 sent', undefined, { timeout: 10000 });
        await page.locator('kith-story #story-text').fill('The flat came through.');
        await page.locator('kith-story #use-service-learning').check();
        await page.locator('kith-story [part="save"]').click();
        await page.waitForFunction(() => document.getElementById('log')?.textContent === 'story saved: service-learning', undefined, { timeout: 10000 });
        await settledInWorker(page);
        const radar = await scoreOnRadar(page);
        return `${radar}; the team, the check (its onKithCheckSubmit called) and the story (onKithStoryChange); the map's force layout settled in the worker Vite emitted; consent: ${await consentRuntime(page, page.locator('kith-cookie-banner [part="accept"]'))}`;
      },
    },
  ],
  'vite-react18': [
    {
      page: 'index.html',
      expect: async (page, elements) => {
        const react = await page.locator('main').getAttribute('data-react');
        need(react?.startsWith('18.'), `React 18 on the page (found ${react})`);
        need(elements.find((e) => e.tag === 'kith-stage-badge').text.includes('Finding it hard'), 'the wrapper set the stages property');
        return `React ${react}: ${await scoreOnRadar(page)}`;
      },
    },
  ],
  'vite-vue': [
    {
      page: 'index.html',
      expect: async (page, elements) => {
        need(elements.find((e) => e.tag === 'kith-sharing-agreement').text.includes('Ysgol Glan Taf'), 'Vue passed the config as a property');
        return scoreOnRadar(page);
      },
    },
  ],
};

function need(condition, message) {
  if (!condition) throw new Error(message);
}

const executablePath = findChromium();
if (!executablePath) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
let passed = 0;
let failed = 0;
try {
  for (const [name, build] of Object.entries(builds)) {
    const dir = join(consumers, name);
    const started = Date.now();
    try {
      install(dir);
      build(dir);
    } catch (error) {
      failed += checks[name].length;
      console.log(`✗ ${name}: install, type-check or build failed\n${error.message}`);
      continue;
    }
    const size = buildSize(dir);
    console.log(`\n${name}: installed, type-checked and built in ${((Date.now() - started) / 1000).toFixed(1)} s; JavaScript ${(size.raw / 1024).toFixed(1)} kB, ${(size.gzip / 1024).toFixed(1)} kB gzip`);
    const server = await serve(join(dir, 'dist'));
    const origin = `http://127.0.0.1:${server.address().port}`;
    for (const check of checks[name]) {
      const page = await browser.newPage();
      const messages = [];
      const problems = [];
      page.on('console', (message) => {
        messages.push({ type: message.type(), text: message.text() });
        if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      // Counts what workers send the page: a force map should settle in the worker its build emitted.
      await page.addInitScript(() => {
        window.kithWorkerMessages = 0;
        const PageWorker = window.Worker;
        window.Worker = class extends PageWorker {
          constructor(url, options) {
            super(url, options);
            this.addEventListener('message', () => (window.kithWorkerMessages += 1));
          }
        };
      });
      try {
        await page.goto(`${origin}/${check.page}`);
        await page.waitForFunction(() => window.kithConsumerReady === true, undefined, { timeout: 20000 });
        const elements = await renderedElements(page);
        need(elements.length > 0, 'no Kith element on the page');
        for (const element of elements) need(element.defined && element.text.length > 0 && !element.error, `<${element.tag}> did not render (${element.text.slice(0, 120)})`);
        const said = await check.expect(page, elements, messages);
        need(problems.length === 0, problems.join('; '));
        passed += 1;
        console.log(`  ✓ ${check.page}: ${elements.map((e) => e.tag).join(', ')} — ${said}`);
      } catch (error) {
        failed += 1;
        console.log(`  ✗ ${check.page}: ${error.message}${problems.length ? ` (${problems.join('; ')})` : ''}`);
      } finally {
        await page.close();
      }
    }
    server.close();
  }
} finally {
  await browser.close();
  rmSync(packDir, { recursive: true, force: true });
}
console.log(`\nConsumers: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
