#!/usr/bin/env node
// `npm test`: every test in real browsers, then one line per engine and one closing line.
//   1. unit + component tests (@web/test-runner), in Chromium, Firefox and WebKit
//   2. every Storybook story rendered and axe-checked (Storybook's Vitest addon, Chromium)
//   3. 1 and 2 again in Chromium with the machine's clock 400 days ahead
//      (libfaketime), proving no test depends on the date it runs on
// It first makes what the suites read (custom-elements.json), so a fresh
// clone needs nothing else run first.
//
// Options: --unit or --stories runs one part; --engine=firefox (or a comma
// list) picks engines; --no-shifted-clock skips part 3. KITH_REQUIRE_SHIFTED_CLOCK=1
// (CI) makes a missing faketime a failure rather than a skip. Other
// arguments go to web-test-runner (e.g. --files test/stage-badge.test.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINES, findEngine, INSTALL_HINTS } from './engines.mjs';

/** How far the second run moves the clock: past any “in N days” a fixture means, and into another year. */
const SHIFTED_CLOCK = '+400d';

const args = process.argv.slice(2);
const flag = (name) => args.includes(name);
const option = (name) => args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
const only = flag('--unit') ? 'unit' : flag('--stories') ? 'stories' : null;
const engines = (option('--engine') ?? process.env.KITH_ENGINES ?? ENGINES.join(',')).split(',').filter(Boolean);
const shifted = !flag('--no-shifted-clock') && engines.includes('chromium');
const passThrough = args.filter((arg) => !['--unit', '--stories', '--no-shifted-clock'].includes(arg) && !arg.startsWith('--engine='));

for (const engine of engines) {
  if (!ENGINES.includes(engine)) {
    console.error(`Unknown engine “${engine}”: use ${ENGINES.join(', ')}.`);
    process.exit(1);
  }
  if (!findEngine(engine)) {
    console.error(INSTALL_HINTS[engine]);
    process.exit(1);
  }
}
process.env.CHROME_PATH = findEngine('chromium') ?? '';

const bin = (name) => join('node_modules', '.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'kith-test-'));
/** One tally per line of the closing report: an engine, or the shifted-clock run. */
const tallies = new Map();
/** Which tests failed, named again just above the closing lines. */
const failures = [];

function tally(name) {
  if (!tallies.has(name)) tallies.set(name, { passed: 0, failed: 0, skipped: 0 });
  return tallies.get(name);
}

/** Runs a command with the terminal's output; true when it exits 0. */
function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function componentTests(name, engine, prefix = []) {
  const countsFile = join(scratch, `wtr-${name.replace(/\W+/g, '-')}.json`);
  const [command, ...rest] = [...prefix, bin('web-test-runner'), '--config', 'web-test-runner.config.mjs', ...passThrough];
  let ok = run(command, rest, { KITH_TEST_COUNTS: countsFile, KITH_ENGINE: engine });
  // The runner itself died (no result at all, not a failed test: CI once saw WebKit's end this way
  // after 397 passes, and pass whole on the same commit): run it once more, and say so.
  if (!existsSync(countsFile)) {
    console.error(`web-test-runner (${name}) ended without reporting any result: running it once more.`);
    ok = run(command, rest, { KITH_TEST_COUNTS: countsFile, KITH_ENGINE: engine });
  }
  const counts = tally(name);
  if (!existsSync(countsFile)) {
    console.error(`web-test-runner (${name}) ended without reporting any result.`);
    counts.failed += 1;
    failures.push(`${name}: web-test-runner reported nothing`);
    return;
  }
  const found = JSON.parse(readFileSync(countsFile, 'utf8'));
  for (const key of ['passed', 'failed', 'skipped']) counts[key] += found[key];
  failures.push(...found.failures.map((failure) => `${name} › ${failure}`));
  if (!ok && found.failed === 0) {
    counts.failed += 1;
    failures.push(`${name}: web-test-runner failed without a failed test`);
  }
}

function storyTests(name, prefix = []) {
  const report = join(scratch, `stories-${name.replace(/\W+/g, '-')}.json`);
  const [command, ...rest] = [...prefix, bin('vitest'), 'run', '--project=storybook', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`];
  const ok = run(command, rest);
  const counts = tally(name);
  if (!existsSync(report)) {
    console.error(`Storybook tests (${name}) ended without reporting any result.`);
    counts.failed += 1;
    failures.push(`${name}: the story tests reported nothing`);
    return;
  }
  const json = JSON.parse(readFileSync(report, 'utf8'));
  const unloaded = json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
  counts.passed += json.numPassedTests;
  counts.failed += json.numFailedTests + unloaded.length; // a story file that fails to load has no tests but is a failure
  counts.skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  for (const file of json.testResults) {
    const path = file.name.replace(`${process.cwd()}/`, '');
    if (unloaded.includes(file)) failures.push(`${name} › ${path}: ${file.message?.split('\n')[0] ?? 'did not load'}`);
    for (const test of file.assertionResults) {
      if (test.status === 'failed') failures.push(`${name} › ${path} › ${test.fullName}: ${test.failureMessages?.[0]?.split('\n')[0] ?? ''}`);
    }
  }
  // A runner that ends badly without a failed test still counts one.
  if (!ok && json.numFailedTests + unloaded.length === 0) {
    counts.failed += 1;
    failures.push(`${name}: the story tests failed without a failed test`);
  }
}

// What the suites read and only a build would otherwise make: the manifest
// (fuzz and XSS suites, Storybook's docs) and the framework wrappers.
if (!run(process.execPath, ['scripts/analyze.mjs'])) {
  tally('setup').failed += 1;
  failures.push('setup: scripts/analyze.mjs (custom-elements.json) failed');
}

if (only !== 'stories') for (const engine of engines) componentTests(engine, engine);
if (only !== 'unit' && engines.includes('chromium')) storyTests('chromium');

if (shifted) {
  const name = `chromium, clock ${SHIFTED_CLOCK.replace('d', ' days')}`;
  const faketime = ['/usr/bin/faketime', '/usr/local/bin/faketime'].find((path) => existsSync(path));
  if (faketime) {
    // The whole run (server, browser, Storybook) sees the later date; Kith's fixed clock must make it irrelevant.
    const prefix = [faketime, '-f', SHIFTED_CLOCK];
    if (only !== 'stories') componentTests(name, 'chromium', prefix);
    if (only !== 'unit') storyTests(name, prefix);
  } else if (process.env.KITH_REQUIRE_SHIFTED_CLOCK) {
    tally(name).failed += 1;
    failures.push(`${name}: faketime is not installed (apt-get install -y faketime)`);
  } else {
    console.log(`\n(${name}: not run — faketime is not installed; apt-get install -y faketime)`);
  }
}

const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
const total = { passed: 0, failed: 0, skipped: 0 };
for (const counts of tallies.values()) for (const key of Object.keys(total)) total[key] += counts[key];
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((failure) => `  ✗ ${failure}`).join('\n')}`);
console.log('');
for (const [name, counts] of tallies) if (name !== 'setup') console.log(`${name}: ${line(counts)}`);
console.log(line(total));
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
