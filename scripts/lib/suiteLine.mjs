// The one line every suite runner prints last, and test-all reads: "<suite>: N passed, N failed".
export const formatCounts = (passed, failed) => `${passed} passed, ${failed} failed`;
export const formatSuiteLine = (suite, passed, failed) => `${suite}: ${formatCounts(passed, failed)}`;

/** Counts from the last "N passed, N failed" line in `text`, or undefined when there is none. */
export function parseSuiteLine(text) {
  const all = [...text.matchAll(/(\d+) passed, (\d+) failed/g)];
  const last = all.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
}
