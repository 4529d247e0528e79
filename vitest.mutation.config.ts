import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

/**
 * The unit tests that mutation testing runs (`stryker.config.mjs`): those of the mutated code's own folders.
 * The locator's benchmark (it prints timings and asserts little, in a second per run) and the popup's and
 * options page's React tests (they reach the mutated code only through the store) are left out: every
 * mutant they cover would pay for them, and the code's own tests must kill its mutants.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      include: ['utils/**/__tests__/**/*.test.ts', 'tours/**/__tests__/**/*.test.ts'],
      exclude: ['utils/locator/__tests__/benchmark.test.ts'],
    },
  }),
);
