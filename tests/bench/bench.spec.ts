/// <reference types="chrome" />
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test } from '../e2e/fixtures';
import { startInviteTour } from '../e2e/guide';
import { EXTENSION_DIR } from '../e2e/replicaServer';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function sizeOf(file: string): { raw: number; gzip: number } {
  const body = readFileSync(file);
  return { raw: body.length, gzip: gzipSync(body, { level: 9 }).length };
}

/** The JS and CSS an HTML entrypoint loads (its own chunk and the shared ones it imports). */
function assetsOfPage(html: string): string[] {
  const text = readFileSync(path.join(EXTENSION_DIR, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/?((?:chunks|assets)\/[^"]+)"/g)].map((m) => m[1]!);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

test('built sizes of each entrypoint (raw and gzip)', () => {
  const rows: [string, string[]][] = [
    ['background (service worker)', ['background.js']],
    ['loader (every Mixpanel page)', ['content-scripts/loader.js']],
    ['overlay (only while a tour is active)', ['content-scripts/overlay.js']],
    ['popup', assetsOfPage('popup.html')],
    ['options', assetsOfPage('options.html')],
    ['practice sandbox / replica', assetsOfPage('practice.html')],
  ];
  console.log('\nEntrypoint sizes');
  for (const [name, files] of rows) {
    const total = files
      .map((f) => sizeOf(path.join(EXTENSION_DIR, f)))
      .reduce((sum, s) => ({ raw: sum.raw + s.raw, gzip: sum.gzip + s.gzip }), { raw: 0, gzip: 0 });
    console.log(
      `  ${name.padEnd(40)} ${kb(total.raw).padStart(10)} raw ${kb(total.gzip).padStart(10)} gzip  (${files.length} file(s))`,
    );
  }
  const all = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) =>
      statSync(path.join(dir, f)).isDirectory() ? all(path.join(dir, f)) : [path.join(dir, f)],
    );
  const total = all(EXTENSION_DIR).reduce((sum, f) => sum + statSync(f).size, 0);
  console.log(`  ${'whole extension folder'.padEnd(40)} ${kb(total).padStart(10)}`);
});

test('idle cost: extension script evaluated on a Mixpanel page load with no tour active', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const scripts: { url: string; length: number }[] = [];
  cdp.on('Debugger.scriptParsed', (event) => {
    if (event.url.startsWith(`chrome-extension://${extensionId}/`))
      scripts.push({ url: event.url, length: event.length ?? 0 });
  });
  await cdp.send('Debugger.enable');
  await page.goto('https://mixpanel.com/settings/org/users');
  await page.getByRole('button', { name: 'Invite Users' }).waitFor();
  await page.waitForTimeout(1000);
  const overlayHosts = await page.locator('invite-guide-overlay').count();
  const bytes = scripts.reduce((sum, s) => sum + s.length, 0);
  console.log('\nIdle Mixpanel page load (no tour active, no share link)');
  for (const s of scripts)
    console.log(`  evaluated ${s.url.replace(/^chrome-extension:\/\/[^/]+/, '')}: ${kb(s.length)}`);
  console.log(
    `  total extension script evaluated: ${kb(bytes)} in ${scripts.length} script(s); overlay elements on the page: ${overlayHosts}`,
  );

  // The same page with a tour active, for comparison.
  await startInviteTour(context, extensionId, 2);
  await page.locator('invite-guide-overlay').getByRole('dialog').waitFor();
  scripts.length = 0;
  await page.reload();
  await page.locator('invite-guide-overlay').getByRole('dialog').waitFor();
  const active = scripts.reduce((sum, s) => sum + s.length, 0);
  console.log(`  with the tour active: ${kb(active)} in ${scripts.length} script(s)`);
});

test('time from a target appearing in the DOM to its card being positioned', async ({
  context,
  extensionId,
  openMixpanel,
}) => {
  await startInviteTour(context, extensionId, 3);
  const page = await openMixpanel('/settings/org/users');
  const samples: number[] = [];
  for (let i = 0; i < 15; i++) {
    // In the page's own world: when the invite dialog (step 4's target lives in it) is attached to the
    // document, and when the overlay's card is next placed next to a target.
    const measure = page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          let appeared = 0;
          const host = document.querySelector('invite-guide-overlay');
          const shadow = host?.shadowRoot;
          if (!shadow) return reject(new Error('no overlay'));
          const bodyWatch = new MutationObserver((records) => {
            for (const r of records)
              for (const n of r.addedNodes)
                if ((n as Element).localName === 'mp-modal') appeared = performance.now();
          });
          bodyWatch.observe(document.body, { childList: true });
          const cardWatch = new MutationObserver(() => {
            const card = shadow.querySelector('[role="dialog"]') as HTMLElement | null;
            if (
              appeared &&
              card?.dataset.floating === 'anchored' &&
              card.style.transform &&
              card.style.visibility !== 'hidden'
            ) {
              bodyWatch.disconnect();
              cardWatch.disconnect();
              resolve(performance.now() - appeared);
            }
          });
          cardWatch.observe(shadow, {
            subtree: true,
            attributes: true,
            attributeFilter: ['style', 'data-floating'],
          });
        }),
    );
    await page.getByRole('button', { name: 'Invite Users' }).click();
    samples.push(await measure);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog', { name: 'Invite New Users' }).waitFor({ state: 'detached' });
  }
  console.log('\nTarget appears -> card positioned (Chromium, 15 runs)');
  console.log(
    `  median ${median(samples).toFixed(1)} ms, min ${Math.min(...samples).toFixed(1)} ms, max ${Math.max(...samples).toFixed(1)} ms`,
  );
});
