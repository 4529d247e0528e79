/// <reference types="chrome" />
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, launchWithExtension } from './fixtures';
import { expectStep, requestFromExtension, startInviteTour, storedProgress } from './guide';
import { APP_HOME, STEP_TITLES, USERS_PAGE, pageOfStep, performStep, restorePageFor } from './inviteFlow';

type Stored = Record<string, unknown> & {
  progress?: { tours: Record<string, { status: string; currentStep: number; done: Record<string, number> }> };
};

async function popupSays(popup: Page, text: string | RegExp): Promise<void> {
  await popup.reload();
  await expect(popup.getByText(text).first()).toBeVisible();
}

test.describe('progress survives anything', () => {
  test('at every step, with the worker stopped and the page reloaded, the tour and the popup resume exactly there', async ({
    context,
    extensionId,
    openMixpanel,
    openPopup,
    stopServiceWorker,
  }) => {
    test.setTimeout(240_000);
    await startInviteTour(context, extensionId);
    const page = await openMixpanel(APP_HOME);
    const popup = await openPopup();
    for (let n = 1; n <= 8; n++) {
      await page.bringToFront();
      await expectStep(page, n, STEP_TITLES[n - 1]!);
      // Chrome ends an idle MV3 worker after 30 s; do it now, at this step.
      await stopServiceWorker();
      await popupSays(popup, n === 1 ? '0 of 8 steps done' : `${n - 1} of 8 steps done`);
      await expect(popup.getByText(`Continues at step ${n}: ${STEP_TITLES[n - 1]}.`)).toBeVisible();
      // A reload at this step (the loader wakes the worker again to bring the overlay back).
      await page.bringToFront();
      await page.reload();
      await expect(page).toHaveURL(new RegExp(pageOfStep(n).replaceAll('/', '\\/') + '$'));
      await expectStep(page, n, STEP_TITLES[n - 1]!);
      await restorePageFor(page, n);
      await performStep(page, n);
    }
    await expect(page.getByRole('dialog', { name: "You've invited a user. Nice work!" })).toBeVisible();
    await popupSays(popup, '8 of 8 steps done');
    // Nothing typed into Mixpanel is ever stored.
    expect(JSON.stringify(await storedProgress(context))).not.toContain('new.analyst@example.com');
  });

  test('the browser closed and opened again on the same profile keeps progress', async ({
    context,
    extensionId,
    userDataDir,
  }) => {
    await startInviteTour(context, extensionId, 4);
    await requestFromExtension(context, extensionId, 'command', {
      type: 'completeStep',
      tourId: 'invite-users',
      stepId: 'open-settings',
    });
    await context.close();
    const again: BrowserContext = await launchWithExtension(userDataDir);
    try {
      const page = await again.newPage();
      await page.goto(`https://mixpanel.com${USERS_PAGE}`);
      await expectStep(page, 5, 'Choose their roles');
      const popup = await again.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html`);
      await expect(popup.getByText('1 of 8 steps done')).toBeVisible();
      await expect(popup.getByText('Continues at step 5: Choose their roles.')).toBeVisible();
    } finally {
      await again.close();
    }
  });

  test('two Mixpanel tabs and the popup agree, and rapid commands from two places lose no update', async ({
    context,
    extensionId,
    openMixpanel,
    openPopup,
  }) => {
    await startInviteTour(context, extensionId, 2);
    const tabA = await openMixpanel(USERS_PAGE);
    const tabB = await openMixpanel(USERS_PAGE);
    const popup = await openPopup();
    await expectStep(tabA, 3, 'Start an invitation');
    await expectStep(tabB, 3, 'Start an invitation');

    // The user acts in tab A; tab B and the open popup follow without a reload.
    await tabA.bringToFront();
    await performStep(tabA, 3);
    await expectStep(tabA, 4, 'Enter their e-mail address');
    await expectStep(tabB, 4, 'Enter their e-mail address');
    await expect(popup.getByText('Continues at step 4: Enter their e-mail address.')).toBeVisible();

    // Many commands at once from the popup and another extension page: the single writer applies all.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    const fire = (from: Page, stepIds: string[]) =>
      from.evaluate(
        (ids) =>
          Promise.all(
            ids.map((stepId) =>
              chrome.runtime.sendMessage({
                channel: 'invite-guide',
                type: 'command',
                payload: { type: 'completeStep', tourId: 'invite-users', stepId },
              }),
            ),
          ),
        stepIds,
      );
    const replies = await Promise.all([
      fire(popup, ['open-settings', 'enter-email', 'review', 'verify-pending']),
      fire(options, ['open-users-and-teams', 'set-roles', 'send-invite']),
    ]);
    expect(replies.flat().every((reply) => (reply as { ok: boolean }).ok)).toBe(true);
    const stored = (await storedProgress(context)) as Stored;
    const tour = stored.progress!.tours['invite-users']!;
    expect(Object.keys(tour.done).sort()).toEqual(
      [
        'enter-email',
        'open-invite-dialog',
        'open-settings',
        'open-users-and-teams',
        'review',
        'send-invite',
        'set-roles',
        'verify-pending',
      ].sort(),
    );
    expect(tour.status).toBe('completed');
    await expect(popup.getByText('8 of 8 steps done')).toBeVisible();
  });
});

test.describe('damaged or old stored data', () => {
  async function plant(context: BrowserContext, values: Record<string, unknown>) {
    const [worker] = context.serviceWorkers();
    await worker!.evaluate(async (v) => {
      await chrome.storage.local.clear();
      await chrome.storage.local.set(v);
    }, values);
  }

  test('corrupt progress is reset with a visible notice and a backup, never a crash', async ({
    context,
    serviceWorker,
    stopServiceWorker,
    openPopup,
  }) => {
    void serviceWorker;
    await plant(context, { progress: '{"tours": nope', progress$: { v: 2 } });
    await stopServiceWorker();
    const popup = await openPopup();
    await expect(
      popup.getByText('Your saved progress could not be read, so the guide starts over.', { exact: false }),
    ).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Start tour' })).toBeVisible();
    const stored = (await storedProgress(context)) as Stored;
    expect(JSON.stringify(stored.progressBackup)).toContain('{\\"tours\\": nope');
  });

  test('an old version of progress is migrated: the user resumes where they were', async ({
    context,
    serviceWorker,
    stopServiceWorker,
    openPopup,
  }) => {
    void serviceWorker;
    await plant(context, {
      progress: {
        'invite-users': {
          step: 4,
          completedSteps: ['open-settings', 'open-users-and-teams', 'open-invite-dialog', 'enter-email'],
          finished: false,
        },
      },
      progress$: { v: 1 },
    });
    await stopServiceWorker();
    const popup = await openPopup();
    await expect(popup.getByText('4 of 8 steps done')).toBeVisible();
    await expect(popup.getByRole('button', { name: 'Resume tour' })).toBeVisible();
  });

  test('progress from a newer version keeps what this version understands, with a notice and a backup', async ({
    context,
    serviceWorker,
    stopServiceWorker,
    openPopup,
  }) => {
    void serviceWorker;
    const future = {
      tours: {
        'invite-users': {
          status: 'in_progress',
          currentStep: 2,
          done: { 'open-settings': 1_700_000_000_000, 'open-users-and-teams': 1_700_000_100_000 },
          startedAt: 1_700_000_000_000,
          completedAt: null,
          updatedAt: 1_700_000_100_000,
          hologram: { whatever: true },
        },
      },
      sync: 'v3 feature',
    };
    await plant(context, { progress: future, progress$: { v: 3 } });
    await stopServiceWorker();
    const popup = await openPopup();
    await expect(popup.getByText('written by a newer version', { exact: false })).toBeVisible();
    await expect(popup.getByText('2 of 8 steps done')).toBeVisible();
    const stored = (await storedProgress(context)) as Stored;
    expect(JSON.stringify(stored.progressBackup)).toContain('v3 feature');
  });
});
