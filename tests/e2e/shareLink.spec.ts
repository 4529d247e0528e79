import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectStep, requestFromExtension, startInviteTour, storedChoices, storedProgress } from './guide';

const USERS = '/settings/org/users';
const LINK_TO_STEP_5 = `${USERS}?guide=invite-users&guide-step=5`;

/** The on-page notice shown for a link that is not valid. */
function linkNotice(page: Page) {
  return page.locator('invite-guide-link-notice').getByRole('alert');
}

/** An admin who has done steps 1 to 6 and is on step 7, "Send the invitation". */
async function onStepSeven(context: BrowserContext, extensionId: string): Promise<void> {
  await startInviteTour(context, extensionId);
  for (const stepId of [
    'open-settings',
    'open-users-and-teams',
    'open-invite-dialog',
    'enter-email',
    'set-roles',
    'review',
  ]) {
    await requestFromExtension(context, extensionId, 'command', {
      type: 'completeStep',
      tourId: 'invite-users',
      stepId,
    });
  }
}

test.describe('share links', () => {
  test('a link to step 5 opens Mixpanel at step 5, and the marker leaves the address bar', async ({
    openMixpanel,
  }) => {
    const page = await openMixpanel(`${LINK_TO_STEP_5}&ref=mail#invite`);
    await expectStep(page, 5, 'Choose their roles');
    // Only our parameters go; the page's own query and hash stay.
    await expect(page).toHaveURL(`https://mixpanel.com${USERS}?ref=mail#invite`);
  });

  test('a link on eu.mixpanel.com works there', async ({ openMixpanel }) => {
    const page = await openMixpanel(LINK_TO_STEP_5, 'eu.mixpanel.com');
    await expectStep(page, 5, 'Choose their roles');
    await expect(page).toHaveURL(`https://eu.mixpanel.com${USERS}`);
  });

  test('a signed-out admin is sent through the sign-in page and lands on step 5 after it', async ({
    context,
  }) => {
    const page = await context.newPage();
    // Mixpanel for a signed-out visitor: the app loads, then its own code goes to the sign-in page,
    // keeping the path but not the query string.
    await page.route(
      `https://mixpanel.com${LINK_TO_STEP_5}`,
      (route) =>
        route.fulfill({
          contentType: 'text/html',
          body:
            '<!doctype html><title>Mixpanel</title><p>Loading…</p><script>setTimeout(() => ' +
            "location.replace('/login?next=' + encodeURIComponent(location.pathname)), 150)</script>",
        }),
      { times: 1 },
    );
    await page.goto(`https://mixpanel.com${LINK_TO_STEP_5}`);
    await expect(page).toHaveURL('https://mixpanel.com/login?next=%2Fsettings%2Forg%2Fusers');
    await expect(page.getByRole('heading', { name: 'Log in to Mixpanel' })).toBeVisible();
    // No tour on the sign-in page itself.
    await expect(page.locator('invite-guide-overlay')).toHaveCount(0);

    await page.getByRole('button', { name: 'Log in' }).click();
    await expect(page).toHaveURL(`https://mixpanel.com${USERS}`);
    await expectStep(page, 5, 'Choose their roles');
  });

  test('every kind of bad link shows a plain notice and changes nothing stored', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId, 2);
    const cases: [query: string, reason: string][] = [
      ['?guide=invite-userz&guide-step=5', 'there is no tour called "invite-userz"'],
      ['?guide=invite-users&guide-step=0', 'steps are numbered from 1, so there is no step 0'],
      ['?guide=invite-users&guide-step=-3', 'step numbers cannot be negative'],
      ['?guide=invite-users&guide-step=12', 'this tour has only 8 steps'],
      [
        '?guide=invite-users&guide-step=five',
        '"five" is neither a step number (1 to 8) nor a step of this tour',
      ],
      ['?guide=invite-users&guide-step=2&guide-step=3', '"guide-step" appears more than once in it'],
      [
        `?guide=invite-users&guide-step=${'4'.repeat(500)}`,
        'the value of "guide-step" is longer than 100 characters',
      ],
      [
        '?guide=invite-users&guide-step=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
        'the value of "guide-step" contains markup or script',
      ],
    ];
    for (const [query, reason] of cases) {
      const before = await storedChoices(context);
      const page = await openMixpanel(`${USERS}${query}`);
      const notice = linkNotice(page);
      await expect(notice).toHaveText(`This tour link is not valid: ${reason}Dismiss`);
      await expect(page).toHaveURL(`https://mixpanel.com${USERS}`);
      // The running tour carries on where it was.
      await expectStep(page, 3, 'Start an invitation');
      expect(await storedChoices(context)).toEqual(before);
      // Text, never markup: nothing from the URL became an element.
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      await expect(page.locator('invite-guide-link-notice')).toHaveCount(0);
      await page.close();
    }
  });

  test('a link while further along asks first, and changes nothing until the admin chooses', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await onStepSeven(context, extensionId);
    const before = await storedChoices(context);

    let page = await openMixpanel(LINK_TO_STEP_5);
    const choice = page.getByRole('dialog', { name: 'Open step 5?' });
    await expect(choice).toContainText('This link opens step 5: Choose their roles. You are on step 7.');
    await expect(page.getByRole('dialog', { name: 'Send the invitation' })).toHaveCount(0);
    expect(await storedChoices(context)).toEqual(before);

    await choice.getByRole('button', { name: 'Stay on step 7' }).click();
    await expectStep(page, 7, 'Send the invitation');
    expect(await storedChoices(context)).toEqual(before);
    await page.close();

    page = await openMixpanel(LINK_TO_STEP_5);
    await page.getByRole('button', { name: 'Go to step 5' }).click();
    await expectStep(page, 5, 'Choose their roles');
    const progress = (await storedProgress(context)) as {
      progress: { tours: Record<string, { currentStep: number; done: object }> };
    };
    expect(progress.progress.tours['invite-users']).toMatchObject({ currentStep: 4 });
    expect(Object.keys(progress.progress.tours['invite-users']!.done)).toHaveLength(6);
  });

  test('a restart link asks before resetting: Cancel keeps progress, Restart begins at step 1', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await onStepSeven(context, extensionId);
    const before = await storedChoices(context);
    // On the app's home page, where step 1 ("Open Settings") is still to do.
    const RESTART = '/project/3141592/view/2718/app/home?guide=invite-users&guide-action=restart';

    let page = await openMixpanel(RESTART);
    let confirm = page.getByRole('dialog', { name: 'Restart the invite tour from step 1?' });
    await expect(confirm).toContainText('Your progress will be reset.');
    await expect(page).toHaveURL('https://mixpanel.com/project/3141592/view/2718/app/home');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expectStep(page, 7, 'Send the invitation');
    expect(await storedChoices(context)).toEqual(before);
    await page.close();

    page = await openMixpanel(RESTART);
    confirm = page.getByRole('dialog', { name: 'Restart the invite tour from step 1?' });
    await confirm.getByRole('button', { name: 'Restart' }).click();
    await expectStep(page, 1, 'Open Settings');
    const progress = (await storedProgress(context)) as {
      progress: { tours: Record<string, { currentStep: number; done: object }> };
    };
    expect(progress.progress.tours['invite-users']).toMatchObject({ currentStep: 0, done: {} });
  });
});
