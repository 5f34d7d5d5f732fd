#!/usr/bin/env node
// `npm run fuzz`: the element fuzz suites at depth — KITH_FUZZ_RUNS cases
// per family (10,000 unless set), with the counts printed at the end — and
// the privacy rules (a twentieth as many cases each: every case mounts,
// exports and server-renders), in Chromium.
// KITH_FUZZ_ONLY='radar|map' runs only the families whose names match (the others are skipped).
import { spawnSync } from 'node:child_process';

const runs = process.env.KITH_FUZZ_RUNS ?? '10000';
const result = spawnSync(process.execPath, ['scripts/test.mjs', '--unit', '--engine=chromium', '--no-shifted-clock', '--files', 'test/reliability/fuzz.test.ts', 'test/privacy/privacy.test.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, KITH_FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
