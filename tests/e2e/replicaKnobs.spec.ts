import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures';

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
