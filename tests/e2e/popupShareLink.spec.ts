/// <reference types="chrome" />
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { axe } from './axe';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectStep, startInviteTour } from './guide';

const ARTIFACTS = path.resolve('tests/.artifacts');

function shareArea(popup: Page) {
  return popup.getByRole('region', { name: 'Share a step' });
}

async function openShareArea(popup: Page) {
  await popup.getByRole('button', { name: 'Share a step' }).click();
  const area = shareArea(popup);
  await expect(area.getByRole('textbox', { name: 'Share link' })).toBeVisible();
  return area;
}

test.describe('the share link in the popup', () => {
  test('it shows the link of the current step, and follows the step and host chosen', async ({
    context,
    extensionId,
    openPopup,
  }) => {
    await startInviteTour(context, extensionId, 2);
    const popup = await openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    const area = await openShareArea(popup);
    const field = area.getByRole('textbox', { name: 'Share link' });
    const step = area.getByRole('combobox', { name: 'Step' });
    const host = area.getByRole('combobox', { name: 'Mixpanel host' });

    await expect(field).toHaveValue('https://mixpanel.com/settings/org?guide=invite-users&guide-step=3');
    await expect(field).toHaveAttribute('readonly', '');
    await expect(step.locator('option:checked')).toHaveText('3. Start an invitation');
    await expect(step.locator('option')).toHaveCount(8);
    await expect(host.locator('option')).toHaveText(['US', 'EU', 'India']);

    await step.selectOption({ label: '5. Choose their roles' });
    await expect(field).toHaveValue('https://mixpanel.com/settings/org?guide=invite-users&guide-step=5');
    await host.selectOption({ label: 'EU' });
    await expect(field).toHaveValue('https://eu.mixpanel.com/settings/org?guide=invite-users&guide-step=5');
    await step.selectOption({ label: '1. Open Settings' });
    await host.selectOption({ label: 'India' });
    // Step 1 happens anywhere in the app: its link opens the home, where the gear is.
    await expect(field).toHaveValue('https://in.mixpanel.com/?guide=invite-users&guide-step=1');

    // The popup as it settles: the policy's answer (seconds after a browser start) brings "Reset progress".
    await expect(popup.getByRole('button', { name: 'Reset progress' })).toBeVisible();
    await mkdir(ARTIFACTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme });
      const { violations } = await axe(popup).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`)).toEqual([]);
      await area.scrollIntoViewIfNeeded();
      await popup.screenshot({
        path: path.join(ARTIFACTS, `popup-share-link-${colorScheme}.png`),
        fullPage: true,
      });
    }
  });

  test('"Copy" puts the link on the clipboard, and the copied link opens the tour at its step', async ({
    context,
    openPopup,
  }) => {
    // Extension origins count as opaque for per-origin grants: grant the clipboard to every origin.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await openPopup();
    const area = await openShareArea(popup);
    // Nothing started yet: the link opens step 1.
    const field = area.getByRole('textbox', { name: 'Share link' });
    await expect(field).toHaveValue('https://mixpanel.com/?guide=invite-users&guide-step=1');

    await area.getByRole('combobox', { name: 'Step' }).selectOption({ label: '5. Choose their roles' });
    await area.getByRole('combobox', { name: 'Mixpanel host' }).selectOption({ label: 'EU' });
    await area.getByRole('button', { name: 'Copy' }).click();

    await expect(area.getByRole('status').first()).toHaveText('Link copied');
    const copied = await popup.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe('https://eu.mixpanel.com/settings/org?guide=invite-users&guide-step=5');

    const colleague = await context.newPage();
    await colleague.goto(copied);
    await expectStep(colleague, 5, 'Choose their roles');
    await expect(colleague).toHaveURL(/^https:\/\/eu\.mixpanel\.com\/settings\/org/);
  });

  test('when the clipboard refuses, the link is selected and the popup says to press Ctrl+C', async ({
    openPopup,
  }) => {
    const popup = await openPopup();
    await popup.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    const area = await openShareArea(popup);

    await area.getByRole('button', { name: 'Copy' }).click();

    await expect(area.getByRole('status').first()).toHaveText('Press Ctrl+C to copy');
    const field = area.getByRole('textbox', { name: 'Share link' });
    await expect(field).toBeFocused();
    const selection = await field.evaluate((input: HTMLInputElement) => [
      input.selectionStart,
      input.selectionEnd,
      input.value.length,
    ]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
  });

  test('"Copy restart link" copies the tour\'s restart link on the chosen host, in the popup and the options page', async ({
    context,
    extensionId,
    openPopup,
    openOptions,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await startInviteTour(context, extensionId, 3);
    const popup = await openPopup();
    await popup.setViewportSize({ width: 360, height: 600 });
    const area = await openShareArea(popup);
    const restart = area.getByRole('textbox', { name: 'Restart link' });
    await expect(restart).toHaveValue('https://mixpanel.com/?guide=invite-users&guide-action=restart');
    await area.getByRole('combobox', { name: 'Mixpanel host' }).selectOption({ label: 'EU' });
    await expect(restart).toHaveValue('https://eu.mixpanel.com/?guide=invite-users&guide-action=restart');
    await area.getByRole('button', { name: 'Copy restart link' }).click();
    await expect(area.getByText('Restart link copied')).toBeVisible();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://eu.mixpanel.com/?guide=invite-users&guide-action=restart',
    );
    await area.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: path.join(ARTIFACTS, 'popup-restart-link.png'), fullPage: true });

    const options = await openOptions();
    const card = options.getByRole('article', { name: 'Invite a user to Mixpanel' });
    await card
      .getByRole('combobox', { name: 'Mixpanel host for the restart link' })
      .selectOption({ label: 'India' });
    const optionsField = card.getByRole('textbox', { name: 'Restart link' });
    await expect(optionsField).toHaveValue(
      'https://in.mixpanel.com/?guide=invite-users&guide-action=restart',
    );
    await card.getByRole('button', { name: 'Copy restart link' }).click();
    await expect(card.getByText('Restart link copied')).toBeVisible();
    expect(await options.evaluate(() => navigator.clipboard.readText())).toBe(
      'https://in.mixpanel.com/?guide=invite-users&guide-action=restart',
    );
    const { violations } = await axe(options).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`)).toEqual([]);
    await card.getByRole('button', { name: 'Copy restart link' }).scrollIntoViewIfNeeded();
    await options.screenshot({ path: path.join(ARTIFACTS, 'options-restart-link.png') });
  });
});
