// Counts passed/failed/skipped tests across all sessions and writes them to
// KITH_TEST_COUNTS, so scripts/test.mjs can print one closing line for all
// runners. A file that fails to load counts as a failure, not as zero tests.
import { writeFileSync } from 'node:fs';

function countSuite(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) countSuite(child, counts);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        if ((session.errors ?? []).length > 0 || (!session.passed && !session.testResults)) counts.failed += 1;
      }
      if (process.env.KITH_TEST_COUNTS) writeFileSync(process.env.KITH_TEST_COUNTS, JSON.stringify(counts));
    },
  };
}
