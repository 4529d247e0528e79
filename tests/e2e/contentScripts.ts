import type { Page } from '@playwright/test';

/**
 * Names of the extension worlds (content scripts' isolated contexts) alive in a page's main frame,
 * read from the DevTools protocol, so the extension needs no marker in the host page's DOM.
 */
export async function isolatedWorldsIn(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const names: string[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.startsWith('chrome-extension://'))
      names.push(context.origin);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Runtime.disable');
  await cdp.detach();
  return names;
}
