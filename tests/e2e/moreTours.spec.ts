import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { expectAnchoredTo, expectApart, expectTourStep, startTour, stepCard, storedProgress } from './guide';
import { APP_HOME, USERS_PAGE, inviteDialog } from './inviteFlow';

type Stored = { progress: { tours: Record<string, { status: string; done: Record<string, number> }> } };

/** Sets replica knobs in the page's own localStorage before its scripts run, on every load. */
async function setKnobs(context: BrowserContext, knobs: Record<string, string>): Promise<void> {
  await context.addInitScript((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, knobs);
}

async function toursStored(context: BrowserContext) {
  return ((await storedProgress(context)) as Stored).progress.tours;
}

/** From the app's home, the first step of every Users & Teams tour shows the way: the gear, the entry. */
async function followTheWayToUsersAndTeams(page: Page, total: number): Promise<void> {
  const card = await expectTourStep(page, 1, total, 'Open Users & Teams');
  const gear = page.getByRole('button', { name: 'Settings', exact: true });
  await expectAnchoredTo(card, gear);
  await gear.click();
  const entry = page.getByRole('link', { name: 'Users & Teams' });
  await expectAnchoredTo(await expectTourStep(page, 1, total, 'Open Users & Teams'), entry);
  await entry.click();
}

test.describe('every tour runs on the same engine, with its own progress', () => {
  test('"Resend an invitation": Invited Users, Resend Invite, Resend; done on the app\'s confirmation', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:older-pending': '1' });
    await startTour(context, extensionId, 'resend-invite');
    const page = await openMixpanel(APP_HOME);
    await followTheWayToUsersAndTeams(page, 4);

    const invited = page.getByRole('button', { name: 'Invited Users' });
    await expectAnchoredTo(await expectTourStep(page, 2, 4, 'Show the pending invitations'), invited);
    await invited.click();
    const resendInvite = page.getByRole('button', { name: 'Resend Invite' });
    const step3 = await expectTourStep(page, 3, 4, 'Choose whose invitation to resend');
    // The table is wider than the page here: the button is scrolled out of view, and the card says so.
    await expect(step3).toContainText("It's scrolled out of view.");
    await step3.getByRole('button', { name: 'Show me' }).click();
    await expectAnchoredTo(step3, resendInvite);
    await resendInvite.click();
    const dialog = page.getByRole('dialog', { name: 'Resend Invite' });
    const resend = dialog.getByRole('button', { name: 'Resend', exact: true });
    await expectAnchoredTo(await expectTourStep(page, 4, 4, 'Resend it'), resend);
    await resend.click();

    await expect(page.getByRole('dialog', { name: 'The invitation is on its way again' })).toBeVisible();
    const tours = await toursStored(context);
    expect(tours['resend-invite']).toMatchObject({ status: 'completed' });
    expect(Object.keys(tours['resend-invite']!.done)).toHaveLength(4);
    // The invite tour's own progress is untouched.
    expect(tours['invite-users']).toBeUndefined();
  });

  test('"Resend an invitation": closing the small window points back at Resend Invite', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await setKnobs(context, { 'replica:older-pending': '1' });
    await startTour(context, extensionId, 'resend-invite', 2);
    const page = await openMixpanel(USERS_PAGE);
    await page.getByRole('button', { name: 'Invited Users' }).click();
    await page.getByRole('button', { name: 'Resend Invite' }).click();
    const card = await expectTourStep(page, 4, 4, 'Resend it');
    await page.getByRole('dialog', { name: 'Resend Invite' }).getByRole('button', { name: 'Cancel' }).click();
    await expect(card).toContainText('The Resend Invite window was closed.');
    await expectAnchoredTo(card, page.getByRole('button', { name: 'Resend Invite' }));
  });

  test('"Invite several people at once": Bulk invite, the template, a file, Upload; a bad file is said', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startTour(context, extensionId, 'bulk-invite');
    // On Users & Teams already: step 1 is done by what is on the page.
    const page = await openMixpanel(USERS_PAGE);
    const inviteUsers = page.getByRole('button', { name: 'Invite Users' });
    await expectAnchoredTo(await expectTourStep(page, 2, 6, 'Open the invitation form'), inviteUsers);
    await inviteUsers.click();
    const dialog = inviteDialog(page);
    const bulkTab = dialog.getByRole('tab', { name: 'Bulk invite' });
    await expectAnchoredTo(await expectTourStep(page, 3, 6, 'Switch to Bulk invite'), bulkTab);
    await bulkTab.click();
    const template = dialog.getByRole('link', { name: 'CSV template' });
    await expectAnchoredTo(await expectTourStep(page, 4, 6, 'Get the CSV template'), template);
    const download = page.waitForEvent('download');
    await template.click();
    expect((await download).suggestedFilename()).toBe('invite-users-template.csv');

    const card = await expectTourStep(page, 5, 6, 'Choose your file');
    await expectAnchoredTo(card, dialog.getByRole('button', { name: 'Select CSV File' }));
    const picker = dialog.locator('input[type="file"]');
    // A file with no valid row: the app says so, and the step waits for a good one.
    await picker.setInputFiles({ name: 'wrong.csv', mimeType: 'text/csv', buffer: Buffer.from('hello\n') });
    await expect(dialog.getByRole('alert')).toHaveText('No valid rows found. Use the CSV template.');
    await picker.setInputFiles({
      name: 'team.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'email,organization_role,projects,project_role\n' +
          'ana@example.com,Member,Mobile App,Analyst\nbo@example.com,Member,Mobile App,Consumer\n',
      ),
    });
    const upload = dialog.getByRole('button', { name: 'Upload' });
    await expectAnchoredTo(await expectTourStep(page, 6, 6, 'Upload it'), upload);
    await upload.click();

    await expect(page.getByRole('dialog', { name: 'Your list is invited' })).toBeVisible();
    expect((await toursStored(context))['bulk-invite']).toMatchObject({ status: 'completed' });
  });

  for (const toast of ['shown', 'none'] as const) {
    test(`"Change someone's role": the name, the pencil, the role, Save; done when the row shows it (toast ${toast})`, async ({
      context,
      extensionId,
      openMixpanel,
    }) => {
      // Without a toast the only outcome on screen is the chosen role in the person's row and details.
      if (toast === 'none') await setKnobs(context, { 'replica:toast': 'none' });
      await startTour(context, extensionId, 'change-role');
      const page = await openMixpanel(APP_HOME);
      await followTheWayToUsersAndTeams(page, 5);

      const nameHeader = page.getByRole('columnheader', { name: 'Name' });
      const step2 = await expectTourStep(page, 2, 5, 'Open the person');
      await expectAnchoredTo(step2, nameHeader);
      // The card leaves the names it asks for in the clear: the person is clicked, not the card.
      const person = page.getByRole('button', { name: 'Chloé Dubois' });
      await expectApart(step2, person);
      await person.click();
      const details = page.getByRole('dialog', { name: 'Chloé Dubois' });
      const pencil = details.getByRole('button', { name: 'Edit Organization Role' });
      await expectAnchoredTo(await expectTourStep(page, 3, 5, 'Edit their role'), pencil);
      await pencil.click();
      const role = details.getByRole('combobox', { name: 'Organization role' });
      await expectAnchoredTo(await expectTourStep(page, 4, 5, 'Pick the new role'), role);
      await role.click();
      await page.getByRole('option', { name: 'Admin', exact: true }).click();
      // Save right away: picking and saving is one motion; the tour follows.
      await details.getByRole('button', { name: 'Save' }).click();

      await expect(page.getByRole('dialog', { name: 'Their role is changed' })).toBeVisible();
      await expect(details).toContainText('Admin');
      await expect(page.getByRole('row', { name: /chloe\.dubois@example\.com/ })).toContainText('Admin');
      if (toast === 'none')
        await expect(page.getByRole('status').filter({ hasText: /role/i })).toHaveCount(0);
      expect((await toursStored(context))['change-role']).toMatchObject({ status: 'completed' });
      // The replica keeps what was saved: a reload shows the new role, as Mixpanel would.
      await page.reload();
      await expect(page.getByRole('row', { name: /chloe\.dubois@example\.com/ })).toContainText('Admin');
    });
  }

  test("a share link opens another tour at its step, with that tour's own count", async ({
    openMixpanel,
  }) => {
    const page = await openMixpanel(`${USERS_PAGE}?guide=resend-invite&guide-step=2`);
    await expectTourStep(page, 2, 4, 'Show the pending invitations');
    await expect(page).toHaveURL(`https://mixpanel.com${USERS_PAGE}`);
    await expect(stepCard(page)).toBeVisible();
  });
});
