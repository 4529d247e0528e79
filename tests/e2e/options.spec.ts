/// <reference types="chrome" />
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { axe } from './axe';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './fixtures';
import { commandFromPage, progressAtStep, sendFromPage } from './guide';

const TOUR = 'invite-users';
const ARTIFACTS = path.resolve('tests/.artifacts');

interface StoredTour {
  status: string;
  currentStep: number;
  done: Record<string, number>;
}

const send = sendFromPage;
const command = commandFromPage;

/** Everything the extension stores, as the service worker reads it. */
function storage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage.local.get(null));
}

async function tourProgress(worker: Worker): Promise<StoredTour | undefined> {
  const { progress } = (await storage(worker)) as { progress?: { tours: Record<string, StoredTour> } };
  return progress?.tours[TOUR];
}

async function checkLooks(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await axe(page).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    await page.screenshot({
      path: path.join(ARTIFACTS, `options-${name}-${colorScheme}.png`),
      fullPage: true,
    });
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

function stepRow(page: Page, n: number) {
  return page.getByRole('table', { name: 'Steps of "Invite a user to Mixpanel"' }).getByRole('row').nth(n);
}

test.describe('the options page', () => {
  test('shows each step with its state, and "Mark as not done" unticks one step', async ({
    openOptions,
    serviceWorker,
  }) => {
    const options = await openOptions();
    await progressAtStep(options, 4);

    const progress = options.getByRole('region', { name: 'Progress' });
    const tour = progress.getByRole('article', { name: 'Invite a user to Mixpanel' });
    await expect(tour.getByText('In progress', { exact: true })).toBeVisible();
    await expect(tour.getByText('3 of 8 steps done', { exact: true })).toBeVisible();
    await expect(tour.getByText('Current step: 4. Enter their e-mail address')).toBeVisible();
    await expect(stepRow(options, 1)).toContainText(/Open Settings\s*Done \S/);
    await expect(stepRow(options, 4)).toContainText('Current step');
    await expect(stepRow(options, 8)).toContainText('To do');
    await expect(tour.getByRole('button', { name: /^Mark as not done: step \d/ })).toHaveCount(3);

    await tour.getByRole('button', { name: 'Mark as not done: step 2, Open Users & Teams' }).click();
    await expect(options.getByRole('status').getByText('Step 2 is marked as not done.')).toBeVisible();
    await expect(tour.getByText('2 of 8 steps done', { exact: true })).toBeVisible();
    await expect(stepRow(options, 2)).toContainText('To do');
    const stored = await tourProgress(serviceWorker);
    expect(Object.keys(stored!.done).sort()).toEqual(['open-invite-dialog', 'open-settings']);
    expect(stored).toMatchObject({ status: 'in_progress', currentStep: 3 });

    await checkLooks(options, 'in-progress');
  });

  test('"Reset this tour" and "Reset all tours" ask first and change nothing when cancelled', async ({
    openOptions,
    serviceWorker,
  }) => {
    const options = await openOptions();
    await progressAtStep(options, 3);
    const before = await storage(serviceWorker);

    await options.getByRole('button', { name: 'Reset this tour' }).click();
    const confirmTour = options.getByRole('group', {
      name: 'Reset all progress for "Invite a user to Mixpanel"?',
    });
    await confirmTour.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirmTour).toHaveCount(0);
    expect(await storage(serviceWorker)).toEqual(before);

    await options.getByRole('button', { name: 'Reset this tour' }).click();
    await confirmTour.getByRole('button', { name: 'Reset tour' }).click();
    await expect(options.getByText('Progress of "Invite a user to Mixpanel" was reset.')).toBeVisible();
    expect(await tourProgress(serviceWorker)).toMatchObject({ status: 'not_started', done: {} });
    await expect(options.getByText('0 of 8 steps done', { exact: true })).toBeVisible();

    await progressAtStep(options, 2);
    await options.getByRole('button', { name: 'Reset all tours' }).click();
    const confirmAll = options.getByRole('group', {
      name: 'Reset the progress of every tour?',
    });
    await expect(confirmAll.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await options.keyboard.press('Escape');
    await expect(confirmAll).toHaveCount(0);
    expect(await tourProgress(serviceWorker)).toMatchObject({ status: 'in_progress' });

    await options.getByRole('button', { name: 'Reset all tours' }).click();
    await confirmAll.getByRole('button', { name: 'Reset all tours' }).click();
    await expect(options.getByText('The progress of every tour was reset.')).toBeVisible();
    expect(await tourProgress(serviceWorker)).toMatchObject({ status: 'not_started', done: {} });
    await expect(options.getByRole('button', { name: 'Reset all tours' })).toBeDisabled();
  });

  test('Undo after a reset brings the progress back and keeps a step done since the reset', async ({
    openOptions,
    serviceWorker,
  }) => {
    const options = await openOptions();
    await progressAtStep(options, 3);

    await options.getByRole('button', { name: 'Reset this tour' }).click();
    await options.getByRole('button', { name: 'Reset tour' }).click();
    const undoTour = options.getByRole('button', {
      name: 'Undo: Progress of "Invite a user to Mixpanel" was reset.',
    });
    await expect(undoTour).toBeVisible();
    await checkLooks(options, 'undo-reset');
    // Elsewhere, the tour is begun again and a step done before Undo.
    await commandFromPage(options, { type: 'start', step: 3 });
    await commandFromPage(options, { type: 'completeStep', stepId: 'enter-email' });

    await undoTour.click();
    await expect(
      options.getByText(
        'Progress of "Invite a user to Mixpanel" restored, with anything done since the reset.',
      ),
    ).toBeVisible();
    await expect(options.getByText('3 of 8 steps done', { exact: true })).toBeVisible();
    expect(Object.keys((await tourProgress(serviceWorker))!.done).sort()).toEqual([
      'enter-email',
      'open-settings',
      'open-users-and-teams',
    ]);
    await expect(undoTour).toHaveCount(0);

    await options.getByRole('button', { name: 'Reset all tours' }).click();
    await options
      .getByRole('group', { name: 'Reset the progress of every tour?' })
      .getByRole('button', { name: 'Reset all tours' })
      .click();
    await expect(options.getByText('0 of 8 steps done', { exact: true })).toBeVisible();
    await options.getByRole('button', { name: 'Undo: The progress of every tour was reset.' }).click();
    await expect(
      options.getByText('The progress of every tour was restored, with anything done since the reset.'),
    ).toBeVisible();
    await expect(options.getByText('3 of 8 steps done', { exact: true })).toBeVisible();
  });

  test('export downloads a dated backup that imports back to the same progress', async ({
    openOptions,
    serviceWorker,
  }) => {
    const options = await openOptions();
    await progressAtStep(options, 5);
    const exported = await tourProgress(serviceWorker);

    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Export progress' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^invite-guide-progress-\d{4}-\d{2}-\d{2}\.json$/);
    await expect(options.getByText(`Progress exported as ${file.suggestedFilename()}.`)).toBeVisible();
    const filePath = path.join(test.info().outputDir, file.suggestedFilename());
    await file.saveAs(filePath);
    const backup = JSON.parse(await readFile(filePath, 'utf8')) as Record<string, unknown>;
    expect(backup).toMatchObject({
      format: 'mixpanel-invite-guide/progress',
      version: 2,
      progress: { tours: { [TOUR]: exported } },
    });
    expect(Date.parse(backup.exportedAt as string)).toBeGreaterThan(Date.now() - 60_000);

    // Later the admin starts over, then restores the backup.
    await command(options, { type: 'restart' });
    await command(options, { type: 'completeStep', stepId: 'open-settings' });
    await options.getByLabel('Import progress from a file').setInputFiles(filePath);
    const confirm = options.getByRole('group', { name: "Replace your current progress with the file's?" });
    await expect(confirm).toContainText(file.suggestedFilename());
    await checkLooks(options, 'import-confirm');
    await confirm.getByRole('button', { name: 'Replace progress' }).click();

    await expect(options.getByText(`Progress imported from ${file.suggestedFilename()}.`)).toBeVisible();
    expect(await tourProgress(serviceWorker)).toEqual(exported);
    await expect(options.getByText('4 of 8 steps done', { exact: true })).toBeVisible();
  });

  test('cancelling an import changes nothing', async ({ openOptions, serviceWorker }) => {
    const options = await openOptions();
    await progressAtStep(options, 3);
    const backup = {
      format: 'mixpanel-invite-guide/progress',
      version: 2,
      exportedAt: new Date().toISOString(),
      progress: { tours: {} },
    };
    const before = JSON.stringify(await storage(serviceWorker));
    await options.getByLabel('Import progress from a file').setInputFiles({
      name: 'empty.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(backup)),
    });
    await options.getByRole('button', { name: 'Cancel' }).click();
    await expect(options.getByText('Import cancelled. Nothing was changed.')).toBeVisible();
    expect(JSON.stringify(await storage(serviceWorker))).toBe(before);
  });

  const BAD_FILES = [
    {
      kind: 'not JSON',
      name: 'notes.txt',
      content: 'Invite a user to Mixpanel: done!\n',
      message: 'notes.txt is not a JSON file, so it is not a progress backup. Nothing was changed.',
    },
    {
      kind: 'not ours',
      name: 'package.json',
      content: JSON.stringify({ name: 'something-else', version: '1.0.0', progress: { tours: {} } }),
      message:
        "package.json is not a progress backup of this extension: it lacks this extension's format marker.",
    },
    {
      kind: 'from a newer version',
      name: 'invite-guide-progress-2031-01-01.json',
      content: JSON.stringify({
        format: 'mixpanel-invite-guide/progress',
        version: 3,
        exportedAt: '2031-01-01T00:00:00.000Z',
        progress: { tours: {}, teams: {} },
      }),
      message:
        'was exported by a newer version of this extension. Update the extension, then import it again.',
    },
    {
      kind: 'damaged',
      name: 'edited.json',
      content: JSON.stringify({
        format: 'mixpanel-invite-guide/progress',
        version: 2,
        progress: { tours: { [TOUR]: { status: 'finished', currentStep: 99, done: {} } } },
      }),
      message: 'edited.json is a progress backup, but the progress in it is damaged. Nothing was changed.',
    },
    {
      kind: 'whole but for damaged step times',
      name: 'timed.json',
      content: JSON.stringify({
        format: 'mixpanel-invite-guide/progress',
        version: 2,
        progress: { tours: {} },
        stepTimings: { runs: [{ tourId: TOUR, startedAt: 1, steps: [{ stepId: 'open-settings', ms: -4 }] }] },
      }),
      message:
        'timed.json is a progress backup, but the step times in it are damaged. Nothing was changed: neither your progress nor your step times.',
    },
  ];

  for (const bad of BAD_FILES) {
    test(`a file that is ${bad.kind} is refused with its reason, and storage stays byte for byte the same`, async ({
      openOptions,
      serviceWorker,
    }) => {
      const options = await openOptions();
      await progressAtStep(options, 3);
      const before = JSON.stringify(await storage(serviceWorker));

      await options.getByLabel('Import progress from a file').setInputFiles({
        name: bad.name,
        mimeType: 'application/json',
        buffer: Buffer.from(bad.content),
      });

      const alert = options.getByRole('alert').filter({ hasText: bad.message });
      await expect(alert).toBeVisible();
      await expect(options.getByRole('group', { name: /Replace your current progress/ })).toHaveCount(0);
      await alert.getByText('What is wrong').click();
      await expect(alert.getByRole('listitem').first()).toBeVisible();
      if (bad.kind === 'damaged') await checkLooks(options, 'import-refused');
      // Give a stray write every chance to land before comparing.
      await options.waitForTimeout(300);
      expect(JSON.stringify(await storage(serviceWorker))).toBe(before);
    });
  }

  test('stored data shows the progress as JSON and any notices, and the FAQ is there', async ({
    openOptions,
    serviceWorker,
  }) => {
    await serviceWorker.evaluate(() =>
      chrome.storage.local.set({ progress: { tours: 'broken' }, progress$: { v: 2 } }),
    );
    const options = await openOptions();
    expect((await send(options, 'getProgress')).ok).toBe(true);
    await progressAtStep(options, 2);

    const stored = options.getByRole('region', { name: 'Stored data and diagnostics' });
    await expect(stored.locator('#stored-progress')).toContainText('"open-settings":');
    const shown = JSON.parse((await stored.locator('#stored-progress').textContent())!) as unknown;
    const { progress } = await storage(serviceWorker);
    expect(shown).toEqual(progress);
    await expect(stored).toContainText('progress.tours: expected an object, got string');
    await expect(stored).toContainText('"broken"');
    await expect(options.getByRole('list', { name: 'Notices' })).toContainText(
      'Your saved progress could not be read',
    );

    await options.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Help' }).click();
    await expect(
      options.getByRole('heading', { level: 2, name: 'Help with inviting users' }),
    ).toBeInViewport();
    await checkLooks(options, 'stored-data');
  });
});
