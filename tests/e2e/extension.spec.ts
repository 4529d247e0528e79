/// <reference types="chrome" />
import { test, expect } from './fixtures';
import { isolatedWorldsIn } from './contentScripts';

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

  test('the service worker can be stopped and comes back on demand', async ({
    serviceWorker,
    stopServiceWorker,
    openPopup,
    context,
  }) => {
    await stopServiceWorker();
    // Opening an extension page that talks to the background wakes it again.
    const popup = await openPopup();
    await expect(popup.locator('body')).not.toBeEmpty();
    void serviceWorker;
    void context;
  });
});
