import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

export const APP_HOME = '/project/3141592/view/2718/app/home';
export const USERS_PAGE = '/settings/org/users';

export const STEP_TITLES = [
  'Open Settings',
  'Open Users & Teams',
  'Start an invitation',
  'Enter their e-mail address',
  'Choose their roles',
  'Review before sending',
  'Send the invitation',
  'Check the pending invitation',
] as const;

/** The page a 1-based step happens on, where a user who reloads at that step would be. */
export function pageOfStep(n: number): string {
  return n === 1 ? APP_HOME : n === 2 ? '/settings/org' : USERS_PAGE;
}

export function inviteDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Invite New Users' });
}

export function invitedUsersSwitch(page: Page): Locator {
  return page
    .getByRole('tab', { name: 'Invited Users' })
    .or(page.getByRole('button', { name: 'Invited Users' }));
}

/** What the user really does at a 1-based step of the invite tour, the way a new admin would. */
export async function performStep(page: Page, n: number, email = 'new.analyst@example.com'): Promise<void> {
  const dialog = inviteDialog(page);
  switch (n) {
    case 1:
      return page.getByRole('button', { name: 'Settings', exact: true }).click();
    case 2:
      return page.getByRole('link', { name: 'Users & Teams' }).click();
    case 3:
      return page.getByRole('button', { name: 'Invite Users' }).click();
    case 4:
      return dialog.getByRole('textbox', { name: 'Email address' }).fill(email);
    case 5:
      await dialog.getByRole('combobox', { name: 'Organization role' }).click();
      await page.getByRole('option', { name: 'Member' }).click();
      await dialog.getByRole('combobox', { name: 'Projects' }).click();
      await page.getByRole('option', { name: 'E-commerce Demo' }).click();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('listbox')).toHaveCount(0);
      await dialog.getByRole('combobox', { name: 'Project role' }).click();
      return page.getByRole('option', { name: 'Analyst' }).click();
    case 6:
      return page
        .getByRole('dialog', { name: 'Review before sending' })
        .getByRole('button', { name: 'Next' })
        .click();
    case 7:
      return dialog.getByRole('button', { name: 'Invite', exact: true }).click();
    case 8:
      return invitedUsersSwitch(page).click();
    default:
      throw new Error(`inviteFlow: no step ${n}`);
  }
}

/**
 * Brings a freshly loaded page back to where the user was before step `n` (1-based): the invite dialog
 * is page state, not tour state, so after a reload a user at steps 4 to 7 opens it and fills it again.
 */
export async function restorePageFor(page: Page, n: number): Promise<void> {
  if (n < 4 || n > 7) return;
  await page.getByRole('button', { name: 'Invite Users' }).click();
  await expect(inviteDialog(page)).toBeVisible();
  for (let done = 4; done < n; done++) {
    if (done !== 6) await performStep(page, done);
  }
}
