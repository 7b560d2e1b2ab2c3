// Mutation testing (`npm run test:mutation`, not part of `npm test`: it takes long). StrykerJS
// changes one spot of src/zoom or a vscode-free module of src/tree and src/documents at a time
// and runs the unit tests that cover it; a mutant that no test notices marks an untested
// behaviour. The tests are TypeScript compiled to out/, so the sandbox is compiled once with
// every mutant switched in (Stryker adds @ts-nocheck to mutated files) and each test file runs
// under node:test with TAP output. See docs/testing.md.
// On a shared 2-core machine: `nice -n 19 npx stryker run --concurrency 1`, or a slice:
// `... --mutate src/zoom/http.ts`.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'tap',
  plugins: ['@stryker-mutator/tap-runner'],
  tap: {
    // The suites that exercise the mutated folders. Not test/unit/sandbox (it tests the simulator
    // and would only slow each mutant down), nor the l10n and architecture checks (they read the
    // source text, which is instrumented in the sandbox, and test no behaviour of it).
    testFiles: ['out/test/unit/{zoom,tree,documents}/**/*.test.js', 'out/test/unit/redact.test.js'],
    // The per-test timeout ends a mutant that loops (e.g. a retry delay of 0) as a failure.
    nodeArgs: ['--test-reporter=tap', '--test-timeout=60000'],
    // A mutant is killed by its first failing test: skip the rest of the file.
    forceBail: true,
  },
  buildCommand: 'npx tsc -p tsconfig.test.json',
  coverageAnalysis: 'perTest',
  mutate: [
    'src/zoom/**/*.ts',
    // The modules of src/tree and src/documents that do not import vscode (the unit tests run
    // without it; the rest is covered by the extension-host suite).
    // The reference rows, commands and documents share (src/objectRef.ts) is vscode-free too.
    'src/objectRef.ts',
    'src/tree/csv.ts',
    'src/tree/markdown.ts',
    'src/tree/pager.ts',
    'src/tree/userText.ts',
    'src/documents/format.ts',
    'src/documents/request.ts',
    'src/documents/uri.ts',
    // Types and re-exports only: nothing to mutate that a test could see.
    '!src/zoom/index.ts',
    '!src/zoom/types.ts',
    // The words of the errors: text, not behaviour. Its rules (every template translated, written once)
    // are checked by test/unit/errorWords.test.ts, which reads the source and so cannot run on a mutant.
    '!src/zoom/errorWords.ts',
  ],
  // out/ is rebuilt in the sandbox, but the compiled unit tests stay in the file list: the tap
  // runner names each test by its out/ file, and the incremental run reuses a result only when
  // the tests that decided it are unchanged (so `npm run test:mutation` compiles them first).
  ignorePatterns: ['out/**', '!out/test/unit/**', 'dist', '.vscode-test', 'test-results', 'reports', '*.vsix'],
  // Reuse the results of earlier runs (slices included) for mutants whose code and covering test
  // files did not change; `--force` re-tests everything. Changes to the simulator (test/sandbox)
  // are not seen by this diff: run with --force after changing it.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  // Added to 1.5 x the covering tests' own time: a mutant that loops ends as a timeout (detected)
  // after about 10 s more than its tests need, instead of 20.
  timeoutMS: 10000,
  concurrency: 1,
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
