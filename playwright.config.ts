import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: process.env.PW_OUTPUT_DIR ?? 'test-results',
  // Each test launches its own Chromium with the built extension and a fresh profile.
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  // No retries anywhere: a test that needs a second try is a failure, not a pass.
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The JSON report lets .ci/run count passed, failed and flaky tests exactly.
  reporter: [
    ['list'],
    ['json', { outputFile: `${process.env.PW_OUTPUT_DIR ?? 'test-results'}/results.json` }],
    ...(process.env.CI ? [['html', { open: 'never' }] as const] : []),
  ],
  use: {
    viewport: { width: 1280, height: 800 },
    // Recording a trace slows every test by about a quarter: off unless asked for (PW_TRACE=1 keeps the
    // traces of failed tests; `npx playwright show-trace` opens them).
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
});
