// A quick lower bound of the mutation score: the same mutants as stryker.config.mjs, tested only
// by the unit test files that run in-process (no simulator), so a mutant costs a fraction of a
// second. A mutant killed here is killed by the full suite too; one that survives here may still
// be killed by a simulator suite (the retry policy of http.ts is tested only there). So the score
// is at most the full run's: when it reaches the target, so does the full run. Its results go to
// reports/quick/ and its own incremental file, so they never stand in for the full run's.
// `nice -n 19 npx stryker run stryker.quick.config.mjs [--mutate src/zoom/http.ts]`
import full from './stryker.config.mjs';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  ...full,
  tap: {
    ...full.tap,
    testFiles: [
      'out/test/unit/zoom/{authRules,errors,httpEdges,httpPolicy,json,pageWalkRules,paginateRules,portal,scheduler,schedulerRules,urls,validateRules}.test.js',
      'out/test/unit/{tree,documents}/*.test.js',
      'out/test/unit/redact.test.js',
    ],
  },
  incrementalFile: 'reports/quick/stryker-incremental.json',
  htmlReporter: { fileName: 'reports/quick/index.html' },
  jsonReporter: { fileName: 'reports/quick/mutation.json' },
};
