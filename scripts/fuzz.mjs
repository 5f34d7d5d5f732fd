#!/usr/bin/env node
// `npm run fuzz`: the element fuzz suites at depth — KITH_FUZZ_RUNS cases
// per family (10,000 unless set), with the counts printed at the end.
// KITH_FUZZ_ONLY='radar|map' runs only the families whose names match (the others are skipped).
import { spawnSync } from 'node:child_process';

const runs = process.env.KITH_FUZZ_RUNS ?? '10000';
const result = spawnSync(process.execPath, ['scripts/test.mjs', '--unit', '--files', 'test/reliability/fuzz.test.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, KITH_FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
