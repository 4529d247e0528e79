import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  test as base,
  expect,
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Worker,
} from '@playwright/test';
import { chromiumExecutable, extensionArgs } from './chromium';
import { EXTENSION_DIR, routeReplica } from './replicaServer';

export interface ExtensionFixtures {
  /** Profile folder of this test's Chromium; reuse it with `relaunch` to test a browser restart. */
  userDataDir: string;
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Opens https://<host><path> (the replica, routed) in a new tab and waits until it has loaded. */
  openMixpanel: (pathname: string, host?: string) => Promise<Page>;
  openPopup: () => Promise<Page>;
  openOptions: () => Promise<Page>;
  /** Stops the extension's MV3 service worker the way Chrome does after 30 s idle, and waits until it has. */
  stopServiceWorker: () => Promise<void>;
  /** Closes the browser and opens it again on the same profile. Returns the new context. */
  relaunch: () => Promise<BrowserContext>;
}

export async function launchWithExtension(
  userDataDir: string,
  { headless = true, lang }: { headless?: boolean; lang?: string } = {},
): Promise<BrowserContext> {
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('fixtures: no built extension in .output/chrome-mv3. Run `npx wxt build` first.');
  }
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless,
    executablePath: chromiumExecutable(),
    // A browser language (e.g. 'de'): Chromium's UI language, which picks the extension's locale.
    args: [...extensionArgs(EXTENSION_DIR), ...(lang ? [`--lang=${lang}`] : [])],
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang } } : {}),
    viewport: { width: 1280, height: 800 },
  });
  await routeReplica(context);
  return context;
}

function mixpanelOpener(context: BrowserContext): ExtensionFixtures['openMixpanel'] {
  return async (pathname, host = 'mixpanel.com') => {
    const page = await context.newPage();
    await page.goto(`https://${host}${pathname}`);
    return page;
  };
}

async function workerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
}

export const test = base.extend<ExtensionFixtures>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'invite-guide-profile-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const holder = { context: await launchWithExtension(userDataDir) };
    await use(holder.context);
    await holder.context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await workerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  openMixpanel: async ({ context }, use) => {
    await use(mixpanelOpener(context));
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 380, height: 600 });
      await page.goto(`chrome-extension://${extensionId}/popup.html`);
      return page;
    });
  },
  openOptions: async ({ context, extensionId }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return page;
    });
  },
  stopServiceWorker: async ({ context, serviceWorker: _serviceWorker }, use) => {
    await use(async () => {
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
          if (
            versions.some(
              (v) => v.runningStatus === 'stopped' && v.scriptURL.startsWith('chrome-extension://'),
            )
          ) {
            resolve();
          }
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
    });
  },
  relaunch: async ({ context, userDataDir }, use) => {
    await use(async () => {
      await context.close();
      const next = await launchWithExtension(userDataDir);
      // Later fixtures hold the old context: tests that relaunch use the returned one.
      return next;
    });
  },
});

/**
 * For tests of the replica alone, without the extension: one plain Chromium per worker and a fresh
 * context (its own storage) per test, with the replica routed at the Mixpanel addresses. A context
 * costs milliseconds where a browser with the extension costs seconds.
 */
export const replicaTest = base.extend<
  Pick<ExtensionFixtures, 'context' | 'openMixpanel'>,
  { plainBrowser: Browser }
>({
  plainBrowser: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const browser = await chromium.launch({
        headless: true,
        executablePath: chromiumExecutable(),
        args: extensionArgs(EXTENSION_DIR).filter((arg) => !arg.includes('extension')),
      });
      await use(browser);
      await browser.close();
    },
    { scope: 'worker' },
  ],
  context: async ({ plainBrowser }, use) => {
    const context = await plainBrowser.newContext({ viewport: { width: 1280, height: 800 } });
    await routeReplica(context);
    await use(context);
    await context.close();
  },
  openMixpanel: async ({ context }, use) => {
    await use(mixpanelOpener(context));
  },
});

export { expect };
