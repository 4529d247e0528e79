/// <reference types="chrome" />
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { axe } from './axe';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { disturbInviteUsersButton, expectStep, startInviteTour } from './guide';
import { pageOfStep, performStep } from './inviteFlow';

const ARTIFACTS = path.resolve('tests/.artifacts');
const TIMES = 'Step times of "Invite a user to Mixpanel"';
/** A duration as the section writes it in English ("1.6 sec", "12 sec", "2 min, 5 sec"). */
const DURATION = /^\d+(\.\d)? sec$|^\d+ min(, \d+ sec)?$/;

async function lookAt(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.locator('#stall').scrollIntoViewIfNeeded();
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await axe(page).include('#stall').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    await page
      .locator('#stall')
      .screenshot({ path: path.join(ARTIFACTS, `stall-${name}-${colorScheme}.png`) });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('where people stall', () => {
  test('a step done on the page and one ticked by hand show on the options page with their times; reset clears them, undo brings them back', async ({
    context,
    extensionId,
    openMixpanel,
    openOptions,
  }) => {
    // The by-hand tick is offered only once the missing button has been looked for a while.
    test.setTimeout(180_000);
    const options = await openOptions();
    const section = options.getByRole('region', { name: 'Where people stall' });
    await expect(section).toContainText('No step times yet.');
    await lookAt(options, 'empty');

    await startInviteTour(context, extensionId, 1);
    const page = await openMixpanel(pageOfStep(2));
    await expectStep(page, 2, 'Open Users & Teams');
    // The new admin looks around for a moment before finding the link.
    await page.waitForTimeout(1500);
    await performStep(page, 2);

    const card = await expectStep(page, 3, 'Start an invitation');
    // A Member (not an Admin) has no "+ Invite Users": they invite another way and tick the step by hand.
    await disturbInviteUsersButton(page, 'remove');
    await card.getByRole('button', { name: "I've done this" }).click({ timeout: 15_000 });
    await expectStep(page, 4, 'Enter their e-mail address');

    await options.bringToFront();
    const table = section.getByRole('table', { name: TIMES });
    await expect(table.getByRole('row')).toHaveCount(3);
    const byAction = table.getByRole('row', { name: /^2\. Open Users & Teams/ });
    const byHand = table.getByRole('row', { name: /^3\. Start an invitation/ });
    const cells = (row: typeof byAction) => row.getByRole('cell');
    // Median, slowest, timed, ticked by hand.
    await expect(cells(byAction).nth(0)).toHaveText(DURATION);
    const median = (await cells(byAction).nth(0).textContent()) ?? '';
    expect(Number.parseFloat(median)).toBeGreaterThanOrEqual(1.5);
    await expect(cells(byAction).nth(1)).toHaveText(median);
    await expect(cells(byAction).nth(2)).toHaveText('1');
    await expect(cells(byAction).nth(3)).toHaveText('0');
    // Its card waited for the button to be missing for good before offering the tick.
    await expect(cells(byHand).nth(0)).toHaveText(DURATION);
    await expect(cells(byHand).nth(3)).toHaveText('1');
    await expect(section.getByRole('listitem')).toHaveText(['3. Start an invitation: 1 of 1 times']);
    await expect(section).toContainText('Runs recorded: 1');
    await lookAt(options, 'two-steps');

    await options.getByRole('button', { name: 'Reset this tour' }).click();
    await options.getByRole('button', { name: 'Reset tour' }).click();
    await expect(section).toContainText('No step times yet.');
    await expect(table).toHaveCount(0);

    await options
      .getByRole('button', { name: 'Undo: Progress of "Invite a user to Mixpanel" was reset.' })
      .click();
    await expect(table.getByRole('row')).toHaveCount(3);
    await expect(cells(byAction).nth(0)).toHaveText(median);
  });
});
