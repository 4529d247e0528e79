import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { commandFromPage, expectStep, startInviteTour, storedProgress } from './guide';
import { APP_HOME } from './inviteFlow';

const TOUR = 'invite-users';

async function doneSteps(page: Page): Promise<string[]> {
  const stored = (await storedProgress(page.context())) as {
    progress?: { tours: Record<string, { done: Record<string, number> }> };
  };
  return Object.keys(stored.progress?.tours[TOUR]?.done ?? {}).sort();
}

test.describe('undo of a reset', () => {
  test('a step done in a Mixpanel tab after the popup reset survives the popup Undo', async ({
    context,
    extensionId,
    openPopup,
    openMixpanel,
  }) => {
    const popup = await openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    // Steps 2 and 3 done, step 1 not yet.
    await commandFromPage(popup, { type: 'start' });
    await commandFromPage(popup, { type: 'completeStep', stepId: 'open-users-and-teams' });
    await commandFromPage(popup, { type: 'completeStep', stepId: 'open-invite-dialog' });
    await expect(popup.getByText('2 of 8 steps done', { exact: true })).toBeVisible();

    await popup.getByRole('button', { name: 'Reset progress' }).click();
    await popup.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(popup.getByText('0 of 8 steps done', { exact: true })).toBeVisible();
    const undo = popup.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    expect(await doneSteps(popup)).toEqual([]);

    // Meanwhile, in a Mixpanel tab, the tour is begun again and step 1 done on the real page.
    await startInviteTour(context, extensionId);
    const page = await openMixpanel(APP_HOME);
    await expectStep(page, 1, 'Open Settings');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expectStep(page, 2, 'Open Users & Teams');
    expect(await doneSteps(popup)).toEqual(['open-settings']);

    await popup.bringToFront();
    await undo.click();
    await expect(popup.getByText('Progress restored.')).toBeVisible();
    expect(await doneSteps(popup)).toEqual(['open-invite-dialog', 'open-settings', 'open-users-and-teams']);
    await expect(popup.getByText('3 of 8 steps done', { exact: true })).toBeVisible();
  });
});
