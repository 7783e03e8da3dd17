// Ends a test run with one plain line, "N passed, N failed, N skipped", summed over every browser, so the
// outcome can be read at a glance (and by CI) after the runner's own report.
export function summaryReporter() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const count = (suite) => {
    for (const test of suite.tests) {
      if (test.skipped) skipped += 1;
      else if (test.passed) passed += 1;
      else failed += 1;
    }
    for (const child of suite.suites) count(child);
  };
  return {
    onTestRunFinished({ sessions }) {
      for (const session of sessions) {
        if (session.testResults) count(session.testResults);
        // A file that failed to load has no results but errors; count it as a failure, not as nothing.
        else if (session.errors?.length) failed += 1;
      }
    },
    stop() {
      console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
    }
  };
}
