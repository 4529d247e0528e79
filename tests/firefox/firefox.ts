import { readFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';

export const FIREFOX_DIR = path.resolve(process.env.WXT_OUT_DIR ?? '.output', 'firefox-mv2');
export const ADDON_ID = 'invite-guide@mixpanel-guide.example';
/** Fixed moz-extension UUID, so tests can open the popup page at a known address. */
export const ADDON_UUID = '6f1c2e9a-3b4d-4c5e-9f60-7a8b9c0d1e2f';
export const EXTENSION_ORIGIN = `moz-extension://${ADDON_UUID}`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Debian's firefox-esr, driven over WebDriver BiDi, with the Firefox build as a temporary add-on. */
export async function launchFirefox(): Promise<Browser> {
  const browser = await startFirefox().catch(async (error: unknown) => {
    // Once in a full `npm test` here, a firefox-esr start never printed its WebDriver address (it starts in
    // about 3 s otherwise). A second start is tried and said out loud, so a Firefox that cannot start at all
    // still fails the run and an occasional slow start does not hide.
    if (!(error instanceof Error && error.name === 'TimeoutError')) throw error;
    console.warn(`firefox-esr did not start (${error.message}); starting it once more`);
    return startFirefox();
  });
  await browser.installExtension(FIREFOX_DIR);
  return browser;
}

function startFirefox(): Promise<Browser> {
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    // Firefox 153 lets WebDriver navigate only to http(s), file, blob and about:blank unless started with
    // system access: the popup page is a moz-extension:// address. (Older versions ignore the flag.)
    args: ['--remote-allow-system-access'],
    defaultViewport: { width: 1280, height: 800 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    },
    timeout: 20_000,
  });
}

/**
 * Serves the replica (the build's practice page and its assets) at https://*.mixpanel.com, as
 * tests/e2e/replicaServer.ts does for Chromium; every other https request gets a 404.
 */
export async function routeReplica(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (request: HTTPRequest) => void serve(request));
}

async function serve(request: HTTPRequest): Promise<void> {
  const url = new URL(request.url());
  if (url.protocol !== 'https:') return request.continue();
  if (!/(^|\.)mixpanel\.com$/.test(url.hostname)) return request.respond({ status: 404, body: 'not found' });
  const isAsset = /^\/(chunks|assets)\//.test(url.pathname);
  const file = isAsset
    ? path.join(FIREFOX_DIR, path.normalize(url.pathname))
    : path.join(FIREFOX_DIR, 'practice.html');
  if (!file.startsWith(FIREFOX_DIR)) return request.respond({ status: 403, body: 'forbidden' });
  try {
    const body = await readFile(file);
    await request.respond({
      status: 200,
      body,
      contentType: CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
  } catch {
    await request.respond({ status: 404, body: 'not found' });
  }
}

/** A new tab with the replica routed, at https://<host><pathname>. */
export async function openMixpanel(browser: Browser, pathname: string, host = 'mixpanel.com'): Promise<Page> {
  const page = await browser.newPage();
  await routeReplica(page);
  await page.goto(`https://${host}${pathname}`, { waitUntil: 'domcontentloaded' });
  return page;
}
