import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Locator } from '@playwright/test';
import { expect, launchWithExtension, test } from './fixtures';
import { startInviteTour, stepCard } from './guide';
import { USERS_PAGE, inviteDialog } from './inviteFlow';

/** Chromium started in German shows the German texts, and the longest of them still fit their card. */

let context: BrowserContext;
let profile: string;

test.beforeEach(async () => {
  profile = await mkdtemp(path.join(os.tmpdir(), 'invite-guide-de-'));
  context = await launchWithExtension(profile, { lang: 'de' });
});

test.afterEach(async () => {
  await context.close();
  await rm(profile, { recursive: true, force: true });
});

async function extensionId(): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(worker.url()).host;
}

/**
 * No text in the card is cut off sideways: nothing with text scrolls sideways and every piece of text lies
 * within the card's width. With `scrolls: false` every button is also fully inside the card's box; with the FAQ
 * open the card scrolls vertically, which is fine. (The card's own scrollWidth is not used: its arrow, which has
 * no text, sits on the edge.)
 */
async function expectFitsItsCard(card: Locator, { scrolls = false } = {}): Promise<void> {
  const misfits = await card.evaluate((element, scrolls) => {
    const box = element.getBoundingClientRect();
    const problems: string[] = [];
    for (const node of element.querySelectorAll<HTMLElement>('*')) {
      const text = (node.textContent ?? '').trim();
      const r = node.getBoundingClientRect();
      if (!text || (r.width === 0 && r.height === 0)) continue;
      const label = `${node.tagName.toLowerCase()} "${text.slice(0, 40)}"`;
      if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible') {
        problems.push(`${label} scrolls sideways (${node.scrollWidth} > ${node.clientWidth})`);
      }
      if (node.tagName === 'BUTTON' && node.scrollWidth > node.clientWidth + 1) {
        problems.push(`${label}: its text is wider than the button`);
      }
      if (r.left < box.left - 1 || r.right > box.right + 1) {
        problems.push(`${label} is wider than the card (${r.left}..${r.right} in ${box.left}..${box.right})`);
      }
      if (!scrolls && node.tagName === 'BUTTON' && (r.top < box.top - 1 || r.bottom > box.bottom + 1)) {
        problems.push(`${label} is outside the card's box`);
      }
    }
    return problems;
  }, scrolls);
  expect(misfits).toEqual([]);
}

test('in a German browser the longest step card is German and fits its card', async () => {
  await startInviteTour(context, await extensionId(), 4);
  const page = await context.newPage();
  await page.goto(`https://mixpanel.com${USERS_PAGE}`);
  await page.getByRole('button', { name: 'Invite Users' }).click();
  await expect(inviteDialog(page)).toBeVisible();
  await inviteDialog(page).getByRole('textbox', { name: 'Email address' }).fill('neue.analystin@example.com');

  const card = stepCard(page);
  await expect(card).toHaveAccessibleName('Rollen wählen');
  await expect(card).toContainText('Schritt 5 von 8');
  await card.getByText('Was bedeuten diese Rollen?').click();
  await expect(card).toContainText('Billing Admin (nur die Abrechnung)');
  await expect(card.getByRole('button', { name: 'Weiter' })).toBeVisible();
  await page.waitForTimeout(300); // the card's fade-in
  await expectFitsItsCard(card);
  await card.screenshot({ path: 'test-results/locale-de/card-set-roles.png' });
  await page.screenshot({ path: 'test-results/locale-de/page-set-roles.png' });

  await card.getByRole('button', { name: 'Hilfe' }).click();
  await card.getByText('Wie lange bleibt eine Einladung gültig?').click();
  await expect(card).toContainText('wie lange ein Einladungslink gültig bleibt');
  await card.screenshot({ path: 'test-results/locale-de/card-help.png' });
  await expectFitsItsCard(card, { scrolls: true });
});
