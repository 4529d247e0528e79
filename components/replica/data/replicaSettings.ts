import type { RouteScheme } from '../router/settingsPaths';

/**
 * Knobs that tests and trainers set in the page's localStorage before (or while) using the replica.
 * Each is read when it matters, so a test can change it without reloading.
 */
export const LATENCY_KEY = 'replica:latency';
export const GEAR_MENU_KEY = 'replica:gear-menu';
export const SIGNED_OUT_KEY = 'replica:signed-out';
export const ROUTES_KEY = 'replica:routes';
export const NATIVE_DIALOG_KEY = 'replica:native-dialog';
export const POPOVER_KEY = 'replica:popover';
export const SEND_FAILS_KEY = 'replica:send-fails';
export const OLDER_PENDING_KEY = 'replica:older-pending';
export const TOAST_KEY = 'replica:toast';

export const DEFAULT_LATENCY_MS = 200;
/** The invite dialog appears this much later than a list renders (Mixpanel loads it lazily). */
export const DIALOG_EXTRA_LATENCY_MS = 50;

function readItem(win: Window, key: string): string | null {
  try {
    return win.localStorage.getItem(key);
  } catch {
    return null;
  }
}

/** Base render latency in ms: lists show a skeleton this long. Invalid values fall back to the default. */
export function renderLatency(win: Window = window): number {
  const raw = readItem(win, LATENCY_KEY);
  if (raw === null || raw.trim() === '') return DEFAULT_LATENCY_MS;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? Math.min(value, 60_000) : DEFAULT_LATENCY_MS;
}

export function dialogLatency(win: Window = window): number {
  return renderLatency(win) + DIALOG_EXTRA_LATENCY_MS;
}

/** Variant where the sidebar gear opens a small menu instead of going straight to settings. */
export function gearOpensMenu(win: Window = window): boolean {
  return readItem(win, GEAR_MENU_KEY) === '1';
}

/** Simulates a signed-out session: every page first redirects to /login?next=<path>. */
export function isSignedOut(win: Window = window): boolean {
  return readItem(win, SIGNED_OUT_KEY) === '1';
}

export function signIn(win: Window = window): void {
  try {
    win.localStorage.removeItem(SIGNED_OUT_KEY);
  } catch {
    // Nothing to clear when storage is unavailable.
  }
}

/** Where Settings and Users & Teams live (`alt`, `project`; anything else is today's routes). */
export function routeScheme(win: Window = window): RouteScheme {
  const raw = readItem(win, ROUTES_KEY);
  return raw === 'alt' || raw === 'project' ? raw : 'default';
}

/** Dialogs are native <dialog> elements opened with showModal() (top layer, the page inert). */
export function nativeDialogs(win: Window = window): boolean {
  return readItem(win, NATIVE_DIALOG_KEY) === '1';
}

/** Drop-down lists and menus are shown with the Popover API (top layer) instead of a fixed-position box. */
export function popoverMenus(win: Window = window): boolean {
  return readItem(win, POPOVER_KEY) === '1';
}

export type SendFailure = 'error' | 'rate-limit';

/** How the first press of Invite in an invite dialog fails, or null when it succeeds as usual. */
export function sendFailure(win: Window = window): SendFailure | null {
  const raw = readItem(win, SEND_FAILS_KEY);
  return raw === 'error' || raw === 'rate-limit' ? raw : null;
}

/** Invited Users already lists an older pending invitation when the page loads. */
export function hasOlderPendingInvite(win: Window = window): boolean {
  return readItem(win, OLDER_PENDING_KEY) === '1';
}

export type ToastVariant = 'default' | 'alt' | 'none';

/** What confirms a sent (or resent) invitation: today's toast, another wording, or no toast at all. */
export function toastVariant(win: Window = window): ToastVariant {
  const raw = readItem(win, TOAST_KEY);
  return raw === 'alt' || raw === 'none' ? raw : 'default';
}
