import type { Locator, Page } from '@playwright/test';
import { replicaTest as test, test as extensionTest, expect } from './fixtures';

/**
 * The replica of Mixpanel's settings UI, served at the real Mixpanel URLs. These tests use it the way an
 * admin would, WITHOUT the guide, through role-based locators (which pierce open shadow roots), so the
 * tour's own tests run against a page that behaves like Mixpanel's.
 */

const HOME = '/project/3141592/view/2718/app/home';
const INVITED_KEY = 'replica:invited';

/** Marks the current document; the mark survives single-page navigations and dies with a page load. */
async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { replicaTestMark: true }));
}

async function documentIsMarked(page: Page): Promise<boolean> {
  return page.evaluate(() => 'replicaTestMark' in window);
}

/** The accessible text of the element that has focus, looking through shadow roots. */
async function focusedText(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? null;
  });
}

function inviteDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Invite New Users' });
}

async function openInviteDialog(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Invite Users' }).click();
  const dialog = inviteDialog(page);
  await expect(dialog).toBeVisible();
  return dialog;
}

/** Fills the first invitee row with the mouse, the way most admins will. */
async function fillInvitee(page: Page, email: string): Promise<void> {
  const dialog = inviteDialog(page);
  await dialog.getByRole('textbox', { name: 'Email address' }).fill(email);
  await dialog.getByRole('combobox', { name: 'Organization role' }).click();
  await page.getByRole('option', { name: 'Member', exact: true }).click();
  await dialog.getByRole('combobox', { name: 'Projects' }).click();
  await page.getByRole('option', { name: 'E-commerce Demo' }).click();
  await page.keyboard.press('Escape');
  await dialog.getByRole('combobox', { name: 'Project role' }).click();
  await page.getByRole('option', { name: 'Consumer' }).click();
}

