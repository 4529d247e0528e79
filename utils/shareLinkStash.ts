/**
 * A share link's raw values kept in the tab's own `sessionStorage` until the background has used it.
 * A signed-out visitor's link page may be replaced by the sign-in page before the background has even
 * heard of the link (the app's redirect drops the query string and cuts the message off). A synchronous
 * write survives that; the loader on the tab's next Mixpanel page sends the link again. The page can
 * read and write this key too, which gives it nothing: it could as well open a link itself, and the
 * background checks every value.
 */
import type { ShareLinkParams } from './shareLinkParams';

export const STASH_KEY = 'invite-guide:share-link';
/** A stash older than this is forgotten (the background forgets a waiting link as fast). */
export const STASH_TTL_MS = 10 * 60_000;

type StashStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function tabStorage(): StashStorage | null {
  try {
    return globalThis.sessionStorage ?? null;
  } catch {
    return null; // storage disabled for the site: the link still works on the page it was opened on
  }
}

export function stashShareLink(link: ShareLinkParams, area = tabStorage(), now = Date.now()): void {
  try {
    area?.setItem(STASH_KEY, JSON.stringify({ link, at: now }));
  } catch {
    // Quota or privacy settings: as above.
  }
}

/** The stashed link, if it is fresh and has the shape written above; the background checks the values. */
export function readStashedShareLink(area = tabStorage(), now = Date.now()): ShareLinkParams | null {
  let stash: unknown;
  try {
    const raw = area?.getItem(STASH_KEY);
    if (!raw) return null;
    stash = JSON.parse(raw);
  } catch {
    forgetShareLink(area);
    return null;
  }
  const { link, at } = (stash ?? {}) as { link?: Record<string, unknown> | null; at?: unknown };
  const fresh = typeof at === 'number' && now - at <= STASH_TTL_MS && now >= at;
  if (
    !fresh ||
    !link ||
    !isStringList(link.guide) ||
    !isStringList(link.step) ||
    !isStringList(link.action)
  ) {
    forgetShareLink(area);
    return null;
  }
  return { guide: link.guide, step: link.step, action: link.action };
}

export function forgetShareLink(area = tabStorage()): void {
  try {
    area?.removeItem(STASH_KEY);
  } catch {
    // Nothing to forget.
  }
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
