import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe-core for one page, run inside the page (legacy mode). The default mode merges frame results in a
 * blank page it opens for each run, which costs 1.5–2.5 s a run here; none of the pages tested have
 * frames, so the results are the same (checked: the same passes and violations on the options page).
 * It analyzes once the page's finite animations and transitions have ended: right after a theme switch,
 * buttons are still fading between the two themes' colours (120 ms), and axe measured the contrast of
 * that in-between colour once in a CI run.
 */
export function axe(page: Page): AxeBuilder {
  return new SettledAxeBuilder(page);
}

class SettledAxeBuilder extends AxeBuilder {
  constructor(private readonly settledPage: Page) {
    super({ page: settledPage });
    this.setLegacyMode(true);
  }

  override async analyze(): ReturnType<AxeBuilder['analyze']> {
    await this.settledPage.waitForFunction(() =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
    );
    return super.analyze();
  }
}
