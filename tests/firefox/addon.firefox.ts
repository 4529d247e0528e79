import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { EXTENSION_ORIGIN, launchFirefox, openMixpanel } from './firefox';

const APP_HOME = '/project/3141592/view/2718/app/home';
const USERS = '/settings/org/users';

/** The text of the guide's step card, read through the overlay's open shadow root ('' when none). */
function cardText(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document.querySelector('invite-guide-overlay')?.shadowRoot?.querySelector('[role="dialog"]')
        ?.textContent ?? '',
  );
}

async function expectCard(page: Page, step: number, title: string): Promise<void> {
  await expect.poll(() => cardText(page), { timeout: 15_000 }).toContain(`Step ${step} of 8`);
  expect(await cardText(page)).toContain(title);
}

async function openPopup(browser: Browser): Promise<Page> {
  const popup = await browser.newPage();
  const url = `${EXTENSION_ORIGIN}/popup.html`;
  // Firefox loads moz-extension pages without reporting the navigation over BiDi, so goto() never
  // settles: start it, then wait for the document itself.
  popup.goto(url, { timeout: 0 }).catch(() => undefined);
  await expect
    .poll(() => popup.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''), {
      timeout: 15_000,
    })
    .toBe(`${url} complete`);
  return popup;
}

/** Sends a tour command from the popup page, as its buttons do, and expects it accepted. */
async function command(popup: Page, payload: Record<string, unknown>): Promise<void> {
  const reply = await popup.evaluate(
    (payload) =>
      (
        globalThis as unknown as { browser: { runtime: { sendMessage: (m: unknown) => Promise<unknown> } } }
      ).browser.runtime.sendMessage({ channel: 'invite-guide', type: 'command', payload }),
    { tourId: 'invite-users', ...payload },
  );
  expect(reply).toMatchObject({ ok: true });
}

/** Clicks, with the real mouse, the button or link named `name` anywhere in the page's open shadow roots. */
async function clickByRole(page: Page, role: 'button' | 'link', name: string): Promise<void> {
  const box = async () =>
    page.evaluate(
      (role, name) => {
        const all = (root: Document | ShadowRoot): Element[] =>
          [...root.querySelectorAll('*')].flatMap((el) =>
            el.shadowRoot ? [el, ...all(el.shadowRoot)] : [el],
          );
        const tags = role === 'button' ? ['button'] : ['a'];
        const hit = all(document).find((el) => {
          if (!tags.includes(el.localName) && el.getAttribute('role') !== role) return false;
          const label = el.getAttribute('aria-label') ?? el.textContent ?? '';
          const rect = el.getBoundingClientRect();
          return (
            label
              .replace(/\s+/g, ' ')
              .trim()
              .replace(/^\+\s*/, '') === name && rect.width > 0
          );
        });
        if (!hit) return null;
        const rect = hit.getBoundingClientRect();
        return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
      },
      role,
      name,
    );
  await expect.poll(box, { timeout: 15_000 }).not.toBeNull();
  const { x, y } = (await box())!;
  await page.mouse.click(x, y);
}

describe('the Firefox build in firefox-esr', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchFirefox();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('an idle Mixpanel page gets the loader but no overlay', async () => {
    const page = await openMixpanel(browser, APP_HOME);
    // Give the loader every chance to ask for the overlay before checking that it did not.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await page.evaluate(() => document.querySelector('invite-guide-overlay') === null)).toBe(true);
    await page.close();
  });

  test('a share link opens the tour at step 3, and the loader takes its marker out of the address bar', async () => {
    const page = await openMixpanel(browser, `${USERS}?guide=invite-users&guide-step=3&ref=mail`);
    await expectCard(page, 3, 'Start an invitation');
    expect(page.url()).toBe(`https://mixpanel.com${USERS}?ref=mail`);
    await page.close();
  });

  test('a started tour injects the overlay; the first steps complete on their real actions and survive a reload', async () => {
    const popup = await openPopup(browser);
    await command(popup, { type: 'restart' });
    await command(popup, { type: 'start' });
    await popup.close();

    const page = await openMixpanel(browser, APP_HOME);
    await expectCard(page, 1, 'Open Settings');
    await clickByRole(page, 'button', 'Settings');
    await expectCard(page, 2, 'Open Users & Teams');
    await clickByRole(page, 'link', 'Users & Teams');
    await expectCard(page, 3, 'Start an invitation');
    await clickByRole(page, 'button', 'Invite Users');
    await expectCard(page, 4, 'Enter their e-mail address');

    await page.reload({ waitUntil: 'load' });
    // The dialog is page state: after the reload the user opens it again and is at step 4 still.
    await clickByRole(page, 'button', 'Invite Users');
    await expectCard(page, 4, 'Enter their e-mail address');

    const shown = await openPopup(browser);
    await expect
      .poll(() => shown.evaluate(() => document.body.innerText), { timeout: 10_000 })
      .toContain('3 of 8 steps done');
    await shown.close();
    await page.close();
  });
});
