#!/usr/bin/env node
// `npm test`: every test in headless Chromium, then one closing line.
//   1. unit + component tests (@web/test-runner)
//   2. every Storybook story rendered and axe-checked (Storybook's Vitest addon)
// Pass --unit or --stories to run one part. Extra args go to web-test-runner.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT } from './chromium.mjs';

const args = process.argv.slice(2);
const only = args.includes('--unit') ? 'unit' : args.includes('--stories') ? 'stories' : null;
const passThrough = args.filter((arg) => arg !== '--unit' && arg !== '--stories');

const chromium = findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
process.env.CHROME_PATH = chromium;

const bin = (name) => join('node_modules', '.bin', name);
const scratch = mkdtempSync(join(tmpdir(), 'kith-test-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Which tests failed, named again just above the closing line. */
const failures = [];
let runnerFailed = false;

function run(command, commandArgs, env = {}) {
  const result = spawnSync(command, commandArgs, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) runnerFailed = true;
  return result.status;
}

if (only !== 'stories') {
  const countsFile = join(scratch, 'wtr.json');
  run(bin('web-test-runner'), ['--config', 'web-test-runner.config.mjs', ...passThrough], { KITH_TEST_COUNTS: countsFile });
  if (existsSync(countsFile)) {
    const counts = JSON.parse(readFileSync(countsFile, 'utf8'));
    for (const key of Object.keys(totals)) totals[key] += counts[key];
    failures.push(...counts.failures);
  } else {
    console.error('web-test-runner ended without reporting any result.');
    totals.failed += 1;
  }
}

if (only !== 'unit') {
  // Stories read the generated custom-elements.json for their docs.
  run(process.execPath, ['scripts/analyze.mjs']);
  const report = join(scratch, 'stories.json');
  run(bin('vitest'), ['run', '--project=storybook', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + (json.numTodoTests ?? 0);
    // A story file that fails to load has no tests but is a failure.
    totals.failed += json.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0).length;
    for (const file of json.testResults) {
      const name = file.name.replace(`${process.cwd()}/`, '');
      if (file.status === 'failed' && file.assertionResults.length === 0) failures.push(`${name}: ${file.message?.split('\n')[0] ?? 'did not load'}`);
      for (const test of file.assertionResults) {
        if (test.status === 'failed') failures.push(`${name} › ${test.fullName}: ${test.failureMessages?.[0]?.split('\n')[0] ?? ''}`);
      }
    }
  } else {
    console.error('Storybook tests ended without reporting any result.');
    totals.failed += 1;
  }
}

if (runnerFailed && totals.failed === 0) totals.failed = 1; // a runner crashed without counting it
if (failures.length > 0) console.log(`\nFailed:\n${failures.map((name) => `  ✗ ${name}`).join('\n')}`);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`\n${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 || totals.passed === 0 ? 1 : 0);
