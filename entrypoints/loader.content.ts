import { browser } from 'wxt/browser';
import { MIXPANEL_MATCHES } from '@/utils/hosts';
import { sendRequest } from '@/utils/messaging';

/**
 * Runs on every Mixpanel page load, long after most users finished their tour, so it does as little as
 * possible: one storage read, no observers, no React. Only when a tour is active does it ask the
 * background to inject the overlay.
 */
export default defineContentScript({
  matches: MIXPANEL_MATCHES,
  runAt: 'document_idle',
  async main() {
    const { progress } = await browser.storage.local.get('progress');
    if (hasActiveTour(progress)) await sendRequest('ensureOverlay');
  },
});

/** A cheap look at the stored value; the background validates it properly before injecting anything. */
function hasActiveTour(progress: unknown): boolean {
  const tours = (progress as { tours?: Record<string, { status?: unknown }> } | null | undefined)?.tours;
  return !!tours && Object.values(tours).some((tour) => tour?.status === 'in_progress');
}
