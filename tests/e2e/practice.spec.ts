/// <reference types="chrome" />
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { axe } from './axe';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  expectAnchoredTo,
  expectStep,
  expectTourStep,
  requestFromExtension,
  startInviteTour,
  stepCard,
} from './guide';
import { APP_HOME, STEP_TITLES, inviteDialog, invitedUsersSwitch, performStep } from './inviteFlow';

const ARTIFACTS = path.resolve('tests/.artifacts');
const BANNER_TEXT = "Practice sandbox: a copy of Mixpanel's settings. Nothing you do here is sent or saved.";

function practiceUrl(extensionId: string, route = APP_HOME): string {
  return `chrome-extension://${extensionId}/practice.html#${route}`;
}

/** Everything the extension keeps, exactly as stored (local and session), read in the service worker. */
async function storedBytes(context: BrowserContext): Promise<string> {
  const [worker] = context.serviceWorkers();
  return worker!.evaluate(async () =>
    JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.session.get(null)]),
  );
}

/**
 * Opens the sandbox with every message to the background and every extension-storage write recorded, so
 * a test can prove the practice run used neither.
 */
async function openSandbox(
  context: BrowserContext,
  extensionId: string,
  route = APP_HOME,
  tourId?: string,
): Promise<Page> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.defineProperty(window, '__extensionCalls', { value: calls });
    if (typeof chrome === 'undefined' || !chrome.runtime?.id) return;
    const record = <T extends object>(target: T, key: keyof T & string, name: string) => {
      const original = target[key] as (...args: unknown[]) => unknown;
      (target as Record<string, unknown>)[key] = (...args: unknown[]) => {
        calls.push(name);
        return original.apply(target, args);
      };
    };
    record(chrome.runtime, 'sendMessage', 'runtime.sendMessage');
    record(chrome.runtime, 'connect', 'runtime.connect');
    for (const area of ['local', 'session', 'sync'] as const) {
      record(chrome.storage[area], 'set', `storage.${area}.set`);
      record(chrome.storage[area], 'remove', `storage.${area}.remove`);
      record(chrome.storage[area], 'clear', `storage.${area}.clear`);
    }
  });
  const url = practiceUrl(extensionId, route);
  await page.goto(tourId === undefined ? url : url.replace('#', `?tour=${tourId}#`));
  return page;
}

function extensionCalls(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __extensionCalls: string[] }).__extensionCalls);
}

function banner(page: Page) {
  return page.getByRole('region', { name: 'Practice sandbox' });
}

