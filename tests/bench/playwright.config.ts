import { defineConfig } from '@playwright/test';

/** `npm run bench`: measurements that print figures; nothing here asserts a time. */
export default defineConfig({
  testDir: '.',
  outputDir: process.env.PW_OUTPUT_DIR ?? '../../test-results/bench',
  workers: 1,
  timeout: 180_000,
  reporter: [['list']],
  use: { viewport: { width: 1280, height: 800 } },
});
