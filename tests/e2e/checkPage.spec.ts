import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { axe } from './axe';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { sendFromPage } from './guide';

const ARTIFACTS = path.resolve('tests/.artifacts');
const QUERY = 'invitee=priya.raman%40example.com&token=s3cr3t';

/** Zero axe violations in the check's panel and a screenshot of the page, light and dark. */
async function checkLooks(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await axe(page).include('.page-check').analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    await page.screenshot({
      path: path.join(ARTIFACTS, `check-page-${name}-${colorScheme}.png`),
      fullPage: true,
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

test.describe('Check this page', () => {
  test('from the popup, on Users & Teams with people on it: per-step results, and a report with none of the page', async ({
    context,
    openMixpanel,
    openPopup,
  }) => {
    // Extension origins count as opaque for per-origin grants: grant the clipboard to every origin.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const popup = await openPopup();
    await popup.setViewportSize({ width: 380, height: 600 });
    const mixpanel = await openMixpanel(`/settings/org/users?${QUERY}`);
    await expect(mixpanel.getByRole('heading', { name: 'Users & Teams' })).toBeVisible();
    // The people list arrives after the heading, as Mixpanel's does: wait for it before reading the page.
    await expect(mixpanel.getByRole('row', { name: /alex\.morgan@example\.com/ })).toBeVisible();
    // Names and addresses the page shows: none of them may reach the report.
    const shown = await mixpanel.evaluate(() => document.body.innerText);
    const emails = [...new Set(shown.match(/[\w.+-]+@[\w-]+\.[\w.]+/g) ?? [])];
    expect(emails.length).toBeGreaterThan(1);
    expect(shown).toContain('Alex Morgan');
    // A not-found event from an earlier showing, as the overlay sends it.
    await sendFromPage(popup, 'notFound', {
      tourId: 'invite-users',
      stepId: 'verify-pending',
      strategies: ['role', 'text'],
    });
    // The popup opens over the tab the user is on: that tab is the active one.
    await mixpanel.bringToFront();

    await popup.getByRole('button', { name: 'Help' }).click();
    await popup.getByRole('button', { name: 'Check this page' }).click();
    await expect(popup.getByRole('status').filter({ hasText: 'Checked mixpanel.com' })).toBeVisible();

    const invite = popup.getByRole('region', { name: 'Invite a user to Mixpanel' });
    const steps = invite.getByRole('listitem');
    await expect(steps).toHaveCount(8);
    await expect(steps.nth(2)).toHaveText('Start an invitation: Found (by role)');
    await expect(steps.nth(3)).toHaveText('Enter their e-mail address: Missing: needs step 3 first');
    const bulk = popup.getByRole('region', { name: 'Invite several people at once' });
    await expect(bulk.getByRole('listitem').first()).toContainText('Found');

    await popup.getByRole('button', { name: 'Copy report' }).click();
    await expect(popup.getByRole('status').filter({ hasText: 'Report copied.' })).toBeVisible();
    const report = await popup.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('Host: mixpanel.com\n');
    expect(report).toMatch(/Extension version: \d+\.\d+\.\d+\nBrowser: Chrome \d+\n/);
    expect(report).toContain('  3. open-invite-dialog: found (role, strategy 1)\n');
    expect(report).toContain(
      '  4. enter-email: missing: needs step open-invite-dialog first; missed: role no-match',
    );
    expect(report).toMatch(
      /Last not-found events \(1\):\n {2}\S+ invite-users \/ verify-pending: role, text\n/,
    );
    for (const email of emails) expect(report).not.toContain(email);
    for (const text of [
      'Alex Morgan',
      'Priya Raman',
      'priya.raman',
      'token',
      's3cr3t',
      '/settings',
      '?',
      '@',
    ])
      expect(report).not.toContain(text);
  });

  test('on the options page it checks the Mixpanel tab used last, and says so when there is none', async ({
    openMixpanel,
    openOptions,
  }) => {
    const options = await openOptions();
    const section = options.getByRole('region', { name: 'Check this page' });
    await section.getByRole('button', { name: 'Check this page' }).click();
    await expect(section.getByRole('status')).toHaveText(/The tab in front is not a Mixpanel page/);

    const mixpanel = await openMixpanel('/settings/org');
    await expect(mixpanel.getByRole('heading', { name: 'Settings' }).first()).toBeVisible();
    await options.bringToFront();
    await section.getByRole('button', { name: 'Check this page' }).click();
    await expect(section.getByRole('status')).toHaveText(/^Checked mixpanel\.com: \d+ of \d+ steps found/);
    const invite = section.getByRole('region', { name: 'Invite a user to Mixpanel' });
    await expect(invite.getByRole('listitem').nth(1)).toHaveText(/^Open Users & Teams: Found/);
    await expect(invite.getByRole('listitem').nth(2)).toHaveText(
      /^Start an invitation: On another page: Users & Teams/,
    );
  });

  test('looks: the results in the popup and the options page, light and dark, with no axe violation', async ({
    openMixpanel,
    openPopup,
    openOptions,
  }) => {
    // Two pages, two themes, axe each time: more than the usual budget on a shared machine.
    test.slow();
    const popup = await openPopup();
    const mixpanel = await openMixpanel('/settings/org/users');
    await expect(mixpanel.getByRole('heading', { name: 'Users & Teams' })).toBeVisible();
    await mixpanel.bringToFront();
    await popup.getByRole('button', { name: 'Help' }).click();
    await popup.getByRole('button', { name: 'Check this page' }).click();
    await expect(popup.getByRole('button', { name: 'Copy report' })).toBeVisible();
    await checkLooks(popup, 'popup');
    const options = await openOptions();
    await options
      .getByRole('region', { name: 'Check this page' })
      .getByRole('button', { name: 'Check this page' })
      .click();
    await expect(options.getByRole('button', { name: 'Copy report' })).toBeVisible();
    await checkLooks(options, 'options');
  });
});
