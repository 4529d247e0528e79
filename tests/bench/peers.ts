/**
 * The peer tour libraries the benchmark compares against, loaded straight from their npm packages'
 * dist files into a bench page (never into the extension). Shepherd is AGPL: it is only ever served to
 * the benchmark's own browser, not shipped.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import { EXTENSION_DIR } from '../e2e/replicaServer';

export const PEERS = ['driver.js', 'shepherd.js'] as const;
export type Peer = (typeof PEERS)[number];

const NODE_MODULES = path.resolve('node_modules');

/** The files each peer needs on a page (what a site embedding it would load). */
export const PEER_FILES: Record<Peer, string[]> = {
  'driver.js': ['driver.js/dist/driver.js.iife.js', 'driver.js/dist/driver.css'],
  'shepherd.js': ['shepherd.js/dist/js/shepherd.mjs', 'shepherd.js/dist/css/shepherd.css'],
};

export const PEER_VERSIONS: Record<Peer, string> = {
  'driver.js': '1.8.0',
  'shepherd.js': '15.3.0',
};

export function peerFile(file: string): string {
  return path.join(NODE_MODULES, file);
}

/** An origin the extension does not match: the same replica app, without the extension's scripts. */
export const BENCH_ORIGIN = 'https://bench.invalid';

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.svg': 'image/svg+xml',
};

/**
 * The tags a site embedding `peer` puts in its pages' head: the stylesheet and the script, then
 * `window.__peers` and a `peers-ready` event once the library has run (Shepherd is an ES module, so later).
 */
function peerTags(peer: Peer): string {
  if (peer === 'driver.js')
    return [
      '<link rel="stylesheet" href="/__peers/driver.js/dist/driver.css">',
      '<script src="/__peers/driver.js/dist/driver.js.iife.js"></script>',
      "<script>window.__peers = { driver: window.driver.js.driver }; dispatchEvent(new Event('peers-ready'));</script>",
    ].join('');
  return [
    '<link rel="stylesheet" href="/__peers/shepherd.js/dist/css/shepherd.css">',
    '<script type="module">import Shepherd from "/__peers/shepherd.js/dist/js/shepherd.mjs";',
    "window.__peers = { Shepherd }; dispatchEvent(new Event('peers-ready'));</script>",
  ].join('');
}

/**
 * Serves the replica (from the build) and the peers' dist files (under /__peers/) at BENCH_ORIGIN; with
 * `withPeer`, the replica's HTML loads that peer with the page, as a site embedding it would.
 */
export async function routeBenchOrigin(page: Page, withPeer?: Peer): Promise<void> {
  await page.route(`${BENCH_ORIGIN}/**`, async (route: Route) => {
    const url = new URL(route.request().url());
    let file: string;
    if (url.pathname.startsWith('/__peers/')) file = peerFile(url.pathname.slice('/__peers/'.length));
    else if (/^\/(chunks|assets)\//.test(url.pathname)) file = path.join(EXTENSION_DIR, url.pathname);
    else file = path.join(EXTENSION_DIR, 'practice.html');
    try {
      let body: Buffer | string = await readFile(file);
      if (withPeer && file.endsWith('.html'))
        body = body.toString('utf8').replace('</head>', `${peerTags(withPeer)}</head>`);
      await route.fulfill({
        status: 200,
        body,
        headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' },
      });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });
}

/**
 * Loads both peers into the page as a site would: driver.js's IIFE (window.driver.js.driver) and
 * Shepherd's ES module, plus their stylesheets. Exposes them as window.__peers.
 */
export async function loadPeers(page: Page): Promise<void> {
  await page.evaluate(async (origin) => {
    const css = (href: string) =>
      new Promise<void>((resolve) => {
        const link = document.createElement('link');
        link.rel = 'stylesheet';
        link.href = href;
        link.onload = () => resolve();
        document.head.append(link);
      });
    await css(`${origin}/__peers/driver.js/dist/driver.css`);
    await css(`${origin}/__peers/shepherd.js/dist/css/shepherd.css`);
    await new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${origin}/__peers/driver.js/dist/driver.js.iife.js`;
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('driver.js did not load'));
      document.head.append(script);
    });
    const shepherd = (await import(`${origin}/__peers/shepherd.js/dist/js/shepherd.mjs`)) as {
      default: unknown;
    };
    const w = window as unknown as { driver: { js: { driver: unknown } }; __peers: unknown };
    w.__peers = { driver: w.driver.js.driver, Shepherd: shepherd.default };
  }, BENCH_ORIGIN);
}
