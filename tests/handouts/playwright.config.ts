import { defineConfig } from '@playwright/test';

/** `npm run handouts`: printable handouts of every tour (HTML and PDF, A4 and Letter) in handouts/. */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/handouts',
  workers: 1,
  timeout: 180_000,
  reporter: [['list']],
});
