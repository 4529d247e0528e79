/// <reference types="chrome" />
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Sends a request to the background from an extension page, as the popup does. */
export async function requestFromExtension(
  context: BrowserContext,
  extensionId: string,
  type: string,
  payload?: unknown,
): Promise<unknown> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const reply = await page.evaluate(
    ([type, payload]) => chrome.runtime.sendMessage({ channel: 'invite-guide', type, payload }),
    [type, payload] as const,
  );
  await page.close();
  return reply;
}

/** Starts a tour (optionally at a 0-based step) as the popup would. */
export async function startTour(
  context: BrowserContext,
  extensionId: string,
  tourId: string,
  step?: number,
): Promise<void> {
  const reply = (await requestFromExtension(context, extensionId, 'command', {
    type: 'start',
    tourId,
    ...(step === undefined ? {} : { step }),
  })) as { ok: boolean };
  expect(reply.ok).toBe(true);
}

/** Starts the invite tour (optionally at a 0-based step) as the popup would. */
export function startInviteTour(context: BrowserContext, extensionId: string, step?: number): Promise<void> {
  return startTour(context, extensionId, 'invite-users', step);
}

/** The stored progress, read in the service worker. */
export async function storedProgress(context: BrowserContext): Promise<unknown> {
  const [worker] = context.serviceWorkers();
  return worker!.evaluate(() => chrome.storage.local.get(null));
}

/**
 * Everything stored but the addresses the guide learns by itself whenever a page is proven (which a
 * visit may add to at any time): what a user's choice may or may not change.
 */
export async function storedChoices(context: BrowserContext): Promise<unknown> {
  const { learnedPlaces: _learned, ...rest } = (await storedProgress(context)) as Record<string, unknown>;
  return rest;
}

/** The step card of the tour on a Mixpanel page. */
export function stepCard(page: Page): Locator {
  return page.locator('invite-guide-overlay').getByRole('dialog');
}

/** Expects the card for `title` showing "Step n of 8". */
export function expectStep(page: Page, n: number, title: string): Promise<Locator> {
  return expectTourStep(page, n, 8, title);
}

/** The card of step `n` of a tour of `total` steps, titled `title`, is on screen. */
export async function expectTourStep(page: Page, n: number, total: number, title: string): Promise<Locator> {
  const card = page.getByRole('dialog', { name: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText(`Step ${n} of ${total}`);
  return card;
}

/** Expects the card to sit right next to the target (not overlapping it, within `gap` px of an edge). */
export async function expectAnchoredTo(card: Locator, target: Locator, gap = 40): Promise<void> {
  await expect(async () => {
    const a = (await card.boundingBox())!;
    const b = (await target.boundingBox())!;
    expect(a, 'card box').toBeTruthy();
    expect(b, 'target box').toBeTruthy();
    const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
    const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
    expect(overlapX > 1 && overlapY > 1, 'card must not cover its target').toBe(false);
    const dx = Math.max(b.x - (a.x + a.width), a.x - (b.x + b.width), 0);
    const dy = Math.max(b.y - (a.y + a.height), a.y - (b.y + b.height), 0);
    expect(Math.hypot(dx, dy), 'distance from card to target').toBeLessThanOrEqual(gap);
  }).toPass({ timeout: 5000 });
}

/** Expects the card to leave `other` uncovered: the two boxes do not overlap, once the card has settled. */
export async function expectApart(card: Locator, other: Locator): Promise<void> {
  await expect(async () => {
    const a = (await card.boundingBox())!;
    const b = (await other.boundingBox())!;
    expect(a && b, 'both boxes').toBeTruthy();
    const overlapX = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
    const overlapY = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
    expect(overlapX > 1 && overlapY > 1, 'the card must not cover it').toBe(false);
  }).toPass({ timeout: 5000 });
}

export const INVITE_STEP_IDS = [
  'open-settings',
  'open-users-and-teams',
  'open-invite-dialog',
  'enter-email',
  'set-roles',
  'review',
  'send-invite',
  'verify-pending',
] as const;

/** Sends a request to the background from an extension page that is already open (popup, options). */
export function sendFromPage(page: Page, type: string, payload?: unknown): Promise<{ ok: boolean }> {
  return page.evaluate(
    ([type, payload]) => chrome.runtime.sendMessage({ channel: 'invite-guide', type, payload }),
    [type, payload] as const,
  );
}

/** Sends a command for the invite tour from an open extension page and expects it accepted. */
export async function commandFromPage(page: Page, payload: Record<string, unknown>): Promise<void> {
  const reply = await sendFromPage(page, 'command', { tourId: 'invite-users', ...payload });
  expect(reply.ok, JSON.stringify(payload)).toBe(true);
}

/** The invite tour at step `step` (1-based), with every step before it done. */
export async function progressAtStep(page: Page, step: number): Promise<void> {
  await commandFromPage(page, { type: 'start' });
  for (const stepId of INVITE_STEP_IDS.slice(0, step - 1))
    await commandFromPage(page, { type: 'completeStep', stepId });
}

/** Removes (or, with `replace`, re-renders elsewhere) the replica's "+ Invite Users" button, deep in shadow roots. */
export async function disturbInviteUsersButton(page: Page, how: 'remove' | 'rerender'): Promise<void> {
  await page.evaluate((how) => {
    const all = (root: Document | ShadowRoot): Element[] =>
      [...root.querySelectorAll('*')].flatMap((el) => (el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el]));
    const host = all(document).find(
      (el) =>
        el.localName === 'mp-button' &&
        (el.shadowRoot?.textContent ?? el.textContent)?.includes('Invite Users'),
    ) as HTMLElement | undefined;
    const holder = host?.parentElement;
    if (!host || !holder) throw new Error('no Invite Users button in the replica');
    if (how === 'remove') return host.remove();
    // A framework re-render: a new element with the same content, somewhere else.
    const fresh = document.createElement('mp-button');
    for (const attr of host.getAttributeNames()) fresh.setAttribute(attr, host.getAttribute(attr)!);
    fresh.append(...[...host.childNodes].map((n) => n.cloneNode(true)));
    host.remove();
    holder.style.paddingTop = '120px';
    holder.append(fresh);
  }, how);
}
