// Mutation testing: `npm run test:mutation`. See the README's "Mutation testing" paragraph.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  // Each mutant runs only the tests that covered it.
  coverageAnalysis: 'perTest',
  // Mutants in module-level code (constants, tables) would need every related test file per mutant:
  // about 13 % of the mutants for well over half of the time. They are left out (reported as ignored).
  ignoreStatic: true,
  mutate: [
    'utils/progress/**/*.ts',
    'utils/shareLink*.ts',
    'utils/policy.ts',
    'utils/locator/**/*.ts',
    'utils/background/**/*.ts',
    '!**/__tests__/**',
    '!**/*.test.ts',
  ],
  // The machine is shared: two workers at most.
  concurrency: 2,
  // Re-runs test only mutants whose code or tests changed since the last run.
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
