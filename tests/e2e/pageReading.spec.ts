import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import {
  expectAnchoredTo,
  expectStep,
  requestFromExtension,
  startInviteTour,
  stepCard,
  storedProgress,
} from './guide';
import { APP_HOME, inviteDialog, invitedUsersSwitch, performStep, STEP_TITLES } from './inviteFlow';

/**
 * The guide reads the page instead of trusting our guesses about Mixpanel: the replica's knobs make it
 * differ from itself (other addresses, native top-layer dialogs and popovers, a failed send, other
 * wording, an older pending invitation), and the tour must complete on each with every card anchored.
 */

type Knobs = Record<string, string>;

async function setKnobs(context: BrowserContext, knobs: Knobs): Promise<void> {
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, knobs);
}

const EMAIL = 'new.analyst@example.com';

/** The whole tour as a new admin does it, each card checked next to its target. */
async function walkTour(page: Page, knobs: Knobs): Promise<void> {
  const dialog = inviteDialog(page);
  const targets = [
    () => page.getByRole('button', { name: 'Settings', exact: true }),
    () => page.getByRole('link', { name: 'Users & Teams' }),
    () => page.getByRole('button', { name: 'Invite Users' }),
    () => dialog.getByRole('textbox', { name: 'Email address' }),
    () => dialog.getByRole('combobox', { name: 'Organization role' }),
    () => dialog,
    () => dialog.getByRole('button', { name: 'Invite', exact: true }),
    () => invitedUsersSwitch(page),
  ];
  for (let n = 1; n <= 8; n++) {
    const card = await expectStep(page, n, STEP_TITLES[n - 1]!);
    await expectAnchoredTo(card, targets[n - 1]!(), n === 6 ? 80 : 40);
    if (n === 1 && knobs['replica:gear-menu']) {
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      // The card follows to the menu item the gear opened.
      await expectAnchoredTo(card, page.getByRole('menuitem', { name: 'Organization Settings' }));
      await page.getByRole('menuitem', { name: 'Organization Settings' }).click();
      continue;
    }
    if (n === 7 && knobs['replica:send-fails']) {
      await performStep(page, 7, EMAIL);
      // The app said no: the step stays open and the card says what happened and what to do.
      const failed = await expectStep(page, 7, STEP_TITLES[6]);
      await expect(failed).toContainText('Not sent. Mixpanel says:');
      await expect(failed).toContainText(
        knobs['replica:send-fails'] === 'rate-limit' ? 'about 10 invitations per hour' : 'press Invite again',
      );
      await expectAnchoredTo(failed, targets[6]!());
      await expect(dialog).toBeVisible();
      expect(await stepsDone(page)).not.toContain('send-invite');
    }
    await performStep(page, n, EMAIL);
    if (n === 7 && knobs['replica:toast'] === 'none') {
      // No confirmation on screen: the card says where to check, and the invitee listed there completes
      // step 7 and then step 8 at once.
      const unconfirmed = await expectStep(page, 7, STEP_TITLES[6]);
      await expect(unconfirmed).toContainText('Mixpanel did not confirm it on screen', { timeout: 15_000 });
      expect(await stepsDone(page)).not.toContain('send-invite');
      await invitedUsersSwitch(page).click();
      break;
    }
  }
  await expect(page.getByRole('row').filter({ hasText: EMAIL })).toBeVisible();
  const done = page.getByRole('dialog', { name: "You've invited a user. Nice work!" });
  await expect(done).toBeVisible();
}

async function stepsDone(page: Page): Promise<string[]> {
  const stored = (await storedProgress(page.context())) as {
    progress?: { tours?: Record<string, { done?: Record<string, number> }> };
  };
  return Object.keys(stored.progress?.tours?.['invite-users']?.done ?? {});
}

const COMBINATIONS: [string, Knobs][] = [
  [
    'Users & Teams at another address, other toast wording, an older pending invitation',
    {
      'replica:routes': 'alt',
      'replica:toast': 'alt',
      'replica:older-pending': '1',
    },
  ],
  [
    'Settings under /project/<id>/app/settings, a gear menu, native dialog and popovers, no toast',
    {
      'replica:routes': 'project',
      'replica:gear-menu': '1',
      'replica:native-dialog': '1',
      'replica:popover': '1',
      'replica:toast': 'none',
    },
  ],
  [
    'a first send that fails with an inline error, then succeeds',
    {
      'replica:send-fails': 'error',
      'replica:older-pending': '1',
    },
  ],
  [
    'a rate-limited first send inside a native dialog with popover drop-downs',
    {
      'replica:send-fails': 'rate-limit',
      'replica:native-dialog': '1',
      'replica:popover': '1',
      'replica:routes': 'alt',
    },
  ],
];

