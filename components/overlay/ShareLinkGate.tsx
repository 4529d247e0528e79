import type { ReactNode } from 'react';
import type { TourDefinition } from '@/tours/types';
import type { TourProgress } from '@/utils/progress/types';
import { ShareLinkPrompt } from './ShareLinkPrompt';
import { useShareLinkOffer } from './useShareLinkOffer';

/**
 * Puts a waiting share link's question before the tour: while it is open the step card (and its watch
 * on the page) waits, so nothing moves until the user has chosen.
 */
export function ShareLinkGate({
  tour,
  progress,
  children,
}: {
  tour: TourDefinition;
  progress: TourProgress | undefined;
  children: ReactNode;
}) {
  const { offer, answer } = useShareLinkOffer(tour.id);
  // A moment's wait on load, so a step card never flashes before the question replaces it.
  if (offer === undefined) return null;
  if (offer === null || !progress) return children;
  return <ShareLinkPrompt tour={tour} progress={progress} link={offer} onAnswer={answer} />;
}
