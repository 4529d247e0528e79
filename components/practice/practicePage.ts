/**
 * Where the practice sandbox lives: the extension's own `practice.html`, with the replica's route in the
 * hash. Tiny on purpose: the practice entrypoint imports it on every load, also where the same page is
 * served at the real Mixpanel URLs (end-to-end tests), and the popup and options page link to it.
 */
export const PRACTICE_PAGE = '/practice.html';

/** Where a rehearsal begins: a project's home, as if the admin had just signed in to Mixpanel. */
export const PRACTICE_START_ROUTE = '/project/3141592/view/2718/app/home';

/**
 * The sandbox's address inside the extension (`getURL` is `browser.runtime.getURL`), rehearsing
 * `tourId` (the first tour when none is named).
 */
export function practiceUrl(
  getURL: (path: `${typeof PRACTICE_PAGE}${string}`) => string,
  tourId?: string,
): string {
  const query = tourId === undefined ? '' : `?${PRACTICE_TOUR_PARAM}=${encodeURIComponent(tourId)}`;
  return getURL(`${PRACTICE_PAGE}${query}#${PRACTICE_START_ROUTE}`);
}

export const PRACTICE_TOUR_PARAM = 'tour';

/** The tour a sandbox page rehearses, as its address names it (null: none named). */
export function practiceTourId(location: Pick<Location, 'search'> = window.location): string | null {
  return new URLSearchParams(location.search).get(PRACTICE_TOUR_PARAM);
}

const EXTENSION_PROTOCOLS = new Set(['chrome-extension:', 'moz-extension:', 'safari-web-extension:']);

/**
 * Whether the page is the extension's own page (the sandbox) rather than the same page served at
 * Mixpanel's URLs, where the extension's content scripts bring the tour and the page must stay the
 * replica alone.
 */
export function isExtensionPage(location: Pick<Location, 'protocol'> = window.location): boolean {
  return EXTENSION_PROTOCOLS.has(location.protocol);
}
