import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';

/** The overlay content script, built by WXT with `registration: 'runtime'`, i.e. injected only on demand. */
export const OVERLAY_SCRIPT: ScriptPublicPath = '/content-scripts/overlay.js';

export type InjectOverlay = (tabId: number, frameId?: number) => Promise<void>;

/** The part of `browser.scripting` the injector uses (tests pass a fake). */
export interface ScriptingApi {
  executeScript(injection: {
    target: { tabId: number; frameIds: number[] };
    files: ScriptPublicPath[];
  }): Promise<unknown>;
}

/**
 * Injects the overlay into one frame of a tab. Requests for a frame whose injection is still running
 * share it, so a burst of requests (the loader and the popup at once) injects once. Re-injecting later
 * is harmless: the overlay guards against running twice.
 */
export function createOverlayInjector(scripting: ScriptingApi = browser.scripting): InjectOverlay {
  const running = new Map<string, Promise<void>>();
  return (tabId, frameId = 0) => {
    const key = `${tabId}:${frameId}`;
    const existing = running.get(key);
    if (existing) return existing;
    const injection = scripting
      .executeScript({ target: { tabId, frameIds: [frameId] }, files: [OVERLAY_SCRIPT] })
      .then(() => undefined)
      .finally(() => running.delete(key));
    running.set(key, injection);
    return injection;
  };
}