test.describe('the practice sandbox', () => {
  test('a new admin rehearses the whole invite, and their own progress stays exactly as it was', async ({
    context,
    extensionId,
  }) => {
    // Their real tour is half done: the rehearsal must neither show it nor touch it.
    await startInviteTour(context, extensionId, 2);
    const before = await storedBytes(context);

    const page = await openSandbox(context, extensionId);
    await expect(banner(page)).toHaveText(new RegExp(BANNER_TEXT.replace(/[.?]/g, '\\$&')));
    await expect(page).toHaveTitle(/^Practice: /);

    for (const [index, title] of STEP_TITLES.entries()) {
      const n = index + 1;
      const card = await expectStep(page, n, title);
      if (n === 3) {
        await mkdir(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: path.join(ARTIFACTS, 'practice-sandbox-step3.png') });
        const { violations } = await axe(page)
          .include('invite-guide-practice-banner')
          .include('invite-guide-overlay')
          .analyze();
        expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`)).toEqual([]);
      }
      await expect(card).toBeVisible();
      await performStep(page, n);
    }

    await expect(page.getByRole('row').filter({ hasText: 'new.analyst@example.com' })).toBeVisible();
    const done = page.getByRole('dialog', { name: "You've invited a user. Nice work!" });
    await expect(done).toBeVisible();
    await page.screenshot({ path: path.join(ARTIFACTS, 'practice-sandbox-done.png') });
    await done.getByRole('button', { name: 'Finish' }).click();
    await expect(stepCard(page)).toHaveCount(0);

    expect(await extensionCalls(page)).toEqual([]);
    expect(await storedBytes(context)).toBe(before);
  });

  test('"Take me there" on a wrong page points at the sandbox\'s own control that goes there', async ({
    context,
    extensionId,
  }) => {
    const page = await openSandbox(context, extensionId);
    await expectStep(page, 1, 'Open Settings');
    await performStep(page, 1);
    await expectStep(page, 2, 'Open Users & Teams');

    await page.goBack();
    await expectStep(page, 2, 'Open Users & Teams');
    // The same card all the way, whatever its title says (the way has its own).
    const card = stepCard(page);
    await expect(card).toContainText('This step happens on Settings.');
    await card.getByRole('button', { name: 'Take me there' }).click();

    // The guide does not jump to an address: it points at the gear, as on Mixpanel.
    await expect(card).toContainText('On the way to Settings');
    const gear = page.getByRole('button', { name: 'Settings', exact: true });
    await expectAnchoredTo(card, gear);
    await gear.click();

    await expect(page).toHaveURL(practiceUrl(extensionId, '/settings/org'));
    await expect(page.getByRole('heading', { name: 'Overview' })).toBeVisible();
    await expect(stepCard(page)).not.toContainText('This step happens on');
    await performStep(page, 2);
    await expectStep(page, 3, 'Start an invitation');
  });

  test('"Restart practice" starts over at step 1 with no invitation left from the last run', async ({
    context,
    extensionId,
  }) => {
    const page = await openSandbox(context, extensionId);
    for (const n of [1, 2, 3, 4, 5, 6, 7]) {
      await expectStep(page, n, STEP_TITLES[n - 1]!);
      await performStep(page, n, 'rehearsal@example.com');
    }
    await expect(inviteDialog(page)).toHaveCount(0);
    await expectStep(page, 8, 'Check the pending invitation');

    await banner(page).getByRole('button', { name: 'Restart practice' }).click();

    await expect(page).toHaveURL(practiceUrl(extensionId));
    await expectStep(page, 1, 'Open Settings');
    await performStep(page, 1);
    await performStep(page, 2);
    await invitedUsersSwitch(page).click();
    await expect(page.getByRole('row').filter({ hasText: 'rehearsal@example.com' })).toHaveCount(0);
  });

  test('a closed practice tour can be resumed from the banner', async ({ context, extensionId }) => {
    const page = await openSandbox(context, extensionId);
    await performStep(page, 1);
    const card = await expectStep(page, 2, 'Open Users & Teams');
    await card.getByRole('button', { name: 'Close tour' }).click();
    await expect(stepCard(page)).toHaveCount(0);

    await banner(page).getByRole('button', { name: 'Resume practice' }).click();
    await expectStep(page, 2, 'Open Users & Teams');
    await expect(banner(page).getByRole('button', { name: 'Resume practice' })).toHaveCount(0);
  });

  test('the popup\'s "Practice" opens the sandbox in a new tab, at step 1', async ({
    context,
    extensionId,
    openPopup,
  }) => {
    const popup = await openPopup();
    const newTab = context.waitForEvent('page');
    await popup.getByRole('link', { name: 'Practice', exact: true }).click();

    const sandbox = await newTab;
    await expect(sandbox).toHaveURL(
      `chrome-extension://${extensionId}/practice.html?tour=invite-users#${APP_HOME}`,
    );
    await expect(banner(sandbox)).toBeVisible();
    await expectStep(sandbox, 1, 'Open Settings');
  });

  test('every tour has its practice: the resend tour rehearses on an invitation already waiting', async ({
    context,
    extensionId,
  }) => {
    const page = await openSandbox(context, extensionId, APP_HOME, 'resend-invite');
    await expect(banner(page)).toBeVisible();
    await expectTourStep(page, 1, 4, 'Open Users & Teams');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('link', { name: 'Users & Teams' }).click();
    await expectTourStep(page, 2, 4, 'Show the pending invitations');
    await page.getByRole('button', { name: 'Invited Users' }).click();
    await expect(page.getByRole('row', { name: /sam\.rivera@example\.com/ })).toBeVisible();
    await expectTourStep(page, 3, 4, 'Choose whose invitation to resend');
    // Nothing of the rehearsal reaches the extension's storage.
    expect(await extensionCalls(page)).toEqual([]);

    // An unknown tour in the address rehearses the first tour rather than nothing.
    await page.goto(`chrome-extension://${extensionId}/practice.html?tour=nope#${APP_HOME}`);
    await expectStep(page, 1, 'Open Settings');
  });

  test("the options page's Practice section opens the sandbox in a new tab", async ({
    context,
    extensionId,
    openOptions,
  }) => {
    const options = await openOptions();
    const section = options.getByRole('region', { name: 'Practice sandbox' });
    await expect(section).toBeVisible();
    // Trainers learn where printed handouts come from.
    await expect(section).toContainText('npm run handouts');
    await expect(section).toContainText('"Printable handouts" in its README');
    await mkdir(ARTIFACTS, { recursive: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      const { violations } = await axe(options).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' '))}`)).toEqual([]);
      await section.screenshot({ path: path.join(ARTIFACTS, `options-practice-${colorScheme}.png`) });
    }

    const newTab = context.waitForEvent('page');
    await section.getByRole('link', { name: 'Open the practice sandbox' }).click();
    const sandbox = await newTab;
    await expect(sandbox).toHaveURL(practiceUrl(extensionId));
    await expectStep(sandbox, 1, 'Open Settings');
  });

  test('served at mixpanel.com, the same page is the replica alone: no banner, no practice tour, no sandbox code', async ({
    context,
    extensionId,
  }) => {
    const scripts = new Map<string, number>();
    const page = await context.newPage();
    page.on('response', async (response) => {
      const url = new URL(response.url());
      if (url.hostname === 'mixpanel.com' && url.pathname.endsWith('.js'))
        scripts.set(url.pathname, (await response.body()).length);
    });
    await page.goto(`https://mixpanel.com${APP_HOME}`);
    await expect(page.getByRole('button', { name: 'Settings', exact: true })).toBeVisible();
    await page.waitForLoadState('networkidle');

    await expect(banner(page)).toHaveCount(0);
    await expect(page.locator('invite-guide-overlay')).toHaveCount(0);
    const loaded = [...scripts.keys()].map((file) => file.replace(/-[\w-]{8}\.js$/, '.js'));
    expect(loaded.sort()).toEqual(['/chunks/practice.js', '/chunks/practicePage.js']);
    const total = [...scripts.values()].reduce((sum, size) => sum + size, 0);
    test.info().annotations.push({
      type: 'replica JS at mixpanel.com',
      description: [...scripts].map(([file, size]) => `${file} ${size} B`).join(', ') + `; total ${total} B`,
    });

    // The extension's tour still comes to the replica the way it comes to Mixpanel: by its content scripts.
    await requestFromExtension(context, extensionId, 'command', { type: 'start', tourId: 'invite-users' });
    await page.reload();
    await expectStep(page, 1, 'Open Settings');
    await expect(banner(page)).toHaveCount(0);
  });
});
