import { axe } from './axe';
import { test, expect } from './fixtures';
import {
  disturbInviteUsersButton,
  expectAnchoredTo,
  expectStep,
  startInviteTour,
  stepCard,
  storedProgress,
} from './guide';
import { APP_HOME, STEP_TITLES, USERS_PAGE, inviteDialog, restorePageFor } from './inviteFlow';

const USERS = USERS_PAGE;

test.describe('the tour finds its way on a page it does not own', () => {
  test('a target that renders late gets its card the moment it appears', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    // The invite dialog takes 2.5 s to render: the e-mail field, step 4's target, is late.
    await context.addInitScript(() => localStorage.setItem('replica:latency', '2500'));
    await startInviteTour(context, extensionId, 3);
    const page = await openMixpanel(USERS);
    const invite = page.getByRole('button', { name: 'Invite Users' });
    await expect(invite).toBeVisible({ timeout: 10_000 });
    await invite.click();
    const card = stepCard(page);
    // While the dialog is still opening, the card says it is looking, rather than pointing at nothing.
    await expect(card).toContainText('Looking for it on the page');
    const email = page.getByRole('textbox', { name: 'Email address' });
    await expect(email).toBeVisible({ timeout: 10_000 });
    await expectAnchoredTo(await expectStep(page, 4, 'Enter their e-mail address'), email);
    await expect(card).not.toContainText('Looking for it on the page');
  });

  test('a re-rendered target is found again and the card follows the new element', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId, 2);
    const page = await openMixpanel(USERS);
    const invite = page.getByRole('button', { name: 'Invite Users' });
    const card = await expectStep(page, 3, 'Start an invitation');
    await expectAnchoredTo(card, invite);
    // The app throws the toolbar away and renders a new one somewhere else, as a framework re-render does.
    await disturbInviteUsersButton(page, 'rerender');
    await expect(page.getByRole('button', { name: 'Invite Users' })).toHaveCount(1);
    await expectAnchoredTo(card, page.getByRole('button', { name: 'Invite Users' }));
  });

  test('a reload in the middle resumes at the same step, and so does in-app navigation', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId);
    const page = await openMixpanel(APP_HOME);
    await expectStep(page, 1, 'Open Settings');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expectStep(page, 2, 'Open Users & Teams');
    await page.reload();
    await expectAnchoredTo(
      await expectStep(page, 2, 'Open Users & Teams'),
      page.getByRole('link', { name: 'Users & Teams' }),
    );
    // History-API navigation to another settings page keeps the step and the card finds the link again.
    await page.getByRole('link', { name: 'Projects' }).click();
    await expect(page).toHaveURL(/\/settings\/org\/projects/);
    await expectAnchoredTo(
      await expectStep(page, 2, 'Open Users & Teams'),
      page.getByRole('link', { name: 'Users & Teams' }),
    );
  });

  test('on the wrong page the card says where to go and shows the way there through the app', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId, 2);
    const page = await openMixpanel(APP_HOME);
    await expectStep(page, 3, 'Start an invitation');
    // The same card all the way, whatever its title says (the way has its own).
    const card = stepCard(page);
    await expect(card).toContainText('This step happens on Users & Teams.');
    await card.getByRole('button', { name: 'Take me there' }).click();
    // The way goes through the app's own controls: the gear, then the Users & Teams entry.
    const gear = page.getByRole('button', { name: 'Settings', exact: true });
    await expectAnchoredTo(card, gear);
    await gear.click();
    const entry = page.getByRole('link', { name: 'Users & Teams' });
    await expectAnchoredTo(card, entry);
    await entry.click();
    await expect(page).toHaveURL(/\/settings\/org\/users$/);
    await expectAnchoredTo(
      await expectStep(page, 3, 'Start an invitation'),
      page.getByRole('button', { name: 'Invite Users' }),
    );
  });

  test('a target that is gone gives the hint and a way on: the tour never dead-ends', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId, 2);
    const page = await openMixpanel(USERS);
    const card = await expectStep(page, 3, 'Start an invitation');
    // A Member (not an Admin) has no "+ Invite Users": take the button away for good.
    await disturbInviteUsersButton(page, 'remove');
    await expect(card).toContainText('Looking for it on the page');
    await expect(card).toContainText("Can't find it on this page.", { timeout: 10_000 });
    await expect(card).toContainText('Only organization Owners and Admins see it.');
    await expect(card.getByRole('button', { name: 'Back' })).toBeEnabled();
    await card.getByRole('button', { name: "I've done this" }).click();
    await expectStep(page, 4, 'Enter their e-mail address');
  });

  test('the card keeps to its target inside a scrolling container, and docks when it scrolls away', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId, 7);
    const page = await openMixpanel(USERS);
    const tab = page
      .getByRole('tab', { name: 'Invited Users' })
      .or(page.getByRole('button', { name: 'Invited Users' }));
    const card = await expectStep(page, 8, 'Check the pending invitation');
    await expectAnchoredTo(card, tab);
    // Scroll the app's own content pane (the window does not scroll) until the switch is out of view.
    // The card can be anchored before the app has rendered all of the pane's rows: a wheel then finds
    // less to scroll, and the user would scroll again.
    await page.mouse.move(900, 600);
    await expect(async () => {
      await page.mouse.wheel(0, 2000);
      await expect(card).toContainText("It's scrolled out of view.", { timeout: 1000 });
    }).toPass({ timeout: 10_000 });
    await card.getByRole('button', { name: 'Show me' }).click();
    await expectAnchoredTo(card, tab);
  });
});

