// Prints one plain closing line, "tests: N passed, N failed, N skipped", as the very last line of the run, so that
// any tool reading the end of the log can count the run without knowing jest's format. Jest always adds its own
// summary after every configured reporter, hence the wait for the process to exit.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const line = `tests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`;
    process.once('exit', () => process.stdout.write(line));
  }
}
module.exports = SummaryReporter;