test.describe('the tour on a Mixpanel that differs from our replica', () => {
  for (const [name, knobs] of COMBINATIONS) {
    test(`completes with every card anchored: ${name}`, async ({ context, extensionId, openMixpanel }) => {
      test.setTimeout(90_000);
      await setKnobs(context, knobs);
      await startInviteTour(context, extensionId);
      const page = await openMixpanel(APP_HOME);
      await walkTour(page, knobs);
    });
  }

  test('the card and spotlight stay above a native modal dialog and its popover list, usable by mouse and keyboard', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:native-dialog': '1', 'replica:popover': '1' });
    await startInviteTour(context, extensionId, 3);
    const page = await openMixpanel('/settings/org/users');
    await performStep(page, 3);
    const dialog = inviteDialog(page);
    await expect(dialog).toBeVisible();
    expect(await dialog.evaluate((el) => el.matches(':modal'))).toBe(true);
    const card = await expectStep(page, 4, STEP_TITLES[3]);
    // The card is hit-testable where it is drawn: the top layer does not cover it, the page's inertness does not reach it.
    const box = (await card.boundingBox())!;
    const topmost = await page.evaluate(
      ([x, y]) => {
        let el = document.elementFromPoint(x, y);
        while (el?.shadowRoot) {
          const inner = el.shadowRoot.elementFromPoint(x, y);
          if (!inner || inner === el) break;
          el = inner;
        }
        return (
          el?.closest('[role="dialog"]')?.getAttribute('aria-labelledby') !== null && !!el?.closest('.card')
        );
      },
      [box.x + box.width / 2, box.y + 12] as const,
    );
    expect(topmost, 'the step card is the topmost element where it is drawn').toBe(true);
    // Keyboard: the card's buttons take focus and work.
    await card.getByRole('button', { name: 'Help' }).focus();
    await page.keyboard.press('Enter');
    await expect(card.getByText('Help with inviting users')).toBeVisible();
    await card.getByRole('button', { name: 'Help' }).click();
    await performStep(page, 4);
    const roles = await expectStep(page, 5, STEP_TITLES[4]);
    await dialog.getByRole('combobox', { name: 'Organization role' }).click();
    const list = page.getByRole('listbox', { name: 'Organization role' });
    await expect(list).toBeVisible();
    expect(await list.evaluate((el) => el.matches(':popover-open'))).toBe(true);
    // The list the user opened is not covered by the card; picking from it works.
    await page.getByRole('option', { name: 'Member' }).click();
    await expect(dialog.getByRole('combobox', { name: 'Organization role' })).toContainText('Member');
    await expect(roles).toBeVisible();
  });
});

test.describe('getting there by guidance, not by a guessed address', () => {
  for (const [from, path] of [
    ['the home page', APP_HOME],
    ['Settings', '/settings/org'],
  ] as const) {
    test(`Take me there from ${from} leads through the app's controls, ticking none of the tour's steps`, async ({
      context,
      extensionId,
      openMixpanel,
    }) => {
      await setKnobs(context, { 'replica:routes': 'alt' });
      await startInviteTour(context, extensionId, 2);
      const page = await openMixpanel(path);
      const card = stepCard(page);
      if (path === APP_HOME) {
        await expect(card).toContainText('This step happens on Users & Teams.');
        await card.getByRole('button', { name: 'Take me there' }).click();
        const gear = page.getByRole('button', { name: 'Settings', exact: true });
        await expect(card).toContainText('On the way to Users & Teams');
        await expectAnchoredTo(card, gear);
        await gear.click();
      } else {
        // On Settings the app's own entry is on screen: the card points at it (after Take me there).
        await expect(card).toContainText('This step happens on Users & Teams.');
        await card.getByRole('button', { name: 'Take me there' }).click();
      }
      const entry = page.getByRole('link', { name: 'Users & Teams' });
      await expect(card).toContainText('Click Users & Teams.');
      await expectAnchoredTo(card, entry);
      await entry.click();
      const step3 = await expectStep(page, 3, STEP_TITLES[2]);
      await expectAnchoredTo(step3, page.getByRole('button', { name: 'Invite Users' }));
      expect(await stepsDone(page)).toEqual([]);
      // The address that worked is learned for this host; share links and "open it" use it from now on.
      await expect
        .poll(async () => ((await storedProgress(context)) as { learnedPlaces?: unknown }).learnedPlaces)
        .toMatchObject({
          paths: { 'mixpanel.com': { 'invite-users/usersAndTeams': '/settings/org/users-teams' } },
        });
    });
  }
});

test.describe('preconditions are real', () => {
  test('closing the form at step 5 points at "+ Invite Users"; reopening resumes at step 4, the empty e-mail', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId, 2);
    const page = await openMixpanel('/settings/org/users');
    await performStep(page, 3);
    await performStep(page, 4);
    const roles = await expectStep(page, 5, STEP_TITLES[4]);
    await inviteDialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(roles).toContainText('The invitation form was closed.');
    await expectAnchoredTo(roles, page.getByRole('button', { name: 'Invite Users' }));
    await performStep(page, 3);
    const email = await expectStep(page, 4, STEP_TITLES[3]);
    await expectAnchoredTo(email, inviteDialog(page).getByRole('textbox', { name: 'Email address' }));
  });
});

test.describe('starting where the step is', () => {
  test('Start from a non-Mixpanel tab opens the host last used (EU), at a page where step 1 is still to do', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId);
    const eu = await openMixpanel(APP_HOME, 'eu.mixpanel.com');
    await expectStep(eu, 1, STEP_TITLES[0]);
    await expect
      .poll(
        async () =>
          ((await storedProgress(context)) as { learnedPlaces?: { lastHost?: string } }).learnedPlaces
            ?.lastHost,
      )
      .toBe('eu.mixpanel.com');
    await eu.close();
    await requestFromExtension(context, extensionId, 'command', { type: 'dismiss', tourId: 'invite-users' });
    const reply = (await requestFromExtension(context, extensionId, 'startTour', {
      tourId: 'invite-users',
    })) as {
      ok: boolean;
      openedNewTab?: boolean;
    };
    expect(reply).toMatchObject({ ok: true, openedNewTab: true });
    await expect
      .poll(() =>
        context
          .pages()
          .find((p) => p.url().startsWith('https://eu.mixpanel.com/'))
          ?.url(),
      )
      .toBeTruthy();
    const page = context.pages().find((p) => p.url().startsWith('https://eu.mixpanel.com/'))!;
    await expectStep(page, 1, STEP_TITLES[0]);
    expect(await stepsDone(page)).toEqual([]);
  });
});
