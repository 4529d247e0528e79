import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/__tests__/**/*.test.ts', '**/__tests__/**/*.test.tsx'],
    exclude: ['node_modules/**', '.output/**', '.wxt/**', '.stryker-tmp/**', 'tests/e2e/**'],
    // Tests share the fake browser's global state: each one starts from `fakeBrowser.reset()`.
    restoreMocks: true,
    setupFiles: ['utils/__tests__/setupFakeBrowser.ts'],
  },
});
