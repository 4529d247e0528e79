import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { test } from '@playwright/test';
import { launchWithExtension } from '../e2e/fixtures';
import { expectStep, startInviteTour } from '../e2e/guide';
import { APP_HOME, STEP_TITLES, performStep } from '../e2e/inviteFlow';

const SHOTS = path.resolve('demo-screenshots');
const withWindow = !!process.env.DISPLAY && !process.env.CI && process.env.DEMO_HEADLESS !== '1';

test('demo: the invite guide on the replica of Mixpanel', async () => {
  const profile = await mkdtemp(path.join(os.tmpdir(), 'invite-guide-demo-'));
  const context = await launchWithExtension(profile, { headless: !withWindow });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    await startInviteTour(context, extensionId);
    const page = context.pages()[0] ?? (await context.newPage());
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`https://mixpanel.com${APP_HOME}`);

    if (withWindow) {
      console.log(
        'demo: Chromium is open on the replica of Mixpanel with the tour started. Close the window to end.',
      );
      await page.waitForEvent('close', { timeout: 0 });
      return;
    }

    await mkdir(SHOTS, { recursive: true });
    const shots: string[] = [];
    const shoot = async (name: string) => {
      const file = path.join(SHOTS, `${name}.png`);
      await page.waitForTimeout(300); // let the card's fade-in finish
      await page.screenshot({ path: file });
      shots.push(file);
    };
    for (let n = 1; n <= 8; n++) {
      await expectStep(page, n, STEP_TITLES[n - 1]!);
      await shoot(
        `${String(n).padStart(2, '0')}-${STEP_TITLES[n - 1]!.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      );
      await performStep(page, n);
    }
    await page.getByRole('dialog', { name: "You've invited a user. Nice work!" }).waitFor();
    await shoot('09-done');

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${extensionId}/popup.html`);
    await popup.getByText('8 of 8 steps done').waitFor();
    const popupShot = path.join(SHOTS, '10-popup.png');
    await popup.screenshot({ path: popupShot, fullPage: true });
    shots.push(popupShot);
    console.log(
      `demo: no display, so the tour ran by itself. Screenshots:\n${shots.map((s) => `  ${s}`).join('\n')}`,
    );
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
});
