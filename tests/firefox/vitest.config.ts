import { defineConfig } from 'vitest/config';

// Real Firefox (Debian's firefox-esr over WebDriver BiDi) with the built add-on: `npm run test:firefox`.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
