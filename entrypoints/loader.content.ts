import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MIXPANEL_MATCHES } from '@/utils/hosts';
import { sendRequest } from '@/utils/messaging';
import { readShareLinkParams, stripShareParams, type ShareLinkParams } from '@/utils/shareLinkParams';
import { forgetShareLink, readStashedShareLink, stashShareLink } from '@/utils/shareLinkStash';
import { showLinkNotice } from '@/utils/showLinkNotice';

/**
 * Runs on every Mixpanel page load, long after most users finished their tour, so it does as little as
 * possible: one storage read, no observers, no React. Only when a tour is active does it ask the
 * background for the overlay; a share link goes to the background, which takes it from there.
 */
export default defineContentScript({
  matches: MIXPANEL_MATCHES,
  // Before any page script: a signed-out visitor is sent to the sign-in page by the app's own code,
  // dropping the share link with the query string. (The overlay is injected at document_idle all the same.)
  runAt: 'document_start',
  async main(ctx) {
    const link = takeShareLink();
    // With a link, the background decides and shows the tour itself: one message.
    if (link) return sendShareLink(link, ctx);
    const { progress } = await browser.storage.local.get('progress');
    if (hasActiveTour(progress)) await sendRequest('ensureOverlay');
  },
});

/**
 * A link in the URL is stashed for the tab (synchronously: the page may be replaced any moment) and
 * taken out of the address bar, keeping the rest of the URL and the app's history state. Without one,
 * a link stashed by an earlier page of this tab.
 */
function takeShareLink(): ShareLinkParams | null {
  const link = readShareLinkParams(location.search);
  if (!link) return readStashedShareLink();
  stashShareLink(link);
  history.replaceState(history.state, '', stripShareParams(location.href));
  return link;
}

/** Hands the link's raw values to the background, which checks them, decides and shows the tour. */
async function sendShareLink(link: ShareLinkParams, ctx: ContentScriptContext): Promise<void> {
  const reply = await sendRequest('shareLink', link);
  // No background, or a sign-in page: the stash lets the tab's next page try again.
  if (!reply.ok || reply.outcome === 'waits') return;
  forgetShareLink();
  if (reply.outcome === 'invalid') ctx.onInvalidated(showLinkNotice(reply.notice));
}

/** A cheap look at the stored value; the background validates it properly before injecting anything. */
function hasActiveTour(progress: unknown): boolean {
  const tours = (progress as { tours?: Record<string, { status?: unknown }> } | null | undefined)?.tours;
  return !!tours && Object.values(tours).some((tour) => tour?.status === 'in_progress');
}
