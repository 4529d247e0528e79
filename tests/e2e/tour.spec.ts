import { test, expect } from './fixtures';
import { expectAnchoredTo, expectStep, startInviteTour, stepCard } from './guide';
import { APP_HOME } from './inviteFlow';

test.describe('the invite tour on Mixpanel', () => {
  test('a new admin completes the eight steps by doing the real thing, each card next to its target', async ({
    context,
    extensionId,
    openMixpanel,
  }) => {
    await startInviteTour(context, extensionId);
    const page = await openMixpanel(APP_HOME);

    const gear = page.getByRole('button', { name: 'Settings', exact: true });
    let card = await expectStep(page, 1, 'Open Settings');
    await expectAnchoredTo(card, gear);
    await gear.click();

    const usersLink = page.getByRole('link', { name: 'Users & Teams' });
    card = await expectStep(page, 2, 'Open Users & Teams');
    await expectAnchoredTo(card, usersLink);
    await usersLink.click();

    const inviteButton = page.getByRole('button', { name: 'Invite Users' });
    card = await expectStep(page, 3, 'Start an invitation');
    await expectAnchoredTo(card, inviteButton);
    await inviteButton.click();

    const dialog = page.getByRole('dialog', { name: 'Invite New Users' });
    const email = dialog.getByRole('textbox', { name: 'Email address' });
    card = await expectStep(page, 4, 'Enter their e-mail address');
    await expectAnchoredTo(card, email);
    await email.fill('new.analyst@example.com');

    const orgRole = dialog.getByRole('combobox', { name: 'Organization role' });
    card = await expectStep(page, 5, 'Choose their roles');
    await expectAnchoredTo(card, orgRole);
    await orgRole.click();
    await page.getByRole('option', { name: 'Member' }).click();
    await dialog.getByRole('combobox', { name: 'Projects' }).click();
    await page.getByRole('option', { name: 'E-commerce Demo' }).click();
    await page.keyboard.press('Escape');
    await dialog.getByRole('combobox', { name: 'Project role' }).click();
    await page.getByRole('option', { name: 'Analyst' }).click();

    card = await expectStep(page, 6, 'Review before sending');
    await expectAnchoredTo(card, dialog, 80);
    await card.getByRole('button', { name: 'Next' }).click();

    const send = dialog.getByRole('button', { name: 'Invite', exact: true });
    card = await expectStep(page, 7, 'Send the invitation');
    await expectAnchoredTo(card, send);
    await send.click();

    const invitedTab = page
      .getByRole('tab', { name: 'Invited Users' })
      .or(page.getByRole('button', { name: 'Invited Users' }));
    card = await expectStep(page, 8, 'Check the pending invitation');
    await expectAnchoredTo(card, invitedTab);
    await invitedTab.click();

    await expect(page.getByRole('row').filter({ hasText: 'new.analyst@example.com' })).toBeVisible();
    const done = page.getByRole('dialog', { name: "You've invited a user. Nice work!" });
    await expect(done).toBeVisible();
    await done.getByRole('button', { name: 'Finish' }).click();
    await expect(stepCard(page)).toHaveCount(0);
  });
});
