/// <reference types="chrome" />
import { test, expect } from './fixtures';
import { isolatedWorldsIn } from './contentScripts';
import { commandFromPage, progressAtStep, sendFromPage, stepCard } from './guide';

test.describe('the built extension in Chromium', () => {
  test('its loader runs on every Mixpanel host and nowhere else', async ({
    context,
    openMixpanel,
    extensionId,
  }) => {
    for (const host of ['mixpanel.com', 'eu.mixpanel.com', 'in.mixpanel.com']) {
      const page = await openMixpanel('/settings/org', host);
      expect(await isolatedWorldsIn(page)).toContain(`chrome-extension://${extensionId}`);
      await page.close();
    }
    await context.route('https://example.com/**', (route) =>
      route.fulfill({
        body: '<!doctype html><title>Elsewhere</title><p>Not Mixpanel</p>',
        contentType: 'text/html',
      }),
    );
    const other = await context.newPage();
    await other.goto('https://example.com/settings/org');
    await expect(other.getByText('Not Mixpanel')).toBeVisible();
    // Give a content script every chance to run before checking that none did.
    await other.waitForLoadState('load');
    expect(await isolatedWorldsIn(other)).toEqual([]);
  });

  test('while a tour runs, the overlay loads with every Mixpanel page, before the app has rendered; once none runs, pages get only the loader', async ({
    context,
    serviceWorker,
    openPopup,
  }) => {
    const registered = () =>
      serviceWorker.evaluate(async () =>
        (await chrome.scripting.getRegisteredContentScripts()).map(({ id, js, runAt }) => ({
          id,
          js,
          runAt,
        })),
      );
    expect(await registered()).toEqual([]);
    const popup = await openPopup();
    await progressAtStep(popup, 3);
    await expect.poll(registered).toEqual([
      {
        id: 'invite-guide-overlay',
        js: ['content-scripts/tours.js', 'content-scripts/overlay.js'],
        runAt: 'document_start',
      },
    ]);

    const page = await context.newPage();
    // At DOMContentLoaded the app's scripts have not rendered its target yet; the overlay's host is there.
    await page.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        (window as { hostAtReady?: boolean }).hostAtReady = !!document.querySelector('invite-guide-overlay');
      }),
    );
    await page.goto('https://mixpanel.com/settings/org/users');
    await expect(stepCard(page)).toContainText('Step 3 of 8');
    expect(await page.evaluate(() => (window as { hostAtReady?: boolean }).hostAtReady)).toBe(true);

    await commandFromPage(popup, { type: 'dismiss' });
    await expect.poll(registered).toEqual([]);
    await page.reload();
    await page.waitForLoadState('load');
    await expect(page.getByRole('button', { name: /Invite Users/ })).toBeVisible();
    await expect(page.locator('invite-guide-overlay')).toHaveCount(0);
  });

  test('the manifest asks only for storage, scripting and the three Mixpanel hosts', async ({
    serviceWorker,
  }) => {
    const manifest = await serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['scripting', 'storage']);
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual([
      'https://eu.mixpanel.com/*',
      'https://in.mixpanel.com/*',
      'https://mixpanel.com/*',
    ]);
  });

  test('the service worker can be stopped and comes back on demand, answering from storage', async ({
    stopServiceWorker,
    openPopup,
  }) => {
    const setup = await openPopup();
    await progressAtStep(setup, 3);
    await setup.close();
    await stopServiceWorker();

    // Only a running worker answers a request, and it answers with what it read from storage.
    const popup = await openPopup();
    const reply = (await sendFromPage(popup, 'getProgress')) as {
      ok: boolean;
      state?: { tours: Record<string, { currentStep: number; done: object }> };
    };
    expect(reply.ok).toBe(true);
    expect(reply.state?.tours['invite-users']?.currentStep).toBe(2);
    expect(Object.keys(reply.state?.tours['invite-users']?.done ?? {})).toEqual([
      'open-settings',
      'open-users-and-teams',
    ]);
    await expect(popup.getByText('2 of 8 steps done', { exact: true })).toBeVisible();

    // And it writes again: a step completed from the popup reaches storage and comes back to the popup.
    await commandFromPage(popup, { type: 'completeStep', stepId: 'open-invite-dialog' });
    await expect(popup.getByText('3 of 8 steps done', { exact: true })).toBeVisible();
  });
});
