import { browser } from 'wxt/browser';
import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import type { PendingShareLink } from '../progress/types';
import type { TourDefinition } from '@/tours/types';
import { handToOverlay } from '../shareLinkQuestion';

/** The overlay content script, built by WXT with `registration: 'runtime'`, i.e. injected only on demand. */
export const OVERLAY_SCRIPT: ScriptPublicPath = '/content-scripts/overlay.js';

/** Injects the overlay into a frame; with `question`, the share link the user must answer there. */
export type InjectOverlay = (tabId: number, frameId?: number, question?: PendingShareLink) => Promise<void>;

type Target = { tabId: number; frameIds: number[] };

/** The part of `browser.scripting` the injector uses (tests pass a fake). */
export interface ScriptingApi {
  executeScript(
    injection:
      | { target: Target; files: ScriptPublicPath[]; injectImmediately?: boolean }
      | {
          target: Target;
          func: (question: unknown, tours: unknown) => boolean;
          args: [PendingShareLink | null, readonly TourDefinition[]];
          injectImmediately?: boolean;
        },
  ): Promise<unknown>;
}

/**
 * Injects the overlay into one frame of a tab. First a tiny look into the frame hands in the question (if
 * any) and the tours' definitions (the overlay's script carries none; handed this way, the card need not
 * wait for a message to the background and back), and tells whether a live overlay is there already: then its script is not evaluated again (a
 * start/close cycle would otherwise load a second copy of the overlay each time). Requests for a frame
 * whose injection is still running share it, so a burst of requests (the loader and the popup at once)
 * injects once. Both run as soon as the frame has a document (`injectImmediately`), not at its
 * document_idle: on a page load the card is ready when the app renders its target, not some time after.
 */
export function createOverlayInjector(
  tours: readonly TourDefinition[],
  scripting: ScriptingApi = browser.scripting,
): InjectOverlay {
  const running = new Map<string, Promise<void>>();
  return async (tabId, frameId = 0, question) => {
    const target = { tabId, frameIds: [frameId] };
    const looked = await scripting.executeScript({
      target,
      func: handToOverlay,
      args: [question ?? null, tours],
      injectImmediately: true,
    });
    if (Array.isArray(looked) && (looked[0] as { result?: unknown } | undefined)?.result === true) return;
    const key = `${tabId}:${frameId}`;
    const existing = running.get(key);
    if (existing) return existing;
    const injection = scripting
      .executeScript({ target, files: [OVERLAY_SCRIPT], injectImmediately: true })
      .then(() => undefined)
      .finally(() => running.delete(key));
    running.set(key, injection);
    return injection;
  };
}
