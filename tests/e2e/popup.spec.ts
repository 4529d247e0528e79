/// <reference types="chrome" />
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { axe } from './axe';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectStep, storedProgress, commandFromPage, progressAtStep, sendFromPage } from './guide';

const TOUR = 'invite-users';
const ARTIFACTS = path.resolve('tests/.artifacts');

const send = sendFromPage;
const command = commandFromPage;

async function tourProgress(page: Page) {
  const stored = (await storedProgress(page.context())) as {
    progress?: { tours: Record<string, { status: string; currentStep: number; done: object }> };
  };
  return stored.progress?.tours[TOUR];
}

/** Zero axe violations and a screenshot, in the light and the dark theme. */
async function checkLooks(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await axe(page).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    await page.screenshot({ path: path.join(ARTIFACTS, `popup-${name}-${colorScheme}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

function stepButton(page: Page, n: number, title: string) {
  return page.getByRole('button', { name: `Go to step ${n}: ${title}`, exact: true });
}

test.describe('the popup', () => {
  test('a new admin sees the tour not started, "Start tour", and all eight steps to do', async ({
    openPopup,
  }) => {
    const popup = await openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });

    await expect(popup.getByRole('heading', { level: 1, name: 'Invite a user to Mixpanel' })).toBeVisible();
    await expect(popup.getByText('0 of 8 steps done', { exact: true })).toBeVisible();
    const bar = popup.getByRole('progressbar', { name: 'Tour progress' });
    await expect(bar).toHaveAttribute('aria-valuenow', '0');
    await expect(bar).toHaveAttribute('aria-valuemax', '8');
    await expect(popup.getByRole('button', { name: 'Start tour' })).toBeVisible();
    await expect(popup.getByRole('button', { name: /^(Resume|Restart) tour$/ })).toHaveCount(0);
    const steps = popup.getByRole('region', { name: 'Steps' });
    await expect(steps.getByRole('listitem')).toHaveCount(8);
    // The other tours, each with its progress and its own main action.
    const others = popup.getByRole('region', { name: 'Other tours' });
    await expect(others.getByRole('listitem')).toHaveText([
      /Resend an invitation\s*0 of 4 steps done\s*Start/,
      /Change someone's role\s*0 of 5 steps done\s*Start/,
      /Invite several people at once\s*0 of 6 steps done\s*Start/,
    ]);
    await expect(others.getByRole('button', { name: 'Start: Resend an invitation' })).toBeVisible();
    await expect(stepButton(popup, 1, 'Open Settings')).toHaveAccessibleDescription('To do');
    await expect(stepButton(popup, 8, 'Check the pending invitation')).toHaveAccessibleDescription('To do');
    // Nothing to reset yet.
    await expect(popup.getByRole('button', { name: 'Reset progress' })).toHaveCount(0);

    await checkLooks(popup, 'not-started');

    // Someone who asked their system for less motion gets none.
    const fill = popup.locator('.progress-bar-fill');
    expect(await fill.evaluate((el) => getComputedStyle(el).transitionDuration)).not.toBe('0s');
    await popup.emulateMedia({ reducedMotion: 'reduce' });
    expect(await fill.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
  });

  test('an admin at step 3 sees two steps done, step 3 current, and "Resume tour"', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    await progressAtStep(popup, 3);

    await expect(popup.getByText('2 of 8 steps done', { exact: true })).toBeVisible();
    await expect(popup.getByRole('progressbar', { name: 'Tour progress' })).toHaveAttribute(
      'aria-valuenow',
      '2',
    );
    await expect(popup.getByText('In progress', { exact: true })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Resume tour' })).toBeVisible();
    await expect(popup.getByText('Continues at step 3: Start an invitation.')).toBeVisible();
    await expect(stepButton(popup, 1, 'Open Settings')).toHaveAccessibleDescription('Done');
    await expect(stepButton(popup, 2, 'Open Users & Teams')).toHaveAccessibleDescription('Done');
    await expect(stepButton(popup, 3, 'Start an invitation')).toHaveAccessibleDescription('Current step');
    await expect(stepButton(popup, 4, 'Enter their e-mail address')).toHaveAccessibleDescription('To do');

    await checkLooks(popup, 'in-progress');
  });

  test('an admin who closed the tour half-way is offered "Resume tour" too', async ({ openPopup }) => {
    const popup = await openPopup();
    await progressAtStep(popup, 4);
    await command(popup, { type: 'dismiss' });

    await expect(popup.getByText('Paused', { exact: true })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Resume tour' })).toBeVisible();
    await expect(stepButton(popup, 4, 'Enter their e-mail address')).toHaveAccessibleDescription(
      'Current step',
    );
  });

  test('an admin who finished sees 8 of 8 and "Restart tour"', async ({ openPopup }) => {
    const popup = await openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    await progressAtStep(popup, 9);

    await expect(popup.getByText('8 of 8 steps done', { exact: true })).toBeVisible();
    await expect(popup.getByText('Completed', { exact: true })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Restart tour' })).toBeVisible();
    for (const [i, title] of [
      'Open Settings',
      'Send the invitation',
      'Check the pending invitation',
    ].entries()) {
      await expect(stepButton(popup, [1, 7, 8][i]!, title)).toHaveAccessibleDescription('Done');
    }

    await checkLooks(popup, 'completed');
  });

  test('a notice about unreadable progress shows at the top until dismissed', async ({
    openPopup,
    serviceWorker,
  }) => {
    // Damaged progress, as a crash or a bad sync might leave it; the background finds it on its next read.
    await serviceWorker.evaluate(() =>
      chrome.storage.local.set({ progress: 'garbage', progress$: { v: 2 } }),
    );
    const popup = await openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    expect((await send(popup, 'getProgress')).ok).toBe(true);

    const notices = popup.getByRole('list', { name: 'Notices' });
    await expect(notices).toContainText('Your saved progress could not be read, so the guide starts over.');
    await expect(popup.getByRole('button', { name: 'Start tour' })).toBeVisible();
    await checkLooks(popup, 'notice');

    await notices.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notices).toHaveCount(0);
    const stored = (await storedProgress(popup.context())) as { notices: unknown[] };
    expect(stored.notices).toEqual([]);
  });

  test('"Start tour" away from Mixpanel opens Mixpanel with the tour running and closes the popup', async ({
    context,
    openPopup,
  }) => {
    const popup = await openPopup();
    const newTab = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Start tour' }).click();

    const mixpanel = await newTab;
    // The tour opens at the app's home, where step 1 (open Settings) is still to do: the admin sees the gear.
    await expect(mixpanel).toHaveURL(/^https:\/\/mixpanel\.com\/project\/\d+\/view\/\d+\/app\/home$/);
    await expectStep(mixpanel, 1, 'Open Settings');
    expect((await tourProgress(mixpanel))!.done).toEqual({});
    await expect.poll(() => popup.isClosed()).toBe(true);
  });

  test('"Go to step 5" on a Mixpanel tab starts the tour at step 5 in that tab', async ({
    context,
    openMixpanel,
    openPopup,
  }) => {
    const popup = await openPopup();
    await progressAtStep(popup, 3);
    await command(popup, { type: 'dismiss' });
    const mixpanel = await openMixpanel('/settings/org');
    // The popup opens over the tab the user is on: that tab is the active one.
    await mixpanel.bringToFront();
    const pagesBefore = context.pages().length;

    await stepButton(popup, 5, 'Choose their roles').click();

    await expectStep(mixpanel, 5, 'Choose their roles');
    expect(await tourProgress(mixpanel)).toMatchObject({ status: 'in_progress', currentStep: 4 });
    expect(context.pages().filter((page) => page.url().startsWith('https://')).length).toBe(1);
    expect(context.pages().length).toBeLessThanOrEqual(pagesBefore);
  });

  test('"Restart tour" clears the ticks and starts the tour again from the beginning', async ({
    context,
    openPopup,
  }) => {
    const popup = await openPopup();
    await progressAtStep(popup, 9);
    const newTab = context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Restart tour' }).click();

    const mixpanel = await newTab;
    await expect(mixpanel).toHaveURL(/^https:\/\/mixpanel\.com\/project\//);
    // Nothing of the finished tour is left: step 1 is to do again, at the app's home.
    await expectStep(mixpanel, 1, 'Open Settings');
    const progress = (await tourProgress(mixpanel))!;
    expect(progress).toMatchObject({ status: 'in_progress', currentStep: 0 });
    expect(Object.keys(progress.done)).toEqual([]);
  });

  test('reset asks first, Cancel keeps everything, Reset clears, and Undo puts it back', async ({
    openPopup,
  }) => {
    const popup = await openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    await progressAtStep(popup, 4);
    const before = await tourProgress(popup);

    const resetButton = popup.getByRole('button', { name: 'Reset progress' });
    await resetButton.click();
    const confirm = popup.getByRole('group', { name: 'Reset all progress for this tour?' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(resetButton).toBeFocused();
    expect(await tourProgress(popup)).toEqual(before);

    // Escape is a cancel too.
    await resetButton.click();
    await popup.keyboard.press('Escape');
    await expect(confirm).toHaveCount(0);
    expect(await tourProgress(popup)).toEqual(before);

    await resetButton.click();
    await confirm.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect(popup.getByRole('status').getByText('Progress reset.')).toBeVisible();
    await expect(popup.getByText('0 of 8 steps done', { exact: true })).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Start tour' })).toBeVisible();
    expect(await tourProgress(popup)).toMatchObject({ status: 'not_started', done: {} });
    const undo = popup.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeFocused();
    await checkLooks(popup, 'after-reset');

    await undo.click();
    await expect(popup.getByText('Progress restored.')).toBeVisible();
    await expect(popup.getByText('3 of 8 steps done', { exact: true })).toBeVisible();
    // As it was, but for the time of the change (which never goes backwards).
    expect({ ...(await tourProgress(popup)), updatedAt: 0 }).toEqual({ ...before, updatedAt: 0 });
  });

  test('Undo goes away after a few seconds, and the reset stays', async ({ openPopup }) => {
    const popup = await openPopup();
    await progressAtStep(popup, 2);
    await popup.getByRole('button', { name: 'Reset progress' }).click();
    await popup.getByRole('button', { name: 'Reset', exact: true }).click();
    const undo = popup.getByRole('button', { name: 'Undo' });
    await expect(undo).toBeVisible();
    // While the user is on it, it waits for them.
    await popup.waitForTimeout(7000);
    await expect(undo).toBeVisible();

    await popup.mouse.move(0, 0);
    await undo.blur();
    await expect(undo).toHaveCount(0, { timeout: 8000 });
    expect(await tourProgress(popup)).toMatchObject({ status: 'not_started', done: {} });
  });

  test('works from the keyboard alone: Tab to the main button, then the steps; Enter starts there', async ({
    context,
    openPopup,
  }) => {
    const popup = await openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    await progressAtStep(popup, 3);
    await expect(popup.getByRole('button', { name: 'Resume tour' })).toBeVisible();

    await popup.keyboard.press('Tab');
    await expect(popup.getByRole('button', { name: 'Resume tour' })).toBeFocused();
    for (const [n, title] of [
      'Open Settings',
      'Open Users & Teams',
      'Start an invitation',
      'Enter their e-mail address',
    ].entries()) {
      await popup.keyboard.press('Tab');
      await expect(stepButton(popup, n + 1, title)).toBeFocused();
    }
    await mkdir(ARTIFACTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      await popup.screenshot({ path: path.join(ARTIFACTS, `popup-keyboard-focus-${colorScheme}.png`) });
    }

    const newTab = context.waitForEvent('page');
    // Enter activates the button on key down; by key up the popup has closed itself.
    await popup.keyboard.down('Enter');
    // No address of step 4's page was seen yet: the tab opens the app's home and the card shows the way.
    await expect(await newTab).toHaveURL(/^https:\/\/mixpanel\.com\/project\/\d+\/view\/\d+\/app\/home$/);
    await expect.poll(async () => (await tourProgress(await newTab))?.currentStep).toBe(3);
  });

  test('Help shows the FAQ, and "All options" opens the options page', async ({ context, openPopup }) => {
    const popup = await openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    const help = popup.getByRole('button', { name: 'Help' });
    await expect(help).toHaveAttribute('aria-expanded', 'false');
    await help.click();
    await expect(help).toHaveAttribute('aria-expanded', 'true');
    await expect(popup.getByRole('heading', { level: 2, name: 'Help with inviting users' })).toBeVisible();
    await popup.getByText('How do I change someone').click();
    await expect(popup.getByText('click the user, then the pencil')).toBeVisible();
    await checkLooks(popup, 'help');

    const optionsTab = context.waitForEvent('page');
    await popup.getByRole('link', { name: 'All options' }).click();
    await expect(await optionsTab).toHaveURL(/\/options\.html$/);
  });

  test('Help answers a wrong address, lapsed invitations, custom roles and seats, saying what Mixpanel leaves open', async ({
    openPopup,
  }) => {
    const popup = await openPopup();
    await popup.getByRole('button', { name: 'Help' }).click();
    const answers: [question: string, answer: string][] = [
      ['sent an invitation to the wrong address', "doesn't say whether the address of a pending invitation"],
      ['How long does an invitation stay valid', "doesn't say how long an invitation link stays valid"],
      ['What about custom roles', "doesn't describe what a custom role allows"],
      ['how many seats', 'Plan Details & Billing'],
    ];
    for (const [question, answer] of answers) {
      await popup.getByText(question).click();
      await expect(popup.getByText(answer)).toBeVisible();
    }
  });
});
