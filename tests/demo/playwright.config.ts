import { defineConfig } from '@playwright/test';

/** `npm run demo`: the extension on the built-in replica of Mixpanel, in a window or as screenshots. */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/demo',
  workers: 1,
  timeout: 0,
  reporter: [['list']],
});
