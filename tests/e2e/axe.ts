import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe-core for one page, run inside the page (legacy mode). The default mode merges frame results in a
 * blank page it opens for each run, which costs 1.5–2.5 s a run here; none of the pages tested have
 * frames, so the results are the same (checked: the same passes and violations on the options page).
 */
export function axe(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).setLegacyMode(true);
}
