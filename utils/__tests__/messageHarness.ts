import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type Sender = Browser.runtime.MessageSender;

/** A content script of this extension, in the top frame of a Mixpanel tab. */
export function contentScriptSender(
  tabId = 7,
  frameId = 0,
  url = 'https://mixpanel.com/settings/org',
): Sender {
  return { id: fakeBrowser.runtime.id, tab: { id: tabId, url } as Browser.tabs.Tab, frameId, url };
}

/** The popup (an extension page: no tab). */
export function popupSender(): Sender {
  return { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/popup.html` };
}

export interface Delivery {
  /** What the listeners returned: `true` when one of them will answer. */
  handled: boolean;
  /** The answer, or undefined when nobody answered. */
  reply: Promise<unknown>;
}

/**
 * Delivers a message to `runtime.onMessage` listeners as the browser would, with a real sender (the fake
 * browser's own sendMessage always passes an empty one).
 */
export async function deliver(message: unknown, sender: Sender): Promise<Delivery> {
  let sendResponse: (reply: unknown) => void = () => undefined;
  const reply = new Promise<unknown>((resolve) => {
    sendResponse = resolve;
  });
  const results: unknown[] = await fakeBrowser.runtime.onMessage.trigger(message, sender, sendResponse);
  const handled = results.some((result) => result === true);
  return { handled, reply: handled ? reply : Promise.resolve(undefined) };
}

/** Sends a message and waits for the answer (undefined when nobody answered). */
export async function ask(message: unknown, sender: Sender): Promise<unknown> {
  return (await deliver(message, sender)).reply;
}
