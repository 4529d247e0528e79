import type { Reply } from '../messaging';
import type { Policy } from '../policy';
import { parsePendingShareLink } from '../progress/parseProgress';
import type { PendingShareLink, TourStepIds } from '../progress/types';
import { pendingShareLinkItem } from '../storage';
import type { ProgressWriter } from './progressWriter';
import { acceptCommand, decideShareLink } from './shareLinkDecision';

/** A link not used within this time (e.g. the user never signed in) is forgotten. */
export const SHARE_LINK_TTL_MS = 10 * 60_000;
/** Clocks of the same machine agree; a link "from the future" beyond this is not trusted. */
const CLOCK_SKEW_MS = 60_000;

/**
 * Mixpanel sends signed-out users through these pages, and the redirect drops the query string: a link
 * waits there and is used on the next page the user reaches.
 */
export const SIGN_IN_PAGES = ['login', 'signin', 'signup', 'register', 'sso', 'logout'] as const;
const SIGN_IN_PATH = new RegExp(`^/(?:${SIGN_IN_PAGES.join('|')})(?:/|$)`, 'i');

export function isSignInPage(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return SIGN_IN_PATH.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

export interface ShareLinkDeps {
  writer: ProgressWriter;
  stepIds: TourStepIds;
  policy: () => Promise<Policy>;
  now: () => number;
}

/** The waiting link, if it is still sound, fresh and allowed; anything else is removed. */
export async function readPendingShareLink({
  stepIds,
  policy,
  now,
}: ShareLinkDeps): Promise<PendingShareLink | null> {
  const raw = await pendingShareLinkItem.getValue();
  if (raw === null) return null;
  const link = parsePendingShareLink(raw);
  const age = link ? now() - link.at : NaN;
  const stepCount = (link && stepIds.get(link.tourId)?.length) ?? 0;
  const usable =
    link !== null &&
    link.step < stepCount &&
    age <= SHARE_LINK_TTL_MS &&
    age >= -CLOCK_SKEW_MS &&
    !(await policy()).disableShareLinks;
  if (usable) return link;
  await pendingShareLinkItem.removeValue();
  return null;
}

/**
 * Uses the waiting link, if any, now that the user is on a page where the tour can run: applies it when
 * nothing is lost, or returns it as the offer the overlay must put to the user. Run it through the
 * share-link queue so two tabs do not use one link twice.
 */
export async function settleShareLink(deps: ShareLinkDeps): Promise<PendingShareLink | null> {
  const link = await readPendingShareLink(deps);
  if (!link) return null;
  const state = await deps.writer.read();
  const decision = decideShareLink(link, state.tours[link.tourId]);
  if (decision.kind === 'ask') return link;
  if (decision.kind === 'apply') await deps.writer.apply(decision.command);
  await pendingShareLinkItem.removeValue();
  return null;
}

/** The user's answer on the page to the offer made for the link captured at `at`. */
export async function answerShareLink(
  { at, accept }: { at: number; accept: boolean },
  deps: ShareLinkDeps,
): Promise<Reply<'answerShareLink'>> {
  const link = await readPendingShareLink(deps);
  // Another tab answered first, or a newer link replaced this one: this answer is about nothing now.
  if (!link || link.at !== at) return { ok: false, error: 'noPendingLink' };
  await pendingShareLinkItem.removeValue();
  if (!accept) return { ok: true, state: await deps.writer.read(), changed: false };
  if (link.action === 'restart' && (await deps.policy()).hideReset)
    return { ok: false, error: 'resetHidden' };
  const { state, changed } = await deps.writer.apply(acceptCommand(link));
  return { ok: true, state, changed };
}
