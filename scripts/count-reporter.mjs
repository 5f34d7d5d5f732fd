// Counts passed/failed/skipped tests across all sessions and writes them to
// KITH_TEST_COUNTS, so scripts/test.mjs can print one closing line for all
// runners. A file that fails to load counts as a failure, not as zero tests.
// The failures' names go with the counts: the closing lines name them, so a
// CI log cut to its tail still says which test failed.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts, file, names = []) {
  const path = suite.name ? [...names, suite.name] : names;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else {
      counts.failed += 1;
      counts.failures.push(`${file} › ${[...path, test.name].join(' › ')}${test.error?.message ? `: ${test.error.message.split('\n')[0]}` : ''}`);
    }
  }
  for (const child of suite.suites ?? []) countSuite(child, counts, file, path);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0, failures: [] };
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        if (session.testResults) countSuite(session.testResults, counts, file);
        if ((session.errors ?? []).length > 0 || (!session.passed && !session.testResults)) {
          counts.failed += 1;
          counts.failures.push(`${file}: ${session.errors?.[0]?.message?.split('\n')[0] ?? 'did not run'}`);
        }
      }
      if (process.env.KITH_TEST_COUNTS) writeFileSync(process.env.KITH_TEST_COUNTS, JSON.stringify(counts));
    },
  };
}
