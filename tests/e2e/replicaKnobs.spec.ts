import type { BrowserContext, Locator, Page } from '@playwright/test';
import { replicaTest as test, expect } from './fixtures';

/**
 * The replica's localStorage knobs (components/replica/README.md): each makes the replica differ from
 * itself the way Mixpanel might, so the guide is tested against more than one shape of the page.
 * Used as an admin would, without the guide, through role-based locators.
 */

const HOME = '/project/3141592/view/2718/app/home';
const MOVED = '/project/3141592/app/settings/org';

/** Sets knobs in the page's own localStorage before any of the replica's scripts run, on every load. */
async function setKnobs(context: BrowserContext, knobs: Record<string, string>): Promise<void> {
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, knobs);
}

test.describe('replica:routes', () => {
  test('alt: Users & Teams lives at /settings/org/users-teams and the usual URL is not found', async ({
    context,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:routes': 'alt' });
    const page = await openMixpanel(HOME);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page).toHaveURL('https://mixpanel.com/settings/org');
    await page.getByRole('link', { name: 'Users & Teams' }).click();
    await expect(page).toHaveURL('https://mixpanel.com/settings/org/users-teams');
    await expect(page.getByRole('heading', { name: 'Users & Teams' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Users & Teams' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('button', { name: 'Invite Users' })).toBeVisible();

    await page.goto('https://mixpanel.com/settings/org/users');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });

  test('project: Settings lives under /project/3141592/app/settings and the old URLs redirect there', async ({
    context,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:routes': 'project' });
    const page = await openMixpanel(HOME);
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page).toHaveURL(`https://mixpanel.com${MOVED}`);
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
    await page.getByRole('link', { name: 'Users & Teams' }).click();
    await expect(page).toHaveURL(`https://mixpanel.com${MOVED}/users-teams`);
    await expect(page.getByRole('heading', { name: 'Users & Teams' })).toBeVisible();
    await page.getByRole('link', { name: 'Audit Logs' }).click();
    await expect(page).toHaveURL(`https://mixpanel.com${MOVED}/audit-logs`);
    await page.getByRole('link', { name: 'Project', exact: true }).click();
    await expect(page).toHaveURL('https://mixpanel.com/project/3141592/app/settings/project');

    // The old address is replaced (not pushed), and the query string survives the redirect.
    await page.goto('https://mixpanel.com/settings/org/users?from=docs');
    await expect(page).toHaveURL(`https://mixpanel.com${MOVED}/users-teams?from=docs`);
    await expect(page.getByRole('heading', { name: 'Users & Teams' })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL('https://mixpanel.com/project/3141592/app/settings/project');
    await page.goto('https://mixpanel.com/settings');
    await expect(page).toHaveURL(`https://mixpanel.com${MOVED}`);
  });

  test('project: the gear menu and the login page follow the moved routes too', async ({
    context,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:routes': 'project', 'replica:gear-menu': '1' });
    const page = await openMixpanel(HOME);
    const gear = page.getByRole('button', { name: 'Settings', exact: true });
    await gear.click();
    await expect(page.getByRole('menuitem', { name: 'Organization Settings' })).toHaveAttribute(
      'href',
      MOVED,
    );
    await page.getByRole('menuitem', { name: 'Project Settings' }).click();
    await expect(page).toHaveURL('https://mixpanel.com/project/3141592/app/settings/project');
    await gear.click();
    await page.getByRole('menuitem', { name: 'Organization Settings' }).click();
    await expect(page).toHaveURL(`https://mixpanel.com${MOVED}`);

    await page.goto('https://mixpanel.com/login');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(`https://mixpanel.com${MOVED}`);
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
  });
});

/** Fills the first invitee row of the invite dialog with the mouse. */
async function fillInvitee(page: Page, email: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Invite New Users' });
  await dialog.getByRole('textbox', { name: 'Email address' }).fill(email);
  await dialog.getByRole('combobox', { name: 'Organization role' }).click();
  await page.getByRole('option', { name: 'Member', exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Projects' }).click();
  await page.getByRole('option', { name: 'E-commerce Demo' }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('combobox', { name: 'Project role' }).click();
  await page.getByRole('option', { name: 'Consumer' }).click();
}

/** The tag of the topmost element at the centre of `locator`, as the document sees it (shadow hosts). */
async function elementOnTopOf(locator: Locator): Promise<string | undefined> {
  const box = await locator.boundingBox();
  if (!box) return undefined;
  return locator.page().evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  });
}

test.describe('replica:native-dialog', () => {
  test('the invite dialog is a native modal <dialog>: top layer, the page inert, Esc and Cancel close it', async ({
    context,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:native-dialog': '1' });
    const page = await openMixpanel('/settings/org/users');
    const opener = page.getByRole('button', { name: 'Invite Users' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Invite New Users' });
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((node) => [node.localName, node.matches(':modal')])).toEqual([
      'dialog',
      true,
    ]);
    // The page behind is under the top layer: a click there lands on the dialog's backdrop, not the button.
    expect(await elementOnTopOf(page.getByRole('button', { name: 'Export CSV' }))).toBe('mp-modal');
    await expect(dialog.getByRole('textbox', { name: 'Email address' })).toBeFocused();

    // An open list inside it takes the first Esc; the second is the dialog's cancel.
    await dialog.getByRole('combobox', { name: 'Organization role' }).click();
    await expect(page.getByRole('listbox', { name: 'Organization role' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    await opener.click();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();
  });

  test('the drop-downs work inside the native dialog and the invitation is sent', async ({
    context,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:native-dialog': '1' });
    const page = await openMixpanel('/settings/org/users');
    await page.getByRole('button', { name: 'Invite Users' }).click();
    await fillInvitee(page, 'native@example.com');
    const dialog = page.getByRole('dialog', { name: 'Invite New Users' });
    await expect(dialog.getByRole('combobox', { name: 'Project role' })).toHaveText('Consumer');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Invitation sent' })).toBeVisible();
    await expect(dialog).toBeHidden();

    await page.getByRole('button', { name: 'Invited Users' }).click();
    await page
      .getByRole('row', { name: /native@example\.com/ })
      .getByRole('button', { name: 'Resend Invite' })
      .click();
    const resend = page.getByRole('dialog', { name: 'Resend Invite' });
    await expect(resend).toBeVisible();
    expect(await resend.evaluate((node) => node.matches(':modal'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect(resend).toBeHidden();
  });
});

/** The list sits under its field, left-aligned with it, as the replica places it without popovers. */
async function expectUnder(list: Locator, field: Locator): Promise<void> {
  const fieldBox = await field.boundingBox();
  const listBox = await list.boundingBox();
  expect(fieldBox && listBox).toBeTruthy();
  expect(Math.abs(listBox!.x - fieldBox!.x)).toBeLessThanOrEqual(1);
  expect(listBox!.y).toBeGreaterThanOrEqual(fieldBox!.y + fieldBox!.height);
  expect(listBox!.y).toBeLessThan(fieldBox!.y + fieldBox!.height + 12);
}

test.describe('replica:popover', () => {
  test('the selects open their lists with the Popover API, under their field, and still choose', async ({
    context,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:popover': '1' });
    const page = await openMixpanel('/settings/org/users');
    await page.getByRole('button', { name: 'Invite Users' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite New Users' });
    const role = dialog.getByRole('combobox', { name: 'Organization role' });
    await role.click();
    const listbox = page.getByRole('listbox', { name: 'Organization role' });
    await expect(listbox).toBeVisible();
    expect(
      await listbox.evaluate((node) => [node.getAttribute('popover'), node.matches(':popover-open')]),
    ).toEqual(['manual', true]);
    await expectUnder(listbox, role);
    await page.getByRole('option', { name: 'Billing Admin' }).click();
    await expect(role).toHaveText('Billing Admin');
    await expect(listbox).toBeHidden();

    await fillInvitee(page, 'popover@example.com');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Invitation sent' })).toBeVisible();
  });

  test('the gear menu is a popover too, opening above the gear', async ({ context, openMixpanel }) => {
    await setKnobs(context, { 'replica:popover': '1', 'replica:gear-menu': '1' });
    const page = await openMixpanel(HOME);
    const gear = page.getByRole('button', { name: 'Settings', exact: true });
    await gear.click();
    const menu = page.getByRole('menu', { name: 'Settings' });
    await expect(menu).toBeVisible();
    expect(await menu.evaluate((node) => node.matches(':popover-open'))).toBe(true);
    const gearBox = await gear.boundingBox();
    const menuBox = await menu.boundingBox();
    expect(menuBox!.y + menuBox!.height).toBeLessThanOrEqual(gearBox!.y);
    await page.getByRole('menuitem', { name: 'Organization Settings' }).click();
    await expect(page).toHaveURL('https://mixpanel.com/settings/org');
    await expect(menu).toBeHidden();
  });

  test('with the native dialog too, the popover lists open inside the dialog and are not inert', async ({
    context,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:popover': '1', 'replica:native-dialog': '1' });
    const page = await openMixpanel('/settings/org/users');
    await page.getByRole('button', { name: 'Invite Users' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite New Users' });
    const projects = dialog.getByRole('combobox', { name: 'Projects' });
    await projects.click();
    const listbox = page.getByRole('listbox', { name: 'Projects' });
    await expect(listbox).toBeVisible();
    const where = await listbox.evaluate((node) => {
      const host = (node.getRootNode() as ShadowRoot).host;
      return {
        open: node.matches(':popover-open'),
        inDialog: host.parentElement?.localName === 'dialog' && host.parentElement.matches(':modal'),
      };
    });
    expect(where).toEqual({ open: true, inDialog: true });
    await expectUnder(listbox, projects);
    // Keyboard and pointer both reach it.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Marketing Site' }).click();
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(projects).toHaveText('2 projects');
    await expect(dialog).toBeVisible();

    await fillInvitee(page, 'both@example.com');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Invitation sent' })).toBeVisible();
    await expect(dialog).toBeHidden();
  });
});

test.describe('replica:send-fails', () => {
  test('error: the first Invite fails with an inline alert, the dialog stays, the next press succeeds', async ({
    context,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:send-fails': 'error' });
    const page = await openMixpanel('/settings/org/users');
    await page.getByRole('button', { name: 'Invite Users' }).click();
    await fillInvitee(page, 'retry@example.com');
    const dialog = page.getByRole('dialog', { name: 'Invite New Users' });
    const invite = dialog.getByRole('button', { name: 'Invite', exact: true });
    // Busy lasts 400 ms: record it as it happens rather than hoping to look at the right moment.
    await invite.evaluate((button) => {
      const seen: string[] = [];
      new MutationObserver(() => seen.push(button.getAttribute('aria-busy') ?? '')).observe(button, {
        attributeFilter: ['aria-busy'],
      });
      Object.assign(window, { __busySeen: seen });
    });
    await invite.click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __busySeen: string[] }).__busySeen))
      .toContain('true');
    const alert = dialog.getByRole('alert');
    await expect(alert).toHaveText('Something went wrong while sending the invitation. Please try again.');
    await expect(invite).not.toHaveAttribute('aria-busy', 'true');
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('textbox', { name: 'Email address' })).toHaveAttribute(
      'aria-invalid',
      'false',
    );
    await expect(page.getByRole('status').filter({ hasText: 'Invitation sent' })).toHaveCount(0);
    // The alert sits above the footer's buttons.
    expect((await alert.boundingBox())!.y).toBeLessThan((await invite.boundingBox())!.y);

    await invite.click();
    await expect(page.getByRole('status').filter({ hasText: 'Invitation sent' })).toBeVisible();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Invited Users' }).click();
    await expect(page.getByRole('row', { name: /retry@example\.com/ })).toBeVisible();
  });

  test('rate-limit: the alert names the limit, the e-mail is marked invalid, editing clears both', async ({
    context,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:send-fails': 'rate-limit' });
    const page = await openMixpanel('/settings/org/users');
    await page.getByRole('button', { name: 'Invite Users' }).click();
    await fillInvitee(page, 'busy@example.com');
    const dialog = page.getByRole('dialog', { name: 'Invite New Users' });
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      'Too many invitations have been sent to this email domain. Please try again in an hour.',
    );
    const email = dialog.getByRole('textbox', { name: 'Email address' });
    await expect(email).toHaveAttribute('aria-invalid', 'true');

    await email.fill('busy@example.org');
    await expect(dialog.getByRole('alert')).toHaveCount(0);
    await expect(email).toHaveAttribute('aria-invalid', 'false');
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Invitation sent' })).toBeVisible();
    await expect(dialog).toBeHidden();
  });
});

/** "Jul 28, 2026": how the tables show a date (UTC). */
function shortDate(date: Date): string {
  return new Intl.DateTimeFormat('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

test.describe('replica:older-pending', () => {
  test('Invited Users already lists an invitation from three days ago, with its own Resend Invite', async ({
    context,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:older-pending': '1' });
    const page = await openMixpanel('/settings/org/users');
    await page.getByRole('button', { name: 'Invited Users' }).click();
    const row = page.getByRole('row', { name: /sam\.rivera@example\.com/ });
    await expect(row).toBeVisible();
    await expect(row).toContainText(shortDate(new Date(Date.now() - 3 * 24 * 60 * 60 * 1000)));
    await expect(row).toContainText('Pending');
    await row.getByRole('button', { name: 'Resend Invite' }).click();
    await expect(page.getByRole('dialog', { name: 'Resend Invite' })).toContainText('sam.rivera@example.com');
  });
});

test.describe('replica:toast', () => {
  test('alt: the invitation is confirmed with other words', async ({ context, openMixpanel }) => {
    await setKnobs(context, { 'replica:toast': 'alt' });
    const page = await openMixpanel('/settings/org/users');
    await page.getByRole('button', { name: 'Invite Users' }).click();
    await fillInvitee(page, 'alt@example.com');
    await page.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: '1 invite sent' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Invitation sent' })).toHaveCount(0);
  });

  test('none: the dialog closes and the invitee is listed, with no toast at all', async ({
    context,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:toast': 'none' });
    const page = await openMixpanel('/settings/org/users');
    await page.getByRole('button', { name: 'Invite Users' }).click();
    await fillInvitee(page, 'quiet@example.com');
    const dialog = page.getByRole('dialog', { name: 'Invite New Users' });
    await dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Invited Users' }).click();
    await expect(page.getByRole('row', { name: /quiet@example\.com/ })).toBeVisible();
    expect(await page.evaluate(() => document.querySelectorAll('mp-toast').length)).toBe(0);
  });
});
