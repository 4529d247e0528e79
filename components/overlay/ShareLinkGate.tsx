import type { ReactNode } from 'react';
import type { ProgressState } from '@/utils/progress/types';
import { ShareLinkPrompt } from './ShareLinkPrompt';
import { useShareLinkOffer } from './useShareLinkOffer';
import { useTour, type TourSource } from './tourSource';

/**
 * Puts a waiting share link's question before the tour: while it is open the step card (and its watch
 * on the page) waits, so nothing moves until the user has chosen. The link may be for any tour of
 * `tours`; while that tour's definition is on its way, neither the question nor the card shows.
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
  const tour = useTour(tours, offer?.tourId);
  if (offer && tour === undefined) return null;
  const progress = tour && state.tours[tour.id];
  if (!offer || !tour || !progress) return children;
  return <ShareLinkPrompt tour={tour} progress={progress} link={offer} onAnswer={answer} />;
}
