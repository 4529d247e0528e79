import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';

export const EXTENSION_DIR = path.resolve(process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
export const MIXPANEL_ORIGINS = [
  'https://mixpanel.com',
  'https://eu.mixpanel.com',
  'https://in.mixpanel.com',
];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * Serves the replica of Mixpanel's settings UI (the extension's own practice page) at the real Mixpanel
 * URLs, so the production build runs unmodified with its real match patterns. Assets come from the build;
 * every other path is the single-page app's HTML, as on the real site. Any other https request is
 * answered 404 so no test ever reaches the network.
 */
export async function routeReplica(context: BrowserContext, extensionDir = EXTENSION_DIR): Promise<void> {
  const serve = async (route: Route) => {
    const url = new URL(route.request().url());
    const isAsset = /^\/(chunks|assets)\//.test(url.pathname);
    const file = isAsset
      ? path.join(extensionDir, path.normalize(url.pathname))
      : path.join(extensionDir, 'practice.html');
    if (!file.startsWith(extensionDir)) return route.fulfill({ status: 403, body: 'forbidden' });
    try {
      const body = await readFile(file);
      await route.fulfill({
        status: 200,
        body,
        headers: { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' },
      });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  };
  for (const origin of MIXPANEL_ORIGINS) await context.route(`${origin}/**`, serve);
}
