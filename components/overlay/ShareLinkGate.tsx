import type { ReactNode } from 'react';
import type { ProgressState } from '@/utils/progress/types';
import { ShareLinkPrompt } from './ShareLinkPrompt';
import { useShareLinkOffer } from './useShareLinkOffer';
import type { TourSource } from './tourSource';

/**
 * Puts a waiting share link's question before the tour: while it is open the step card (and its watch
 * on the page) waits, so nothing moves until the user has chosen. The link may be for any tour of
 * `tours`.
 */
export function ShareLinkGate({
  tours,
  state,
  children,
}: {
  tours: TourSource;
  state: ProgressState;
  children: ReactNode;
}) {
  const { offer, answer } = useShareLinkOffer();
  const tour = offer ? tours.get(offer.tourId) : null;
  const progress = tour && state.tours[tour.id];
  if (!offer || !tour || !progress) return children;
  return <ShareLinkPrompt tour={tour} progress={progress} link={offer} onAnswer={answer} />;
}
