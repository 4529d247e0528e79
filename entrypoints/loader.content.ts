import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MIXPANEL_MATCHES } from '@/utils/hosts';
import { sendRequest } from '@/utils/messaging';
import { readShareLinkParams, stripShareParams, type ShareLinkParams } from '@/utils/shareLinkParams';
import { showLinkNotice } from '@/utils/showLinkNotice';

/**
 * Runs on every Mixpanel page load, long after most users finished their tour, so it does as little as
 * possible: two storage reads, no observers, no React. Only when a tour is active or a share link waits
 * does it ask the background to inject the overlay.
 */
export default defineContentScript({
  matches: MIXPANEL_MATCHES,
  // Before any page script: a signed-out visitor is sent to the sign-in page by the app's own code, and
  // that redirect drops the share link. (The overlay is injected at document_idle all the same.)
  runAt: 'document_start',
  async main(ctx) {
    const link = readShareLinkParams(location.search);
    const linkWaits = link ? await takeShareLink(link, ctx) : false;
    const [{ progress }, waitingLink] = await Promise.all([
      browser.storage.local.get('progress'),
      hasWaitingLink(),
    ]);
    if (linkWaits || waitingLink || hasActiveTour(progress)) await sendRequest('ensureOverlay');
  },
});

/**
 * Hands the link's raw values to the background (which checks them) and takes them out of the address
 * bar. Returns whether the link now waits to be used.
 */
async function takeShareLink(link: ShareLinkParams, ctx: ContentScriptContext): Promise<boolean> {
  const reply = await sendRequest('shareLink', link);
  // No answer: leave the URL alone so a reload can try again. Ignored by policy: the link is just a URL.
  if (!reply.ok || reply.outcome === 'ignored') return false;
  history.replaceState(history.state, '', stripShareParams(location.href));
  if (reply.outcome === 'invalid') ctx.onInvalidated(showLinkNotice(reply.notice));
  return reply.outcome === 'pending';
}

/** A link opened before signing in waits in session storage (readable here only where the browser allows). */
async function hasWaitingLink(): Promise<boolean> {
  try {
    const { pendingShareLink } = (await browser.storage.session?.get('pendingShareLink')) ?? {};
    return pendingShareLink != null;
  } catch {
    return false;
  }
}

/** A cheap look at the stored value; the background validates it properly before injecting anything. */
function hasActiveTour(progress: unknown): boolean {
  const tours = (progress as { tours?: Record<string, { status?: unknown }> } | null | undefined)?.tours;
  return !!tours && Object.values(tours).some((tour) => tour?.status === 'in_progress');
}
