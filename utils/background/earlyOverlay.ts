import { browser } from 'wxt/browser';
import { MIXPANEL_HOSTS, MIXPANEL_MATCHES } from '../hosts';
import { OVERLAY_SCRIPT } from './overlayInjector';
import { createSerialQueue } from './serialQueue';
import { SIGN_IN_PAGES } from './settleShareLink';

/** The tours' definitions as a script (entrypoints/tours.content.ts): what the injection hands in, as a file. */
export const TOURS_SCRIPT = '/content-scripts/tours.js';
export const EARLY_OVERLAY_ID = 'invite-guide-overlay';

/**
 * Sign-in pages get no tour (see `isSignInPage`). Match patterns cannot say "the segment ends here", so
 * `/login*` also leaves out e.g. `/loginhelp`: such a page still gets the overlay, later, the loader's way.
 */
export const EARLY_OVERLAY_EXCLUDES = MIXPANEL_HOSTS.flatMap((host) =>
  SIGN_IN_PAGES.map((page) => `https://${host}/${page}*`),
);

interface ContentScript {
  id: string;
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  allFrames?: boolean;
}

const EARLY_OVERLAY: ContentScript = {
  id: EARLY_OVERLAY_ID,
  // In order: the tours' definitions first, for the overlay to take as it mounts.
  js: [TOURS_SCRIPT, OVERLAY_SCRIPT],
  matches: MIXPANEL_MATCHES,
  excludeMatches: EARLY_OVERLAY_EXCLUDES,
  runAt: 'document_start',
  allFrames: false,
};

/**
 * Whether a registration is this one. Browsers report paths without the leading slash, and Firefox leaves out
 * what was not set; a registration from another version (other files, other pages) is not the same.
 */
function sameScript(registered: ContentScript, wanted: ContentScript): boolean {
  const files = (list: string[] | undefined) => (list ?? []).map((file) => file.replace(/^\//, '')).join();
  const pages = (list: string[] | undefined) => [...(list ?? [])].sort().join();
  return (
    files(registered.js) === files(wanted.js) &&
    pages(registered.matches) === pages(wanted.matches) &&
    pages(registered.excludeMatches) === pages(wanted.excludeMatches) &&
    registered.runAt === wanted.runAt &&
    !registered.allFrames
  );
}

/** The part of `browser.scripting` this uses (tests pass a fake). */
export interface ContentScriptsApi {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<ContentScript[]>;
  registerContentScripts(scripts: ContentScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
}

/**
 * While a tour runs, the overlay is also registered as a content script at document_start, so a page load
 * shows the card without waiting for the loader's storage read, a message to a service worker that may be
 * asleep, and two injections: the overlay is on the page, watching, before the app renders its target. The
 * registration lasts across browser restarts and is removed when no tour runs, so idle Mixpanel pages still
 * run nothing but the loader. The loader's way stays: it covers a browser that refuses the registration,
 * and a page already open or loading when a tour starts (the overlay sees it is mounted and does nothing).
 *
 * Returns `keep(wanted)`: calls run one at a time, and each compares with what the browser has registered
 * (not with what this worker last did), so a worker that restarts or a registration left by an earlier
 * version is put right. Failures are logged and resolve: the loader's way still shows the tour.
 */
export function createEarlyOverlay(
  scripting: ContentScriptsApi = browser.scripting as unknown as ContentScriptsApi,
): (wanted: boolean) => Promise<void> {
  const queue = createSerialQueue();
  return (wanted) =>
    queue(async () => {
      const ids = [EARLY_OVERLAY_ID];
      const [registered] = await scripting.getRegisteredContentScripts({ ids });
      if (registered && wanted && sameScript(registered, EARLY_OVERLAY)) return;
      if (registered) await scripting.unregisterContentScripts({ ids });
      if (wanted) await scripting.registerContentScripts([EARLY_OVERLAY]);
    }).catch((error: unknown) =>
      console.warn('[invite-guide] background: could not register the overlay for page loads', error),
    );
}