test.describe('the Mixpanel replica', () => {
  test('an admin invites someone without the guide: gear, Users & Teams, the dialog, the pending list', async ({
    openMixpanel,
  }) => {
    const page = await openMixpanel(HOME);
    await markDocument(page);

    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(page).toHaveURL('https://mixpanel.com/settings/org');
    await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
    await page.getByRole('link', { name: 'Users & Teams' }).click();
    await expect(page).toHaveURL('https://mixpanel.com/settings/org/users');
    await expect(page.getByRole('heading', { name: 'Users & Teams' })).toBeVisible();
    // Single-page navigations, as on Mixpanel: no page load happened on the way.
    expect(await documentIsMarked(page)).toBe(true);
    await expect(page.getByRole('tab', { name: 'Users', exact: true })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByRole('row', { name: /Priya Raman/ })).toBeVisible();

    const dialog = await openInviteDialog(page);
    await expect(dialog).toHaveAttribute('aria-modal', 'true');
    const invite = dialog.getByRole('button', { name: 'Invite', exact: true });
    await expect(invite).toBeDisabled();
    const email = dialog.getByRole('textbox', { name: 'Email address' });
    await expect(email).toBeFocused();

    await email.fill('not-an-address');
    await expect(invite).toBeDisabled();
    await email.fill('jordan.lee@example.com');
    await expect(invite).toBeDisabled();

    const organizationRole = dialog.getByRole('combobox', { name: 'Organization role' });
    await expect(organizationRole).toHaveText('Select role');
    await organizationRole.click();
    await expect(organizationRole).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('listbox', { name: 'Organization role' }).getByRole('option')).toHaveText([
      'Owner',
      'Admin',
      'Billing Admin',
      'Member',
    ]);
    await page.getByRole('option', { name: 'Admin', exact: true }).click();
    await expect(organizationRole).toHaveText('Admin');
    await expect(organizationRole).toHaveAttribute('aria-expanded', 'false');
    await expect(invite).toBeDisabled();

    const projects = dialog.getByRole('combobox', { name: 'Projects' });
    await projects.click();
    await page.getByRole('option', { name: 'E-commerce Demo' }).click();
    await page.getByRole('option', { name: 'Mobile App' }).click();
    await expect(page.getByRole('option', { name: 'Mobile App' })).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(projects).toHaveText('2 projects');
    await expect(invite).toBeDisabled();

    const projectRole = dialog.getByRole('combobox', { name: 'Project role' });
    await projectRole.click();
    await expect(page.getByRole('option')).toHaveText(['Owner', 'Admin', 'Analyst', 'Consumer']);
    await page.getByRole('option', { name: 'Analyst' }).click();
    await expect(invite).toBeEnabled();

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
    await expect(page.getByRole('status').filter({ hasText: 'Invitation sent' })).toBeVisible();
    await expect(dialog).toBeHidden();
    // The view stays on Current Users; the invitee is listed under Invited Users.
    await expect(page.getByRole('button', { name: 'Current Users' })).toHaveAttribute('aria-pressed', 'true');
    await page.getByRole('button', { name: 'Invited Users' }).click();
    await expect(page.getByRole('button', { name: 'Invited Users' })).toHaveAttribute('aria-pressed', 'true');
    const row = page.getByRole('row', { name: /jordan\.lee@example\.com/ });
    await expect(row).toBeVisible();
    await expect(row).toContainText('Admin');
    await expect(row).toContainText('E-commerce Demo, Mobile App');
    await expect(row).toContainText('Pending');
    await expect(row.getByRole('button', { name: 'Resend Invite' })).toBeVisible();
  });

  test('a reload keeps the invitee, and a corrupt stored list is ignored, not a crash', async ({
    openMixpanel,
  }) => {
    const page = await openMixpanel('/settings/org/users');
    await openInviteDialog(page);
    await fillInvitee(page, 'kept@example.com');
    await inviteDialog(page).getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Invitation sent' })).toBeVisible();

    await page.reload();
    await page.getByRole('button', { name: 'Invited Users' }).click();
    await expect(page.getByRole('row', { name: /kept@example\.com/ })).toBeVisible();

    await page.evaluate((key) => localStorage.setItem(key, '{"not": "a list"'), INVITED_KEY);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Users & Teams' })).toBeVisible();
    await page.getByRole('button', { name: 'Invited Users' }).click();
    await expect(page.getByText('No pending invitations')).toBeVisible();
  });

  test('the drop-downs are portalled to the body, sit under their field and work from the keyboard', async ({
    openMixpanel,
  }) => {
    const page = await openMixpanel('/settings/org/users');
    const dialog = await openInviteDialog(page);
    const organizationRole = dialog.getByRole('combobox', { name: 'Organization role' });

    await organizationRole.focus();
    await page.keyboard.press('Enter');
    const listbox = page.getByRole('listbox', { name: 'Organization role' });
    await expect(listbox).toBeVisible();
    const placement = await page.evaluate(() => {
      const host = Array.from(document.body.children).find((child) =>
        child.shadowRoot?.querySelector('[role="listbox"]'),
      );
      const dialogHost = Array.from(document.body.children).find((child) => child.localName === 'mp-modal');
      return {
        tag: host?.localName,
        inBody: host?.parentElement === document.body,
        dialogInBody: Boolean(dialogHost),
      };
    });
    expect(placement).toEqual({ tag: 'mp-drop-menu', inBody: true, dialogInBody: true });
    const field = await organizationRole.boundingBox();
    const list = await listbox.boundingBox();
    expect(field && list).toBeTruthy();
    expect(Math.abs(list!.x - field!.x)).toBeLessThanOrEqual(1);
    expect(list!.y).toBeGreaterThanOrEqual(field!.y + field!.height);
    expect(list!.y).toBeLessThan(field!.y + field!.height + 12);

    // Focus is on the first option; arrows move, Enter chooses and returns focus to the field.
    expect(await focusedText(page)).toBe('Owner');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedText(page)).toBe('Billing Admin');
    await page.keyboard.press('Enter');
    await expect(listbox).toBeHidden();
    await expect(organizationRole).toHaveText('Billing Admin');
    expect(await focusedText(page)).toBe('Organization role');

    // ArrowDown opens too; Esc closes without choosing and leaves the dialog open.
    await page.keyboard.press('ArrowDown');
    await expect(listbox).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    await expect(listbox).toBeHidden();
    await expect(organizationRole).toHaveText('Billing Admin');
    await expect(dialog).toBeVisible();

    // A click anywhere else closes it.
    await dialog.getByRole('combobox', { name: 'Project role' }).click();
    await expect(page.getByRole('listbox', { name: 'Project role' })).toBeVisible();
    await dialog.getByRole('heading', { name: 'Invite New Users' }).click();
    await expect(page.getByRole('listbox')).toHaveCount(0);
    await expect(dialog).toBeVisible();
  });

  test('the dialog: Esc and Cancel close it and focus returns to the opener; every added row must be valid', async ({
    openMixpanel,
  }) => {
    const page = await openMixpanel('/settings/org/users');
    let dialog = await openInviteDialog(page);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    expect(await focusedText(page)).toBe('Invite Users');

    dialog = await openInviteDialog(page);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    expect(await focusedText(page)).toBe('Invite Users');

    dialog = await openInviteDialog(page);
    await fillInvitee(page, 'first@example.com');
    const invite = dialog.getByRole('button', { name: 'Invite', exact: true });
    await expect(invite).toBeEnabled();
    await dialog.getByRole('button', { name: 'Add another user' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Email address' })).toHaveCount(2);
    await expect(dialog.getByRole('button', { name: /^Remove user/ })).toHaveCount(2);
    await expect(invite).toBeDisabled();
    await dialog.getByRole('button', { name: 'Remove user 2' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Email address' })).toHaveCount(1);
    await expect(dialog.getByRole('button', { name: /^Remove user/ })).toHaveCount(0);
    await expect(invite).toBeEnabled();

    await dialog.getByRole('tab', { name: 'Bulk invite' }).click();
    // The tabs update in place: the clicked tab keeps focus, so the keyboard still works after a switch.
    expect(await focusedText(page)).toBe('Bulk invite');
    await expect(dialog.getByText('File name', { exact: true })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Select CSV File' })).toBeVisible();
    await expect(dialog.getByRole('link', { name: 'CSV template' })).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Upload' })).toBeDisabled();
    await dialog.getByRole('tab', { name: 'Invite to projects' }).click();
    await expect(dialog.getByRole('textbox', { name: 'Email address' })).toHaveValue('first@example.com');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('Resend Invite opens a small dialog whose Resend confirms with a toast', async ({ openMixpanel }) => {
    const page = await openMixpanel('/settings/org/users');
    await page.evaluate(
      (key) =>
        localStorage.setItem(
          key,
          JSON.stringify([
            {
              email: 'waiting@example.com',
              organizationRole: 'Member',
              projects: ['Mobile App'],
              projectRole: 'Consumer',
              teams: [],
              invitedAt: '2026-07-01T10:00:00.000Z',
            },
          ]),
        ),
      INVITED_KEY,
    );
    await page.getByRole('button', { name: 'Invited Users' }).click();
    await expect(page.getByRole('row', { name: /waiting@example\.com/ })).toContainText('Jul 1, 2026');
    await page.getByRole('button', { name: 'Resend Invite' }).click();
    const resend = page.getByRole('dialog', { name: 'Resend Invite' });
    await expect(resend).toBeVisible();
    await expect(resend.getByRole('button', { name: 'Copy invite link' })).toBeVisible();
    await expect(resend.getByRole('button', { name: 'Cancel' })).toBeVisible();
    await resend.getByRole('button', { name: 'Resend' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Invitation resent' })).toBeVisible();
    await expect(resend).toBeHidden();
  });

  test('the login page sends the user to `next` with a full page load, dropping the query string', async ({
    openMixpanel,
  }) => {
    const page = await openMixpanel(
      '/login?next=%2Fsettings%2Forg%2Fusers%3Fguide%3Dinvite-users%26step%3D3',
    );
    await expect(page.getByRole('heading', { name: 'Log in to Mixpanel' })).toBeVisible();
    await markDocument(page);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL('https://mixpanel.com/settings/org/users');
    await expect(page.getByRole('heading', { name: 'Users & Teams' })).toBeVisible();
    expect(await documentIsMarked(page)).toBe(false);

    for (const next of ['https://evil.example/x', '//evil.example/x', '/\\evil.example']) {
      await page.goto(`https://mixpanel.com/login?next=${encodeURIComponent(next)}`);
      await page.getByRole('button', { name: 'Log in' }).click();
      await expect(page).toHaveURL('https://mixpanel.com/settings/org');
    }
  });

  test('with the signed-out knob, any page bounces through the login page and back to its path', async ({
    openMixpanel,
  }) => {
    const page = await openMixpanel('/settings/org');
    await page.evaluate(() => localStorage.setItem('replica:signed-out', '1'));
    await page.goto('https://mixpanel.com/settings/org/users?guide=invite-users');
    await expect(page).toHaveURL('https://mixpanel.com/login?next=%2Fsettings%2Forg%2Fusers');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL('https://mixpanel.com/settings/org/users');
    await expect(page.getByRole('heading', { name: 'Users & Teams' })).toBeVisible();
  });

  test('gear-menu variant: the gear opens a menu with Organization Settings and Project Settings', async ({
    openMixpanel,
  }) => {
    const page = await openMixpanel(HOME);
    await page.evaluate(() => localStorage.setItem('replica:gear-menu', '1'));
    await page.reload();
    const gear = page.getByRole('button', { name: 'Settings', exact: true });
    await expect(gear).toHaveAttribute('aria-haspopup', 'menu');
    await expect(gear).toHaveAttribute('title', 'Settings');
    await gear.click();
    const menu = page.getByRole('menu', { name: 'Settings' });
    await expect(menu.getByRole('menuitem')).toHaveText(['Organization Settings', 'Project Settings']);
    await expect(gear).toHaveAttribute('aria-expanded', 'true');
    await expect(page).toHaveURL(`https://mixpanel.com${HOME}`);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();

    await gear.click();
    await page.getByRole('menuitem', { name: 'Project Settings' }).click();
    await expect(page).toHaveURL('https://mixpanel.com/settings/project');
    await expect(page.getByRole('link', { name: 'Project', exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await gear.click();
    await page.getByRole('menuitem', { name: 'Organization Settings' }).click();
    await expect(page).toHaveURL('https://mixpanel.com/settings/org');
    await expect(page.getByRole('link', { name: 'Overview' })).toHaveAttribute('aria-current', 'page');
  });

  test('its controls live in open shadow roots with generated class names, as on Mixpanel', async ({
    openMixpanel,
  }) => {
    const page = await openMixpanel('/settings/org/users');
    await expect(page.getByRole('button', { name: 'Invite Users' })).toBeVisible();
    const found = await page.evaluate(() => {
      const shallow = Array.from(document.querySelectorAll('button')).some((b) =>
        b.textContent?.includes('Invite Users'),
      );
      const deepButtons: { text: string; depth: number }[] = [];
      const walk = (root: Document | ShadowRoot, depth: number): void => {
        root.querySelectorAll('*').forEach((element) => {
          if (element instanceof HTMLButtonElement)
            deepButtons.push({ text: element.textContent ?? '', depth });
          if (element.shadowRoot) walk(element.shadowRoot, depth + 1);
        });
      };
      walk(document, 0);
      const invite = deepButtons.find((button) => button.text.includes('Invite Users'));
      const gear = (() => {
        let depth = -1;
        const find = (root: Document | ShadowRoot, level: number): void => {
          root.querySelectorAll('*').forEach((element) => {
            if (element.getAttribute('aria-label') === 'Settings' && element.localName === 'button')
              depth = level;
            if (element.shadowRoot) find(element.shadowRoot, level + 1);
          });
        };
        find(document, 0);
        return depth;
      })();
      return {
        shallow,
        inviteDepth: invite?.depth ?? -1,
        gearDepth: gear,
        testIds: document.querySelectorAll('[data-testid]').length,
        lightIds: document.body.querySelectorAll('[id]').length,
        classNames: Array.from(
          document.body.querySelectorAll('[class]'),
          (element) => element.getAttribute('class') ?? '',
        ),
      };
    });
    expect(found.shallow).toBe(false);
    expect(found.inviteDepth).toBe(1);
    expect(found.gearDepth).toBe(2);
    expect(found.testIds).toBe(0);
    expect(found.lightIds).toBe(0);
    expect(found.classNames.length).toBeGreaterThan(10);
    for (const name of found.classNames) expect(name).toMatch(/__[A-Z0-9]{8}\b/);

    await page.reload();
    const again = await page.evaluate(() => document.body.querySelector('main')?.getAttribute('class'));
    expect(again).toMatch(/^main-scroll__[A-Z0-9]{8}$/);
    expect(found.classNames).not.toContain(again);
  });

  test('routes: home redirect, section pages, not found, other hosts; the main area scrolls, not the window', async ({
    openMixpanel,
  }) => {
    const page = await openMixpanel('/');
    await expect(page).toHaveURL(`https://mixpanel.com${HOME}`);
    await expect(page.getByRole('heading', { name: 'Home', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    for (const name of ['Events', 'Users', 'Lexicon', 'Session Replay', 'Experiments', 'Feature Flags']) {
      await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
    }
    for (const name of ['Apps', 'Help']) await expect(page.getByRole('button', { name })).toBeVisible();
    // Collapsed, the sidebar shows icons only, and its links keep their names.
    await page.getByRole('button', { name: 'Collapse sidebar' }).click();
    await expect(page.getByRole('link', { name: 'Session Replay' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Create New' })).toBeHidden();
    await page.getByRole('button', { name: 'Expand sidebar' }).click();
    await expect(page.getByRole('button', { name: 'Create New' })).toBeVisible();

    // SPA navigations use pushState: no popstate (browsers fire it only for back/forward), but a
    // `pushstate` event on window, as Mixpanel's panel router dispatches.
    await page.evaluate(() => {
      const counts = { popstate: 0, pushstate: 0 };
      Object.assign(window, { replicaHistoryEvents: counts });
      window.addEventListener('popstate', () => (counts.popstate += 1));
      window.addEventListener('pushstate', () => (counts.pushstate += 1));
    });
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('link', { name: 'Audit Logs' }).click();
    expect(
      await page.evaluate(() => 'replicaHistoryEvents' in window && window.replicaHistoryEvents),
    ).toEqual({
      popstate: 0,
      pushstate: 2,
    });
    await expect(page).toHaveURL('https://mixpanel.com/settings/org/audit-logs');
    await expect(page.getByRole('heading', { name: 'Audit Logs' })).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL('https://mixpanel.com/settings/org');
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();

    await page.goto('https://mixpanel.com/settings/nowhere');
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to Home' }).click();
    await expect(page).toHaveURL(`https://mixpanel.com${HOME}`);

    const eu = await openMixpanel('/settings/org/users', 'eu.mixpanel.com');
    await expect(eu.getByRole('heading', { name: 'Users & Teams' })).toBeVisible();
    await eu.setViewportSize({ width: 1280, height: 720 });
    await expect(eu.getByRole('row', { name: /Ravi Patel/ })).toBeAttached();
    const scrolling = await eu.evaluate(() => {
      const main = document.querySelector('main');
      return {
        windowScrolls: document.scrollingElement!.scrollHeight > window.innerHeight,
        mainScrolls: main !== null && main.scrollHeight > main.clientHeight,
      };
    });
    expect(scrolling).toEqual({ windowScrolls: false, mainScrolls: true });
  });

  extensionTest('the practice page keeps its route in the hash', async ({ context, extensionId }) => {
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/practice.html#/settings/org`);
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
    await page.getByRole('link', { name: 'Users & Teams' }).click();
    await expect(page).toHaveURL(`chrome-extension://${extensionId}/practice.html#/settings/org/users`);
    await expect(page.getByRole('button', { name: 'Invite Users' })).toBeVisible();
    await page.goto(`chrome-extension://${extensionId}/practice.html`);
    await expect(page).toHaveURL(`chrome-extension://${extensionId}/practice.html#${HOME}`);
  });

  test('lists and the dialog appear after the configured latency', async ({ openMixpanel }) => {
    const page = await openMixpanel('/settings/org');
    await page.evaluate(() => localStorage.setItem('replica:latency', '1500'));
    const started = Date.now();
    await page.getByRole('link', { name: 'Users & Teams' }).click();
    await expect(page.getByRole('row', { name: /Alex Morgan/ })).toBeVisible();
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);

    const clicked = Date.now();
    await page.getByRole('button', { name: 'Invite Users' }).click();
    await expect(inviteDialog(page)).toBeVisible();
    expect(Date.now() - clicked).toBeGreaterThanOrEqual(1500);
  });
});