test.describe('the tour is usable by everyone', () => {
  test('keyboard only: a new admin completes the whole invite without a mouse', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId);
    const page = await openMixpanel(APP_HOME);
    const kb = page.keyboard;
    const card = stepCard(page);
    /** From the card, Tab through its buttons: past the last one, focus lands on the step's target. */
    const tabToTarget = async () => {
      await expect(card).toBeFocused();
      const last = card.getByRole('button').last();
      for (let i = 0; i < 8 && !(await last.evaluate((el) => el.matches(':focus'))); i++)
        await kb.press('Tab');
      await expect(
        last,
        `focus on the last button of "${await card.getByRole('heading').textContent()}"`,
      ).toBeFocused();
      await kb.press('Tab');
    };

    await expectStep(page, 1, 'Open Settings');
    await tabToTarget();
    await kb.press('Enter');
    await expectStep(page, 2, 'Open Users & Teams');
    await tabToTarget();
    await kb.press('Enter');
    await expectStep(page, 3, 'Start an invitation');
    await tabToTarget();
    await kb.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Invite New Users' });
    await expect(dialog).toBeVisible();
    await expectStep(page, 4, 'Enter their e-mail address');
    const email = dialog.getByRole('textbox', { name: 'Email address' });
    if (!(await email.evaluate((el) => el.matches(':focus')))) await tabToTarget();
    await kb.type('keyboard.user@example.com');
    await expectStep(page, 5, 'Choose their roles');
    for (const [field, option] of [
      ['Organization role', 'Member'],
      ['Projects', 'E-commerce Demo'],
      ['Project role', 'Consumer'],
    ] as const) {
      await kb.press('Tab');
      await expect(dialog.getByRole('combobox', { name: field })).toBeFocused();
      await kb.press('Enter');
      const listbox = page.getByRole('listbox');
      await expect(listbox).toBeVisible();
      for (let i = 0; i < 6; i++) {
        if ((await page.getByRole('option', { name: option }).getAttribute('aria-selected')) === 'true')
          break;
        const active = await page.getByRole('option', { selected: false, name: option }).count();
        if (!active) break;
        await kb.press('ArrowDown');
        const highlighted = await listbox.evaluate((el) => {
          const id = el.getAttribute('aria-activedescendant');
          const root = el.getRootNode() as Document | ShadowRoot;
          return id ? root.getElementById?.(id)?.textContent?.trim() : null;
        });
        if (highlighted === option) break;
      }
      await kb.press('Enter');
      if (field === 'Projects') await kb.press('Escape');
      await expect(dialog.getByRole('combobox', { name: field })).not.toContainText(/Select/);
    }
    const review = await expectStep(page, 6, 'Review before sending');
    await expect(review).toBeFocused();
    await kb.press('ArrowRight');
    await expectStep(page, 7, 'Send the invitation');
    await tabToTarget();
    await kb.press('Enter');
    await expectStep(page, 8, 'Check the pending invitation');
    await tabToTarget();
    await kb.press('Enter');
    const done = page.getByRole('dialog', { name: "You've invited a user. Nice work!" });
    await expect(done).toBeFocused();
    await kb.press('Escape');
    await expect(stepCard(page)).toHaveCount(0);
  });

  test('Esc closes the tour, keeps progress and gives focus back to the page', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId, 2);
    const page = await openMixpanel(USERS);
    const card = await expectStep(page, 3, 'Start an invitation');
    await expect(card).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(stepCard(page)).toHaveCount(0);
    const focusedOnPage = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.textContent?.trim() ?? '';
    });
    expect(focusedOnPage).toContain('Invite Users');
    const stored = (await storedProgress(context)) as {
      progress: { tours: Record<string, { status: string; currentStep: number }> };
    };
    expect(stored.progress.tours['invite-users']).toMatchObject({ status: 'dismissed', currentStep: 2 });
  });

  test('reduced motion: the spotlight and card jump instead of gliding', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId, 2);
    const page = await openMixpanel(USERS);
    const card = await expectStep(page, 3, 'Start an invitation');
    const spotlight = page.locator('invite-guide-overlay').locator('.spotlight');
    await expect(spotlight).toHaveCSS('transition-duration', /0\.16s/);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(spotlight).toHaveCSS('transition-duration', '0s');
    await expect(card).toHaveCSS('transition-duration', '0s');
  });

  test('each step change is announced to screen readers', async ({ context, extensionId, openMixpanel }) => {
    await startInviteTour(context, extensionId);
    const page = await openMixpanel(APP_HOME);
    const status = page.locator('invite-guide-overlay').getByRole('status');
    await expect(status).toHaveText('Step 1 of 8: Open Settings');
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    await expect(status).toHaveText('Step 2 of 8: Open Users & Teams');
  });

  test('a hostile page stylesheet cannot touch the card, and the card does not touch the page', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId, 2);
    const page = await openMixpanel(USERS);
    const heading = page.getByRole('heading', { name: 'Users & Teams' });
    const before = await heading.evaluate(
      (el) =>
        getComputedStyle(el).cssText ||
        JSON.stringify([getComputedStyle(el).font, getComputedStyle(el).color, getComputedStyle(el).margin]),
    );
    await expectStep(page, 3, 'Start an invitation');
    const after = await heading.evaluate(
      (el) =>
        getComputedStyle(el).cssText ||
        JSON.stringify([getComputedStyle(el).font, getComputedStyle(el).color, getComputedStyle(el).margin]),
    );
    expect(after, 'the overlay must not restyle the page').toBe(before);

    await page.addStyleTag({
      content: `
        * { font-size: 40px !important; color: red !important; background: lime !important; visibility: hidden; }
        html, body { visibility: visible; }
        invite-guide-overlay { display: none !important; opacity: 0 !important; transform: scale(0) !important; }
        div, button, h2, p { display: inline !important; padding: 50px !important; }
        [role="dialog"] { display: none !important; }
      `,
    });
    const card = await expectStep(page, 3, 'Start an invitation');
    const look = await card.evaluate((el) => {
      const style = getComputedStyle(el);
      const title = el.querySelector('h2')!;
      return {
        background: style.backgroundColor,
        titleSize: getComputedStyle(title).fontSize,
        titleColor: getComputedStyle(title).color,
        width: el.getBoundingClientRect().width,
      };
    });
    expect(look.titleSize).toBe('16px');
    expect(look.titleColor).not.toBe('rgb(255, 0, 0)');
    expect(look.background).toBe('rgb(255, 255, 255)');
    expect(look.width).toBeGreaterThan(200);
    await expect(card.getByRole('button', { name: 'Next' })).toBeVisible();
  });

  test('the card fades and lets clicks through while a drop-down is open, and comes back after', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId, 4);
    const page = await openMixpanel(USERS);
    await restorePageFor(page, 5);
    const dialog = inviteDialog(page);
    const card = await expectStep(page, 5, 'Choose their roles');
    const orgRole = dialog.getByRole('combobox', { name: 'Organization role' });
    await expectAnchoredTo(card, orgRole);
    await expect(card).toHaveCSS('pointer-events', 'auto');

    await orgRole.click();
    const listbox = page.getByRole('listbox');
    await expect(listbox).toBeVisible();
    await expect(card).toHaveAttribute('data-dodging', '');
    await expect(card).toHaveCSS('pointer-events', 'none');
    await expect
      .poll(async () => Number(await card.evaluate((el) => getComputedStyle(el).opacity)))
      .toBeLessThan(0.5);

    // Click an option right where the faded card lies over it: the click must reach the page.
    const cardBox = (await card.boundingBox())!;
    let target: { name: string; x: number; y: number } | undefined;
    for (const option of await page.getByRole('option').all()) {
      const box = await option.boundingBox();
      if (!box) continue;
      const left = Math.max(box.x, cardBox.x);
      const right = Math.min(box.x + box.width, cardBox.x + cardBox.width);
      const top = Math.max(box.y, cardBox.y);
      const bottom = Math.min(box.y + box.height, cardBox.y + cardBox.height);
      if (right - left > 4 && bottom - top > 4) {
        target = { name: (await option.textContent())!.trim(), x: (left + right) / 2, y: (top + bottom) / 2 };
        break;
      }
    }
    expect(target, 'an option lies under the card').toBeDefined();
    await page.mouse.click(target!.x, target!.y);
    await expect(listbox).toHaveCount(0);
    await expect(orgRole).toContainText(target!.name);

    // The drop-down closed: the card is back, solid and clickable.
    await expect(card).not.toHaveAttribute('data-dodging');
    await expect(card).toHaveCSS('pointer-events', 'auto');
    await expect(card).toHaveCSS('opacity', '1');
  });

  // Split by theme and step range so each test stays far from its timeout.
  for (const scheme of ['light', 'dark'] as const) {
    for (const [first, last] of [
      [1, 2],
      [3, 4],
      [5, 6],
      [7, 8],
    ] as const) {
      test(`step cards ${first} to ${last} have zero axe-core violations in the ${scheme} theme`, async ({
        context,
        extensionId,
        openMixpanel,
      }) => {
        // Each step shown where it happens: the app for step 1, Settings for step 2, Users & Teams after.
        const pageOf = (step: number) => (step === 0 ? APP_HOME : step === 1 ? '/settings/org' : USERS);
        const page = await openMixpanel(APP_HOME);
        await page.emulateMedia({ colorScheme: scheme });
        for (let step = first - 1; step < last; step++) {
          // Go where the step happens first: started on Users & Teams, steps 1 and 2 rightly complete themselves.
          await page.goto(`https://mixpanel.com${pageOf(step)}`);
          // The dialog is page state: open it and fill what the steps before this one filled, then start there.
          await restorePageFor(page, step + 1);
          await startInviteTour(context, extensionId, step);
          const card = await expectStep(page, step + 1, STEP_TITLES[step]!);
          await expect(card).toHaveCSS('visibility', 'visible');
          const results = await axe(page).include('invite-guide-overlay').analyze();
          expect(results.violations.map((v) => `${scheme} step ${step + 1}: ${v.id} ${v.help}`)).toEqual([]);
        }
      });
    }
  }
});
