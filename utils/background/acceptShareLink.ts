import type { Browser } from 'wxt/browser';
import type { TourDefinition } from '@/tours/types';
import { MIXPANEL_HOSTS, isMixpanelUrl } from '../hosts';
import type { Reply, ShareLinkPayload } from '../messaging';
import type { PendingShareLink } from '../progress/types';
import { pendingShareLinkItem } from '../storage';
import type { NewNotice } from './progressWriter';

/**
 * Resolves a share-link marker against the tours. The step is either a step id of the tour or its
 * number as people read it, 1-based ("3" is the third step). Anything else is rejected.
 */
export function resolveShareLink(
  { tourId, step }: ShareLinkPayload,
  tours: readonly TourDefinition[],
): { tourId: string; step: number } | null {
  const tour = tours.find((candidate) => candidate.id === tourId);
  if (!tour) return null;
  const byId = tour.steps.findIndex((candidate) => candidate.id === step);
  if (byId !== -1) return { tourId, step: byId };
  if (!/^[1-9]\d{0,2}$/.test(step)) return null;
  const index = Number(step) - 1;
  return index < tour.steps.length ? { tourId, step: index } : null;
}

export interface AcceptShareLinkDeps {
  tours: readonly TourDefinition[];
  raiseNotice: (notice: NewNotice) => Promise<unknown>;
  now: () => number;
}

/**
 * Keeps a valid share link in session storage until it can be used (e.g. after signing in). An invalid
 * one changes nothing but a notice; its text is never stored or shown, only what was wrong with it.
 */
export async function acceptShareLink(
  payload: ShareLinkPayload,
  sender: Browser.runtime.MessageSender,
  { tours, raiseNotice, now }: AcceptShareLinkDeps,
): Promise<Reply<'shareLink'>> {
  const resolved = resolveShareLink(payload, tours);
  if (!resolved) {
    await raiseNotice({
      kind: 'warning',
      messageKey: 'notice.shareLinkInvalid',
      details: ['share link: unknown tour or step'],
    });
    return { ok: false, error: 'invalidShareLink' };
  }
  const pending: PendingShareLink = { ...resolved, host: senderHost(sender), at: now() };
  await pendingShareLinkItem.setValue(pending);
  return { ok: true, pending };
}

function senderHost(sender: Browser.runtime.MessageSender): string {
  const url = sender.url ?? sender.tab?.url;
  return url && isMixpanelUrl(url) ? new URL(url).hostname : MIXPANEL_HOSTS[0];
}
