import type { Browser } from 'wxt/browser';
import type { TourDefinition } from '@/tours/types';
import { MIXPANEL_HOSTS, isMixpanelUrl } from '../hosts';
import type { Reply, ShareLinkPayload } from '../messaging';
import type { Policy } from '../policy';
import type { PendingShareLink } from '../progress/types';
import {
  checkShareLinkParams,
  describeShareLinkProblem,
  type ShareLinkProblem,
  type Translate,
} from '../shareLink';
import { pendingShareLinkItem } from '../storage';

export interface AcceptShareLinkDeps {
  tours: readonly TourDefinition[];
  policy: Policy;
  now: () => number;
  translate: Translate;
}

/**
 * Takes in a share link the loader found in a Mixpanel URL. A valid one is kept in session storage until
 * the user is on a page where it can be used (`settleShareLink`, right away unless on a sign-in page).
 * An invalid one changes nothing at all: the reply carries the sentence the loader shows on the page.
 */
export async function acceptShareLink(
  payload: ShareLinkPayload,
  sender: Browser.runtime.MessageSender,
  { tours, policy, now, translate }: AcceptShareLinkDeps,
): Promise<Reply<'shareLink'>> {
  if (policy.disableShareLinks) return { ok: true, outcome: 'ignored' };
  const check = checkShareLinkParams(payload, tours);
  if (check.kind === 'none') return { ok: true, outcome: 'ignored' };
  if (check.kind === 'invalid') return invalid(check.problem, translate);
  if (check.action === 'restart' && policy.hideReset)
    return invalid({ key: 'shareLink.reason.restartTurnedOff', substitutions: [] }, translate);

  const pending: PendingShareLink = {
    tourId: check.tourId,
    step: check.step,
    action: check.action,
    host: senderHost(sender),
    at: now(),
  };
  await pendingShareLinkItem.setValue(pending);
  return { ok: true, outcome: 'waits' };
}

function invalid(problem: ShareLinkProblem, translate: Translate): Reply<'shareLink'> {
  return {
    ok: true,
    outcome: 'invalid',
    notice: {
      text: translate('overlay.linkInvalid', [describeShareLinkProblem(problem, translate)]),
      dismissLabel: translate('overlay.dismissNotice'),
    },
  };
}

function senderHost(sender: Browser.runtime.MessageSender): string {
  const url = sender.url ?? sender.tab?.url;
  return url && isMixpanelUrl(url) ? new URL(url).hostname : MIXPANEL_HOSTS[0];
}
